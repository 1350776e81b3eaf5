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
 * is pinned in package.json). The first document opens a face the pdfkit way;
 * later ones get a pdfkit font object around the parsed face without pdfkit
 * reading the file again, and each document's subset starts from the face's
 * fixed subset (fixedFontSubset.ts). If pdfmake's internals ever differ from
 * what we expect, the wrapper steps aside and each document parses its own
 * faces: slower, never wrong.
 */
import pdfDocumentExport from 'pdfmake/js/PDFDocument.js';
import { useFixedSubset } from './fixedFontSubset';
import { replaceMethod } from './pdfmakeInternals';

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
  name?: string;
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
  /** pdfkit's EmbeddedFont, taken from the first document that opened the face. */
  embeddedFontClass: EmbeddedFontClass;
}

type EmbeddedFontClass = new (document: FontRegistry, font: ParsedFace, id: string) => EmbeddedFace;

/** pdfkit's registry of a document's fonts: every font in it is embedded when the document ends. */
interface FontRegistry {
  _fontFamilies: Record<string, EmbeddedFace | undefined>;
  _fontCount: number;
  _font: unknown;
  _fontSource: unknown;
  _fontFamily: unknown;
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
  replaceMethod<ProvideFont>(pdfDocumentExport, 'provideFont', installed, (original) => function (family, bold, italics) {
    const type = this.getFontType(bold, italics);
    const opened = this.fontCache?.[family]?.[type];
    if (opened !== undefined) return opened;
    const bytes = sourceBytes(this, family, bold, italics);
    const shared = bytes ? sharedFaces.get(bytes) : undefined;
    if (shared && isFontRegistry(this)) {
      const embedded = openSharedFace(this, shared, bytes!);
      (this.fontCache![family] ??= {})[type] = embedded;
      return embedded;
    }
    const embedded = original.call(this, family, bold, italics);
    // A face already shared reaching here means pdfkit's font registry is not as expected: step aside.
    if (shared || !bytes || !isEmbeddedFace(embedded)) return embedded;
    sharedFaces.set(bytes, {
      font: embedded.font,
      layoutCache: embedded.layoutCache ?? null,
      embeddedFontClass: embedded.constructor as EmbeddedFontClass,
    });
    useFixedSubset(embedded);
    return embedded;
  });
}

/**
 * What pdfkit's `document.font(bytes)` does, with the face already parsed:
 * pdfkit would parse the file again (fontkit.create) and decode its header
 * tables for the new EmbeddedFont, a millisecond per face per document.
 */
function openSharedFace(document: PdfMakeDocument & FontRegistry, shared: SharedFace, bytes: Uint8Array): EmbeddedFace {
  shared.font._glyphs = {};
  const id = `F${++document._fontCount}`;
  let embedded = new shared.embeddedFontClass(document, shared.font, id);
  const sameName = embedded.name ? document._fontFamilies[embedded.name] : undefined;
  if (sameName && sameName.font === shared.font) {
    embedded = sameName;
  } else {
    if (embedded.name && !sameName) document._fontFamilies[embedded.name] = embedded;
    else document._fontFamilies[id] = embedded;
    shareLayoutCache(embedded, shared);
    useFixedSubset(embedded);
  }
  document._font = embedded;
  document._fontSource = bytes;
  document._fontFamily = undefined;
  return embedded;
}

function shareLayoutCache(embedded: EmbeddedFace, shared: SharedFace): void {
  if (!embedded.layoutCache || !shared.layoutCache) return;
  if (Object.keys(shared.layoutCache).length > MAX_SHAPED_WORDS) shared.layoutCache = embedded.layoutCache;
  else embedded.layoutCache = shared.layoutCache;
}

function isFontRegistry(document: PdfMakeDocument): document is PdfMakeDocument & FontRegistry {
  const registry = document as unknown as Partial<FontRegistry>;
  return (
    typeof registry._fontFamilies === 'object' &&
    registry._fontFamilies !== null &&
    typeof registry._fontCount === 'number' &&
    typeof document.fontCache === 'object' &&
    document.fontCache !== null
  );
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
