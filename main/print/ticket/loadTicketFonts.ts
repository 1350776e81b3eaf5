/** Reads the ticket typefaces (three Roboto faces) from the shipped `resources/fonts/` folder. */
import { readRobotoFaces } from '../robotoFaces';
import { parseTicketFonts, type TicketFonts } from './ticketFonts';

export function loadTicketFonts(resourcesDir: string): TicketFonts {
  return parseTicketFonts(readRobotoFaces(resourcesDir, ['regular', 'medium', 'italic']));
}
