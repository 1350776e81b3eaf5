/**
 * Embed each face once per process instead of once per document.
 *
 * pdfkit subsets every face for every document: fontkit re-encodes the glyphs
 * the document used into a new TrueType file (restructure) and pdfkit deflates
 * it, about half of a warm receipt's render time. Our papers draw from one
 * small alphabet, so each face gets ONE fixed subset instead: every glyph of
 * the characters below (Vietnamese in full), in a fixed order, plus the
 * components its accented letters are built from, encoded and deflated once.
 * Each document's subset starts from that fixed glyph order; a document that
 * used nothing else writes the cached bytes as its font file. One that used
 * another glyph (a rare letter, a ligature) gets its glyphs appended and the
 * font encoded afresh, as pdfkit would: bigger, never wrong.
 *
 * The ToUnicode map and the widths stay per document, as pdfkit builds them
 * from the glyphs the document drew; glyphs of the fixed subset a document did
 * not draw only fill the gaps (their own width, their own character).
 *
 * This reaches into pdfkit's EmbeddedFont (pdfmake pins pdfkit through its
 * own version). Whenever something is not as expected, pdfkit's own embedding runs.
 */
import { deflateSync } from 'node:zlib';

/** The characters every fixed subset holds, by code point ranges (inclusive). */
const FIXED_CHARACTERS: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0xff], // Latin-1: « », °, ×, ·, and the accented letters of names from abroad
  [0x102, 0x103], // Ă ă
  [0x110, 0x111], // Đ đ
  [0x128, 0x129], // Ĩ ĩ
  [0x168, 0x169], // Ũ ũ
  [0x1a0, 0x1a1], // Ơ ơ
  [0x1af, 0x1b0], // Ư ư
  [0x300, 0x301], // combining grave, acute
  [0x303, 0x303], // combining tilde
  [0x309, 0x309], // combining hook above
  [0x323, 0x323], // combining dot below
  [0x1ea0, 0x1ef9], // the Vietnamese letters with tone marks
  [0x2013, 0x2014], // – —
  [0x2018, 0x2019], // ‘ ’
  [0x201c, 0x201d], // “ ”
  [0x2022, 0x2022], // •
  [0x2026, 0x2026], // …
  [0x20ab, 0x20ab], // ₫
];

/** fontkit's glyph, as far as the fixed subset reads it. */
interface FontGlyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}

/** fontkit's TrueType subset: glyph ids in subset order, and the reverse map. */
interface FontSubset {
  glyphs: number[];
  mapping: Record<number, number>;
  encode(): Uint8Array;
  cff?: unknown;
}

interface FixedSubsetFace {
  createSubset(): unknown;
  glyphForCodePoint(codePoint: number): FontGlyph;
  getGlyph(id: number): FontGlyph;
  unitsPerEm: number;
  _glyphs: Record<number, unknown>;
}

/** pdfkit's EmbeddedFont, the per-document wrapper of a face. */
interface EmbeddableFont {
  font: FixedSubsetFace;
  subset: unknown;
  widths: (number | undefined)[];
  unicode: (number[] | undefined)[];
  document: { ref(data?: Record<string, unknown>): unknown; subset?: unknown };
  embed(): unknown;
}

interface FixedSubset {
  /** Source glyph ids in subset order: .notdef, the characters, their components. */
  glyphs: readonly number[];
  mapping: Readonly<Record<number, number>>;
  /** Per subset glyph, in PDF units: what pdfkit would write for it. */
  widths: readonly number[];
  /** Per subset glyph: the character it was made for ([] for a component). */
  codePoints: readonly (readonly number[])[];
  /** The subset as a TrueType file, deflated. */
  deflatedFontFile: Buffer;
}

const fixedSubsets = new WeakMap<FixedSubsetFace, FixedSubset | null>();

/**
 * Start this document's subset of `embedded` from the face's fixed subset and
 * let its embedding reuse the cached font file. Call before the document draws
 * any text with the face. Leaves pdfkit alone when the face is not what we expect.
 */
export function useFixedSubset(embedded: object): void {
  if (!isEmbeddableFont(embedded)) return;
  const fixed = fixedSubsetOf(embedded.font);
  if (!fixed || !isTrueTypeSubset(embedded.subset)) return;
  embedded.subset.glyphs = [...fixed.glyphs];
  embedded.subset.mapping = { ...fixed.mapping };
  const pdfkitEmbed = embedded.embed;
  embedded.embed = function embedFixedSubset(this: EmbeddableFont) {
    fillUndrawnGlyphs(this, fixed);
    // PDF/A documents (pdfkit's `subset` option) list their glyphs separately: leave them to pdfkit.
    if (this.document.subset) return pdfkitEmbed.call(this);
    const drewOnlyFixedGlyphs = (this.subset as FontSubset).glyphs.length === fixed.glyphs.length;
    return embedWithFontFile(this, pdfkitEmbed, drewOnlyFixedGlyphs ? fixed.deflatedFontFile : null);
  };
}

/** The face's fixed subset, made on first use; null when the face cannot have one. */
function fixedSubsetOf(face: FixedSubsetFace): FixedSubset | null {
  let fixed = fixedSubsets.get(face);
  if (fixed === undefined) {
    fixed = makeFixedSubset(face);
    fixedSubsets.set(face, fixed);
  }
  return fixed;
}

