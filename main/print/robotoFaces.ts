/**
 * The shipped Roboto files (full Vietnamese coverage) in `resources/fonts/`, read
 * for the A4 forms and for the thermal ticket alike. The caller says where
 * resources/ is (the station knows: main/station/resources.ts), so this layer
 * does not go looking for it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The shipped Roboto files, by the face they hold. */
const ROBOTO_FILES = {
  regular: 'Roboto-Regular.ttf',
  medium: 'Roboto-Medium.ttf',
  italic: 'Roboto-Italic.ttf',
  mediumItalic: 'Roboto-MediumItalic.ttf',
} as const;

export type RobotoFace = keyof typeof ROBOTO_FILES;

/** The TTF bytes of the given Roboto faces, read from `resourcesDir/fonts/`. */
export function readRobotoFaces<Face extends RobotoFace>(resourcesDir: string, faces: readonly Face[]): Record<Face, Uint8Array> {
  const bytes = {} as Record<Face, Uint8Array>;
  for (const face of faces) bytes[face] = readFileSync(join(resourcesDir, 'fonts', ROBOTO_FILES[face]));
  return bytes;
}
