/**
 * pdfmake's word measuring with the style of a text asked once, not per word.
 *
 * Before it can break lines, pdfmake measures every word (TextInlines.measure):
 * it asks the style lookup for some twenty properties of the word (font, size,
 * colour, decoration, link, …) and writes the answers onto it. A plain word
 * (no style names of its own) gets, for each property, its own value if it has
 * one and otherwise what the style stack says, and the stack does not change
 * while one text is measured. So here the stack is asked once per text, and a
 * word costs only reading its own properties: the same answers, written in the
 * same order, an eighth of a receipt's render time less. A text with any other
 * kind of word (a word with style names, a section) is measured by pdfmake.
 *
 * pdfmake is pinned in package.json; the replaced method is pdfmake 0.3.11's,
 * checked by its source: if it differs, nothing is replaced.
 */
import { createHash } from 'node:crypto';
import textInlinesExport from 'pdfmake/js/TextInlines.js';
import { isValue, replaceMethod } from './pdfmakeInternals';

/** sha256 of `TextInlines.prototype.measure.toString()` in pdfmake 0.3.11: the method replicated below. */
const PDFMAKE_MEASURE_SHA256 = 'cb17af19531a9de1c73b790bea462553e9c1cce4d9ad1287ffae59aa42c6d87c';

// pdfmake's own patterns for the spaces a word starts or ends with.
const LEADING = /^(\s)+/g;
const TRAILING = /(\s)+$/g;

/** A font as pdfmake's document provides it (pdfkit's EmbeddedFont). */
interface ProvidedFont {
  lineHeight(fontSize: number): number;
}

interface TextMeasurer {
  pdfDocument: { provideFont(family: unknown, bold: unknown, italics: unknown): ProvidedFont };
  widthOfText(text: string, inline: Word): number;
}

interface StyleStack {
  getProperty(property: string): unknown;
}

/** A word as pdfmake's TextBreaker makes it, and what measuring writes onto it. */
interface Word {
  text: string;
  style?: unknown;
  section?: unknown;
  leadingIndent?: unknown;
  leadingCut?: number;
  trailingCut?: number;
  font?: unknown;
  bold?: unknown;
  italics?: unknown;
  alignment?: unknown;
  fontSize?: unknown;
  fontFeatures?: unknown;
  characterSpacing?: unknown;
  color?: unknown;
  decoration?: unknown;
  decorationColor?: unknown;
  decorationStyle?: unknown;
  decorationThickness?: unknown;
  background?: unknown;
  link?: unknown;
  linkToPage?: unknown;
  linkToDestination?: unknown;
  noWrap?: unknown;
  opacity?: unknown;
  sup?: unknown;
  sub?: unknown;
  lineHeight?: unknown;
  preserveLeadingSpaces?: unknown;
  preserveTrailingSpaces?: unknown;
  width?: number;
  height?: number;
}

type Measure = (this: TextMeasurer, items: unknown, stack: StyleStack | null | undefined) => unknown;

const installed = Symbol.for('motcua.fastWordMeasure');

/** The word's own value, else the stack's, else pdfmake's default for the property. */
const pick = (own: unknown, fromStack: unknown, fallback: unknown) =>
  isValue(own) ? own : isValue(fromStack) ? fromStack : fallback;

export function measureWordsFast(): void {
  replaceMethod<Measure>(textInlinesExport, 'measure', installed, (original) =>
    // Only pdfmake's own method, the one replicated below, is replaced.
    isPdfmakeMeasure(original)
      ? function (items, stack) {
          if (!Array.isArray(items) || !items.every(isPlainWord)) return original.call(this, items, stack);
          return measurePlainWords(this, items, stack);
        }
      : null,
  );
}

/** Whether `method` is the measure this module replicates, as pdfmake 0.3.11 wrote it. */
export function isPdfmakeMeasure(method: unknown): boolean {
  return typeof method === 'function' && createHash('sha256').update(String(method)).digest('hex') === PDFMAKE_MEASURE_SHA256;
}

/** A word whose style is its own properties over the stack's: no style names, not a section. */
function isPlainWord(item: unknown): item is Word {
  if (typeof item !== 'object' || item === null) return false;
  const word = item as Word;
  return typeof word.text === 'string' && !word.style && word.section === undefined;
}

