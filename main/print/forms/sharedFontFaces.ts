/**
 * Parse each font face once per process instead of once per document.
 *
 * pdfmake opens every face afresh for each document (pdfkit → fontkit.create),
 * and fontkit then decodes the face's GSUB/GPOS tables again on the first line
 * of text: about 7 ms per face per document, which was most of a receipt's
 * render time (3–4 faces). A decoded face is only read afterwards (pdfkit keeps
 * the per-document state in a fresh subset), so one parsed face per source file
 * can serve every document, and so can the words it has already shaped.
 *
 * pdfmake has no hook for this, so we wrap its PDFDocument.provideFont (pdfmake
 * is pinned in package.json). If its internals ever differ from what we expect,
 * the wrapper steps aside and each document parses its own faces: slower, never wrong.
 */
import pdfDocumentExport from 'pdfmake/js/PDFDocument.js';

interface ParsedFace {
  createSubset(): unknown;
  /**
   * fontkit's glyph objects by id. A glyph remembers the characters it was
   * first made for, and pdfkit maps glyphs back to text (copy, search,
   * pdftotext) with them. Subsetting makes the components of accented letters
   * ("E" inside "Ế") with no characters; in a shared face such a glyph would
   * leave the next document's plain "E" without its text. So each document
   * starts with an empty glyph cache.
   */
  _glyphs: Record<number, unknown>;
}

/** pdfkit's per-document wrapper around a parsed face. */
interface EmbeddedFace {
  font: ParsedFace;
  subset: unknown;
  /** Shaped words by text (pdfkit's per-face cache); absent when pdfkit's fontLayoutCache is off. */
  layoutCache?: Record<string, unknown>;
}

interface PdfMakeDocument {
  fontCache: Record<string, Record<string, unknown>> | undefined;
  virtualfs: { existsSync(name: string): boolean; readFileSync(name: string): Uint8Array } | null;
  getFontType(bold: boolean, italics: boolean): string;
  getFontFile(family: string, bold: boolean, italics: boolean): unknown;
}

type ProvideFont = (this: PdfMakeDocument, family: string, bold: boolean, italics: boolean) => unknown;

const installed = Symbol.for('motcua.sharedFontFaces');

interface SharedFace {
  font: ParsedFace;
  layoutCache: Record<string, unknown> | null;
}

/** Faces by the bytes they were parsed from; the bytes live as long as the renderer's fonts do. */
const sharedFaces = new WeakMap<Uint8Array, SharedFace>();

/**
 * Shaped words are kept across documents too (shaping is the next biggest cost:
 * the same labels are printed again and again). Names and addresses vary, so
 * the cache starts afresh once it holds this many words.
 */
const MAX_SHAPED_WORDS = 20_000;

export function shareParsedFontFaces(): void {
  const documentClass = typeof pdfDocumentExport === 'function' ? pdfDocumentExport : pdfDocumentExport.default;
  if (typeof documentClass !== 'function') return;
  const prototype = documentClass.prototype as Record<PropertyKey, unknown>;
  const original = prototype.provideFont;
  if (typeof original !== 'function' || prototype[installed]) return;

  const provideFont: ProvideFont = function (family, bold, italics) {
    const type = this.getFontType(bold, italics);
    const opened = this.fontCache?.[family]?.[type] !== undefined;
    const embedded = (original as ProvideFont).call(this, family, bold, italics);
    if (opened || !isEmbeddedFace(embedded)) return embedded;
    const bytes = sourceBytes(this, family, bold, italics);
    if (!bytes) return embedded;
    const shared = sharedFaces.get(bytes);
    if (!shared) {
      sharedFaces.set(bytes, { font: embedded.font, layoutCache: embedded.layoutCache ?? null });
      return embedded;
    }
    shared.font._glyphs = {};
    embedded.font = shared.font;
    embedded.subset = shared.font.createSubset();
    if (embedded.layoutCache && shared.layoutCache) {
      if (Object.keys(shared.layoutCache).length > MAX_SHAPED_WORDS) shared.layoutCache = embedded.layoutCache;
      else embedded.layoutCache = shared.layoutCache;
    }
    return embedded;
  };
  prototype.provideFont = provideFont;
  prototype[installed] = true;
}

/** The face's bytes as registered in pdfmake's virtual file system: the same Buffer object every time. */
function sourceBytes(document: PdfMakeDocument, family: string, bold: boolean, italics: boolean): Uint8Array | null {
  const file = document.getFontFile(family, bold, italics);
  if (typeof file !== 'string' || !document.virtualfs?.existsSync(file)) return null;
  const bytes = document.virtualfs.readFileSync(file);
  return bytes instanceof Uint8Array ? bytes : null;
}

function isEmbeddedFace(value: unknown): value is EmbeddedFace {
  if (typeof value !== 'object' || value === null || !('font' in value) || !('subset' in value)) return false;
  const font = (value as { font: unknown }).font as Partial<ParsedFace> | null;
  return (
    typeof font === 'object' &&
    font !== null &&
    typeof font.createSubset === 'function' &&
    typeof font._glyphs === 'object' &&
    font._glyphs !== null
  );
}
