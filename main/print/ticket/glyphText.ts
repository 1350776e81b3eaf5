/**
 * Turns a line of text into outline commands with opentype.js, one glyph at a
 * time: we map code points to glyphs ourselves (after NFC, so every Vietnamese
 * letter is one precomposed glyph of Roboto) and apply pair kerning, instead of
 * calling Font.getPath, whose GSUB shaping in opentype.js 1.3.5 throws on some
 * of Roboto's contextual lookups.
 */
import type { Font, Glyph } from 'opentype.js';
import type { PathCommand } from './scanlineFill';

export interface TextShape {
  /** Outline in dot coordinates, origin at the start of the baseline. */
  readonly commands: PathCommand[];
  /** Advance width in dots. */
  readonly width: number;
  /** Ink extent relative to the baseline (top is negative: y grows downwards). */
  readonly inkTop: number;
  readonly inkBottom: number;
}

function glyphsOf(font: Font, text: string): Glyph[] {
  return Array.from(text.normalize('NFC'), (char) => font.charToGlyph(char));
}

/** Advance width of the text in dots, kerning included. */
export function textWidth(font: Font, text: string, size: number): number {
  const scale = size / font.unitsPerEm;
  let width = 0;
  let previous: Glyph | null = null;
  for (const glyph of glyphsOf(font, text)) {
    if (previous) width += font.getKerningValue(previous, glyph) * scale;
    width += (glyph.advanceWidth ?? 0) * scale;
    previous = glyph;
  }
  return width;
}

function offsetCommand(command: PathCommand, dx: number, dy: number): PathCommand {
  switch (command.type) {
    case 'M':
    case 'L':
      return { type: command.type, x: command.x + dx, y: command.y + dy };
    case 'Q':
      return { type: 'Q', x1: command.x1 + dx, y1: command.y1 + dy, x: command.x + dx, y: command.y + dy };
    case 'C':
      return { type: 'C', x1: command.x1 + dx, y1: command.y1 + dy, x2: command.x2 + dx, y2: command.y2 + dy, x: command.x + dx, y: command.y + dy };
    case 'Z':
      return command;
  }
}

/** The text's outline at `size` dots per em, with its advance width and ink extent. */
export function shapeText(font: Font, text: string, size: number): TextShape {
  const scale = size / font.unitsPerEm;
  const commands: PathCommand[] = [];
  let x = 0;
  let previous: Glyph | null = null;
  for (const glyph of glyphsOf(font, text)) {
    if (previous) x += font.getKerningValue(previous, glyph) * scale;
    commands.push(...(glyph.getPath(x, 0, size).commands as PathCommand[]));
    x += (glyph.advanceWidth ?? 0) * scale;
    previous = glyph;
  }
  // Control points bound the curve, so this extent never cuts a glyph short.
  let inkTop = 0;
  let inkBottom = 0;
  for (const command of commands) {
    if (command.type === 'Z') continue;
    inkTop = Math.min(inkTop, command.y);
    inkBottom = Math.max(inkBottom, command.y);
    if (command.type === 'Q' || command.type === 'C') {
      inkTop = Math.min(inkTop, command.y1);
      inkBottom = Math.max(inkBottom, command.y1);
    }
    if (command.type === 'C') {
      inkTop = Math.min(inkTop, command.y2);
      inkBottom = Math.max(inkBottom, command.y2);
    }
  }
  return { commands, width: x, inkTop, inkBottom };
}

/** The shape moved so that its baseline starts at (x, baseline). */
export function placeShape(shape: TextShape, x: number, baseline: number): PathCommand[] {
  return shape.commands.map((command) => offsetCommand(command, x, baseline));
}

/**
 * Greedy word wrap to `maxWidth` dots. A word wider than a whole line (a long
 * compound name, a code) is broken between characters rather than clipped.
 */
export function wrapText(font: Font, text: string, size: number, maxWidth: number): string[] {
  const words = text.normalize('NFC').trim().split(/\s+/).filter((word) => word.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(font, candidate, size) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (textWidth(font, word, size) <= maxWidth) {
      line = word;
      continue;
    }
    for (const char of Array.from(word)) {
      if (line && textWidth(font, line + char, size) > maxWidth) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  if (line) lines.push(line);
  return lines;
}
