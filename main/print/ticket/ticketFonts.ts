/**
 * The typefaces a ticket is drawn with, parsed from TrueType bytes. Parsing is
 * pure; reading the files is `loadTicketFonts` (loadTicketFonts.ts), kept apart
 * so the layout never touches the disk.
 */
import * as opentypeModule from 'opentype.js';
import type { Font } from 'opentype.js';

// opentype.js ships CommonJS (main) and ESM (module): Node's ESM loader sees the
// CommonJS build as one default export, bundlers see the named ESM exports.
const opentype = (opentypeModule as unknown as { default?: typeof opentypeModule }).default ?? opentypeModule;

export interface TicketFonts {
  readonly regular: Font;
  readonly medium: Font;
  readonly italic: Font;
}

export interface TicketFontBytes {
  readonly regular: Uint8Array;
  readonly medium: Uint8Array;
  readonly italic: Uint8Array;
}

function parseFont(bytes: Uint8Array): Font {
  // opentype.parse wants an ArrayBuffer of exactly the font, not a view into a larger pool.
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return opentype.parse(buffer);
}

export function parseTicketFonts(bytes: TicketFontBytes): TicketFonts {
  return { regular: parseFont(bytes.regular), medium: parseFont(bytes.medium), italic: parseFont(bytes.italic) };
}
