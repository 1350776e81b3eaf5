/**
 * Reads the form typefaces (Roboto, full Vietnamese coverage) from the shipped
 * `resources/fonts/` folder. The caller says where resources/ is (the station
 * knows: main/station/resources.ts), so this layer does not go looking for it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FormFontFiles } from './renderPdf';

export function loadFormFonts(resourcesDir: string): FormFontFiles {
  const read = (file: string): Uint8Array => readFileSync(join(resourcesDir, 'fonts', file));
  return {
    regular: read('Roboto-Regular.ttf'),
    medium: read('Roboto-Medium.ttf'),
    italic: read('Roboto-Italic.ttf'),
    mediumItalic: read('Roboto-MediumItalic.ttf'),
  };
}
