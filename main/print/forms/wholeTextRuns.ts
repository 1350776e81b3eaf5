/**
 * Draw each run of same-styled words as one piece of text, not word by word.
 *
 * pdfmake lays text out word by word (it needs the words to break lines) and
 * then draws every word on its own: a colour, an opacity, a font, a text
 * object and a transformation per word, most of a page's drawing time and of
 * its content stream. A word that ends in a space and is followed, on the same
 * line, by a word of the same style drawn right where the first one ends, can
 * be drawn together with it: pdfkit shapes text word by word at the spaces
 * anyway, so the glyphs land where they would have (to float rounding). Lines
 * that pdfmake justifies get extra space between words and are drawn as they
 * were.
 *
 * pdfmake is pinned in package.json; if its Renderer is not shaped as expected,
 * nothing is replaced.
 */
import rendererExport from 'pdfmake/js/Renderer.js';
import { replaceMethod } from './pdfmakeInternals';

/** A laid-out word (pdfmake's "inline"), as far as merging reads it. */
interface Inline {
  text: string;
  x: number;
  width: number;
  trailingCut?: number;
  lineEnd?: boolean;
  justifyShift?: number;
  [property: string]: unknown;
}

interface Line {
  inlines: Inline[];
}

type RenderLine = (this: unknown, line: Line, x: number, y: number) => unknown;

const installed = Symbol.for('motcua.wholeTextRuns');

export function drawWholeTextRuns(): void {
  replaceMethod<RenderLine>(rendererExport, 'renderLine', installed, (original) =>
    function (line, x, y) {
      const inlines = Array.isArray(line?.inlines) ? mergedInlines(line.inlines) : null;
      if (!inlines || inlines.length === line.inlines.length) return original.call(this, line, x, y);
      // pdfmake may draw a line object again (repeated table headers): draw a copy, keep the original.
      const merged = Object.assign(Object.create(Object.getPrototypeOf(line) as object) as Line, line, { inlines });
      return original.call(this, merged, x, y);
    },
  );
}

/** The line's words with each run of mergeable neighbours joined into one. */
export function mergedInlines(inlines: readonly Inline[]): Inline[] {
  const result: Inline[] = [];
  let start = 0;
  while (start < inlines.length) {
    let end = start + 1;
    while (end < inlines.length && canFollow(inlines[end - 1]!, inlines[end]!)) end++;
    result.push(end - start === 1 ? inlines[start]! : joined(inlines, start, end));
    start = end;
  }
  return result;
}

function joined(inlines: readonly Inline[], start: number, end: number): Inline {
  let text = '';
  let width = 0;
  for (let i = start; i < end; i++) {
    text += inlines[i]!.text;
    width += inlines[i]!.width;
  }
  const last = inlines[end - 1]!;
  return { ...inlines[start]!, text, width, trailingCut: last.trailingCut, lineEnd: last.lineEnd };
}

/**
 * Whether `next` can be drawn as the continuation of `previous`. The style
 * properties are read by name, one by one, not looped over as a list: every
 * word of a page passes here, and reading a property by a name from a list is
 * many times slower for the engine.
 */
function canFollow(previous: Inline, next: Inline): boolean {
  if (typeof previous.text !== 'string' || typeof next.text !== 'string') return false;
  if (!previous.text.endsWith(' ') || next.text.includes('\n') || previous.text.includes('\n')) return false;
  if (next.justifyShift) return false;
  if (Math.abs(previous.x + previous.width - next.x) > 1e-9) return false;
  // Special words (links, page references, font features) are drawn alone.
  if (drawnAlone(previous) || drawnAlone(next)) return false;
  if (previous.characterSpacing || next.characterSpacing) return false;
  // Everything that shapes or paints the glyphs must be the same.
  return (
    previous.font === next.font &&
    previous.fontSize === next.fontSize &&
    previous.fontFeatures === next.fontFeatures &&
    previous.color === next.color &&
    previous.opacity === next.opacity &&
    previous.height === next.height &&
    previous.alignment === next.alignment &&
    previous.characterSpacing === next.characterSpacing &&
    previous.decoration === next.decoration &&
    previous.decorationColor === next.decorationColor &&
    previous.decorationStyle === next.decorationStyle &&
    previous.decorationThickness === next.decorationThickness &&
    previous.background === next.background &&
    previous.sup === next.sup &&
    previous.sub === next.sub
  );
}

function drawnAlone(word: Inline): boolean {
  return isSet(word.link) || isSet(word.linkToPage) || isSet(word.linkToDestination) || isSet(word._pageNodeRef) || isSet(word.fontFeatures);
}

const isSet = (value: unknown) => value !== undefined && value !== null && value !== false;
