/** Reads the form typefaces (the four Roboto faces) from the shipped `resources/fonts/` folder. */
import { readRobotoFaces } from '../robotoFaces';
import type { FormFontFiles } from './renderPdf';

export function loadFormFonts(resourcesDir: string): FormFontFiles {
  return readRobotoFaces(resourcesDir, ['regular', 'medium', 'italic', 'mediumItalic']);
}
