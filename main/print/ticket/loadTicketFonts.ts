/**
 * Reads the ticket typefaces (Roboto, full Vietnamese coverage) from the shipped
 * `resources/fonts/` folder, through the same reader as the forms' faces. The
 * caller says where resources/ is (the station knows: main/station/resources.ts),
 * so this layer does not go looking for it.
 */
import { readRobotoFaces } from '../forms/loadFormFonts';
import { parseTicketFonts, type TicketFonts } from './ticketFonts';

export function loadTicketFonts(resourcesDir: string): TicketFonts {
  return parseTicketFonts(readRobotoFaces(resourcesDir, ['regular', 'medium', 'italic']));
}