/** pdfmake's TextInlines.measure for plain words, property by property the same. */
function measurePlainWords(measurer: TextMeasurer, words: Word[], stack: StyleStack | null | undefined): Word[] {
  const fromStack = (property: string) => (stack ? stack.getProperty(property) : undefined);
  if (words.length) {
    const first = words[0]!;
    const leadingIndent = pick(first.leadingIndent, fromStack('leadingIndent'), 0);
    if (leadingIndent) {
      first.leadingCut = -(leadingIndent as number);
      first.leadingIndent = leadingIndent;
    }
  }
  // What the stack says of every property a word needs, asked once for the whole text.
  const font = fromStack('font');
  const bold = fromStack('bold');
  const italics = fromStack('italics');
  const alignment = fromStack('alignment');
  const fontSize = fromStack('fontSize');
  const fontFeatures = fromStack('fontFeatures');
  const characterSpacing = fromStack('characterSpacing');
  const color = fromStack('color');
  const decoration = fromStack('decoration');
  const decorationColor = fromStack('decorationColor');
  const decorationStyle = fromStack('decorationStyle');
  const decorationThickness = fromStack('decorationThickness');
  const background = fromStack('background');
  const link = fromStack('link');
  const linkToPage = fromStack('linkToPage');
  const linkToDestination = fromStack('linkToDestination');
  const noWrap = fromStack('noWrap');
  const opacity = fromStack('opacity');
  const sup = fromStack('sup');
  const sub = fromStack('sub');
  const lineHeight = fromStack('lineHeight');
  const preserveLeadingSpaces = fromStack('preserveLeadingSpaces');
  const preserveTrailingSpaces = fromStack('preserveTrailingSpaces');
  for (const item of words) {
    const provided = measurer.pdfDocument.provideFont(
      pick(item.font, font, 'Roboto'),
      pick(item.bold, bold, false),
      pick(item.italics, italics, false),
    );
    item.font = provided;
    item.alignment = pick(item.alignment, alignment, 'left');
    item.fontSize = pick(item.fontSize, fontSize, 12);
    item.fontFeatures = pick(item.fontFeatures, fontFeatures, null);
    item.characterSpacing = pick(item.characterSpacing, characterSpacing, 0);
    item.color = pick(item.color, color, 'black');
    item.decoration = pick(item.decoration, decoration, null);
    item.decorationColor = pick(item.decorationColor, decorationColor, null);
    item.decorationStyle = pick(item.decorationStyle, decorationStyle, null);
    item.decorationThickness = pick(item.decorationThickness, decorationThickness, null);
    item.background = pick(item.background, background, null);
    item.link = pick(item.link, link, null);
    item.linkToPage = pick(item.linkToPage, linkToPage, null);
    item.linkToDestination = pick(item.linkToDestination, linkToDestination, null);
    item.noWrap = pick(item.noWrap, noWrap, null);
    item.opacity = pick(item.opacity, opacity, 1);
    item.sup = pick(item.sup, sup, false);
    item.sub = pick(item.sub, sub, false);
    if (item.sup || item.sub) {
      (item.fontSize as number) *= 0.58;
    }
    const wordLineHeight = pick(item.lineHeight, lineHeight, 1) as number;
    item.width = measurer.widthOfText(item.text, item);
    item.height = provided.lineHeight(item.fontSize as number) * wordLineHeight;
    if (!item.leadingCut) {
      item.leadingCut = 0;
    }
    if (!pick(item.preserveLeadingSpaces, preserveLeadingSpaces, false)) {
      const leadingSpaces = item.text.match(LEADING);
      if (leadingSpaces) {
        item.leadingCut += measurer.widthOfText(leadingSpaces[0], item);
      }
    }
    item.trailingCut = 0;
    if (!pick(item.preserveTrailingSpaces, preserveTrailingSpaces, false)) {
      const trailingSpaces = item.text.match(TRAILING);
      if (trailingSpaces) {
        item.trailingCut = measurer.widthOfText(trailingSpaces[0], item);
      }
    }
  }
  return words;
}