function makeFixedSubset(face: FixedSubsetFace): FixedSubset | null {
  const subset = face.createSubset();
  if (!isTrueTypeSubset(subset)) return null;
  const scale = 1000 / face.unitsPerEm;
  // Each glyph's first code point, for the text a reader copies out of the PDF.
  const characters = new Map<number, number[]>();
  for (const [first, last] of FIXED_CHARACTERS) {
    for (let codePoint = first; codePoint <= last; codePoint++) {
      const id = face.glyphForCodePoint(codePoint).id;
      if (id === 0) continue;
      subset.includeGlyph(id);
      if (!characters.has(id)) characters.set(id, [codePoint]);
    }
  }
  // Encoding appends the components of composite glyphs to `glyphs`.
  const fontFile = subset.encode();
  const glyphs = [...subset.glyphs];
  const fixed: FixedSubset = {
    glyphs,
    mapping: { ...subset.mapping },
    widths: glyphs.map((id) => face.getGlyph(id).advanceWidth * scale),
    codePoints: glyphs.map((id) => characters.get(id) ?? []),
    deflatedFontFile: deflateSync(fontFile, { level: 9 }),
  };
  // Glyph objects made here remember characters; documents must start without them (see sharedFontFaces.ts).
  face._glyphs = {};
  return fixed;
}

/**
 * pdfkit writes widths and the ToUnicode map as arrays indexed by subset glyph
 * and expects no gaps (it never had any: it numbered glyphs as they were drawn).
 * With a fixed numbering, glyphs the document did not draw are gaps: fill them
 * with their own width and character, which no text on the page refers to.
 */
function fillUndrawnGlyphs(font: EmbeddableFont, fixed: FixedSubset): void {
  const last = Math.max(font.widths.length, font.unicode.length);
  for (let gid = 0; gid < last; gid++) {
    if (font.widths[gid] == null) font.widths[gid] = fixed.widths[gid] ?? 0;
    // A component has no character of its own: map it like pdfkit maps .notdef.
    if (font.unicode[gid] == null) {
      const codePoints = fixed.codePoints[gid] ?? [];
      font.unicode[gid] = codePoints.length > 0 ? [...codePoints] : [0];
    }
  }
}

/**
 * pdfkit's embed with a deflated font file as the font stream: the cached one,
 * or (`null`) the subset encoded afresh and deflated here, so the font is
 * compressed even when the document's content streams are not. pdfkit makes the
 * stream's object first (`document.ref()`) and then writes `subset.encode()`
 * into it, deflating it only if the document compresses and the object names
 * no filter yet; so for that one call the object is made with the filter named.
 * If pdfkit ever does it differently, the font goes out as pdfkit writes it.
 */
function embedWithFontFile(font: EmbeddableFont, pdfkitEmbed: () => unknown, deflatedFontFile: Buffer | null): unknown {
  const document = font.document;
  const subset = font.subset as FontSubset;
  const encodeAfresh = subset.encode;
  const makeRef = document.ref;
  let fontFileRef: unknown = null;
  document.ref = function refForFontFile(data?: Record<string, unknown>) {
    document.ref = makeRef;
    if (data !== undefined) return makeRef.call(document, data);
    fontFileRef = makeRef.call(document, { Filter: 'FlateDecode' });
    return fontFileRef;
  };
  subset.encode = () => {
    if (fontFileRef === null || !isPrefilteredRef(fontFileRef)) return encodeAfresh.call(subset);
    return deflatedFontFile ?? deflateSync(encodeAfresh.call(subset));
  };
  try {
    return pdfkitEmbed.call(font);
  } finally {
    document.ref = makeRef;
    subset.encode = encodeAfresh;
  }
}

/** A pdfkit PDFReference that will write its bytes as given, under a Flate filter. */
function isPrefilteredRef(ref: unknown): boolean {
  if (typeof ref !== 'object' || ref === null) return false;
  const { compress, data, buffer } = ref as { compress?: unknown; data?: { Filter?: unknown }; buffer?: unknown };
  return compress === false && data?.Filter === 'FlateDecode' && Array.isArray(buffer) && buffer.length === 0;
}

function isTrueTypeSubset(value: unknown): value is FontSubset & { includeGlyph(id: number): number } {
  if (typeof value !== 'object' || value === null) return false;
  const subset = value as Partial<FontSubset> & { includeGlyph?: unknown };
  return (
    Array.isArray(subset.glyphs) &&
    typeof subset.mapping === 'object' &&
    typeof subset.encode === 'function' &&
    typeof subset.includeGlyph === 'function' &&
    subset.cff === undefined &&
    subset.glyphs.length === 1 // a fresh subset: only .notdef
  );
}

function isEmbeddableFont(value: object): value is EmbeddableFont {
  const font = value as Partial<EmbeddableFont>;
  const face = font.font as Partial<FixedSubsetFace> | undefined;
  return (
    typeof font.embed === 'function' &&
    Array.isArray(font.widths) &&
    Array.isArray(font.unicode) &&
    typeof font.document?.ref === 'function' &&
    typeof face === 'object' &&
    face !== null &&
    typeof face.createSubset === 'function' &&
    typeof face.glyphForCodePoint === 'function' &&
    typeof face.getGlyph === 'function' &&
    typeof face.unitsPerEm === 'number'
  );
}
