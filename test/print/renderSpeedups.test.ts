/**
 * What makes a receipt render fast must not change what is printed: the
 * embedded fonts, the text a PDF reader gets back, the QR modules and the
 * style every word is set in. (The goldens in renderedForms.test.ts check the
 * pages themselves.)
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPdfRenderer, loadFormFonts, receiptForm, refusalForm, type PdfDocument } from '../../main/print/forms';
import { isPdfmakeMeasure } from '../../main/print/forms/fastWordMeasure';
import { mergedInlines } from '../../main/print/forms/wholeTextRuns';
import { qrAsImage, qrBitmap } from '../../main/print/forms/qrAsImage';
import { isBlack } from '../../main/print/ticket/monoBitmap';
import { dossierCode, receipt, refusal } from './formFixtures';
import { embeddedFontFiles, pdfImages, pdfText } from './pdfTools';
import { resourcesDir } from './renderedForms';
import { toolForTests } from '../setup/prerequisites';

const require = createRequire(import.meta.url);
/** npm test installs poppler-utils; without it CI fails here, and a developer machine skips what reads the PDFs back and says why. */
const { missing: noPoppler, note: needsPoppler } = toolForTests('poppler');
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** Just enough of fontkit (pdfkit's font engine) to look inside an embedded font program. */
interface Font {
  numGlyphs: number;
  getGlyph(id: number): { path: { toSVG(): string } };
  glyphForCodePoint(codePoint: number): { path: { toSVG(): string } };
}
const fontkit = require('fontkit') as { create(bytes: Buffer): Font };

function page(text: string, style: { bold?: boolean; italics?: boolean } = {}): PdfDocument {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [40, 40, 40, 40],
    content: [{ text, ...style }],
    defaultStyle: { font: 'Roboto' },
  };
}

describe('one font file per face, made once per process', () => {
  it('documents drawn from the usual alphabet carry the very same font files', async () => {
    const render = createPdfRenderer(loadFormFonts(resourcesDir));
    const receiptFonts = embeddedFontFiles(await render(receiptForm(receipt)));
    const refusalFonts = embeddedFontFiles(await render(refusalForm(refusal)));
    expect(receiptFonts.length).toBeGreaterThan(0);
    for (const font of refusalFonts) expect(receiptFonts.some((other) => other.equals(font))).toBe(true);
  });

  it.skipIf(noPoppler)(`two different documents in a row each read back as themselves${needsPoppler}`, async () => {
    const render = createPdfRenderer(loadFormFonts(resourcesDir));
    const first = 'Ủy ban nhân dân phường Ba Đình — Lệ phí: 30.000 ₫ “miễn” …';
    const second = 'Bản sao Giấy khai sinh; Đơn đề nghị (kèm ảnh 4×6)';
    expect(flat(pdfText(await render(page(first, { bold: true }))))).toContain(first);
    expect(flat(pdfText(await render(page(second, { italics: true }))))).toContain(second);
    expect(flat(pdfText(await render(page(first))))).toContain(first);
  });

  it('a letter outside that alphabet is still embedded, with its own outline', async () => {
    const render = createPdfRenderer(loadFormFonts(resourcesDir));
    const [usual] = embeddedFontFiles(await render(page('Giá 5 – đồng')));
    const pdf = await render(page('Giá 5 € – Ω'));
    const [unusual] = embeddedFontFiles(pdf);
    const embedded = fontkit.create(unusual!);
    expect(embedded.numGlyphs).toBeGreaterThan(fontkit.create(usual!).numGlyphs);
    const source = fontkit.create(readFileSync(join(resourcesDir, 'fonts', 'Roboto-Regular.ttf')));
    const outlines = new Set(Array.from({ length: embedded.numGlyphs }, (_, id) => embedded.getGlyph(id).path.toSVG()));
    expect(outlines.has(source.glyphForCodePoint(0x3a9).path.toSVG())).toBe(true); // Ω
    expect(outlines.has(source.glyphForCodePoint(0x20ac).path.toSVG())).toBe(true); // €
    if (!noPoppler) expect(flat(pdfText(pdf))).toContain('Giá 5 € – Ω');
    // The next ordinary document is back to the shared file.
    const [next] = embeddedFontFiles(await render(page('Giá 5 – đồng')));
    expect(next!.equals(usual!)).toBe(true);
  });
});

describe('words of one style on one line are drawn as one piece of text', () => {
  const font = { name: 'Roboto-Regular' };
  const word = (text: string, x: number, width: number, style: Record<string, unknown> = {}) => ({
    text,
    x,
    width,
    font,
    fontSize: 11,
    color: 'black',
    height: 12,
    ...style,
  });

  it('joins words that follow each other after a space', () => {
    const merged = mergedInlines([word('Nội ', 0, 20), word('dung ', 20, 25), word('yêu', 45, 18)]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ text: 'Nội dung yêu', x: 0, width: 63 });
  });

  it('keeps apart words of another face or size, and words pdfmake spread out to justify the line', () => {
    const bold = { name: 'Roboto-Medium' };
    expect(mergedInlines([word('Ông/Bà: ', 0, 40), word('Hương', 40, 30, { font: bold })])).toHaveLength(2);
    expect(mergedInlines([word('Mã ', 0, 15), word('hồ', 15, 12, { fontSize: 12 })])).toHaveLength(2);
    expect(mergedInlines([word('hồ ', 0, 15), word('sơ', 17.5, 12, { justifyShift: 2.5 })])).toHaveLength(2);
  });

  it('keeps apart pieces pdfmake broke inside a word, where shaping could differ if joined', () => {
    expect(mergedInlines([word('Ông/', 0, 20), word('Bà', 20, 12)])).toHaveLength(2);
  });

  it('keeps links and underlines in their own runs', () => {
    expect(mergedInlines([word('xem ', 0, 20), word('tại', 20, 12, { link: 'https://example.vn' })])).toHaveLength(2);
    expect(mergedInlines([word('Độc ', 0, 20), word('lập', 20, 15, { decoration: 'underline' })])).toHaveLength(2);
  });
});

describe('the dossier code QR, drawn as one picture', () => {
  type QrRect = { type: string; x: number; y: number; w: number; h: number; color: string };
  const pdfmakeSymbol = () => {
    const qrEnc = (require('pdfmake/js/qrEnc.js') as { default: { measure(node: object): { _canvas: QrRect[] } } }).default;
    const [background, ...modules] = qrEnc.measure({ qr: dossierCode, fit: 62, eccLevel: 'M' })._canvas;
    return { background: background!, modules };
  };

  it("has exactly the dark modules pdfmake would draw, each a solid block of dots", () => {
    const { background, modules } = pdfmakeSymbol();
    const drawn = qrBitmap({ qr: dossierCode, fit: 62, eccLevel: 'M' })!;
    expect(drawn.size).toBe(background.w);
    const size = modules[0]!.w;
    const n = background.w / size;
    const dotsPerModule = drawn.bitmap.width / n;
    expect(Number.isInteger(dotsPerModule)).toBe(true);
    const dark = new Set(modules.map((m) => `${m.x / size},${m.y / size}`));
    for (let row = 0; row < n; row += 1) {
      for (let column = 0; column < n; column += 1) {
        const expected = dark.has(`${column},${row}`);
        for (let y = 0; y < dotsPerModule; y += 1) {
          for (let x = 0; x < dotsPerModule; x += 1) {
            if (isBlack(drawn.bitmap, column * dotsPerModule + x, row * dotsPerModule + y) !== expected) {
              throw new Error(`module ${column},${row} dot ${x},${y} should be ${expected ? 'black' : 'white'}`);
            }
          }
        }
      }
    }
  });

  it('takes the place of the qr node at the same size, with its other properties', () => {
    const image = qrAsImage({ qr: dossierCode, fit: 62, eccLevel: 'M', alignment: 'right' })!;
    expect(image).not.toHaveProperty('qr');
    expect(image).toMatchObject({ alignment: 'right', width: pdfmakeSymbol().background.w, height: pdfmakeSymbol().background.w });
    expect(image.image.startsWith('data:image/png;base64,')).toBe(true);
  });

  it.skipIf(noPoppler)(`is a black-and-white picture on each copy${needsPoppler}`, async () => {
    const pdf = await createPdfRenderer(loadFormFonts(resourcesDir))(receiptForm(receipt));
    const drawn = qrBitmap({ qr: dossierCode, fit: 62, eccLevel: 'M' })!;
    expect(pdfImages(pdf)).toEqual(
      [1, 2].map((page) => ({ page, width: drawn.bitmap.width, height: drawn.bitmap.height, color: 'gray', bitsPerComponent: 1 })),
    );
  });

  it('the receipt definition still says "QR of the dossier code"; only the renderer draws it differently', () => {
    expect(JSON.stringify(receiptForm(receipt))).toContain(`"qr":"${dossierCode}"`);
  });
});

describe("pdfmake's style lookup, answered without pushing on the stack", () => {
  type StyleStackClass = {
    new (dictionary: object, defaultStyle?: object): { push(item: unknown): void };
    getStyleProperty(item: unknown, stack: unknown, property: string, fallback: unknown): unknown;
  };

  it('gives the same answers as pdfmake 0.3.11 itself, named styles, `extends` cycles and all', async () => {
    // The renderer replaced the lookup on the module pdfmake uses; a fresh load of the file is pdfmake's own.
    createPdfRenderer(loadFormFonts(resourcesDir));
    const path = require.resolve('pdfmake/js/StyleContextStack.js');
    const ours = (require(path) as { default: StyleStackClass }).default;
    delete require.cache[path];
    const theirs = (require(path) as { default: StyleStackClass }).default;
    expect(theirs).not.toBe(ours);
    expect(String(ours.getStyleProperty)).not.toContain('.auto(');
    expect(String(theirs.getStyleProperty)).toContain('.auto(');

    const dictionary = {
      body: { fontSize: 11, alignment: 'justify' },
      head: { bold: true, extends: 'body' },
      loud: { fontSize: 14, extends: ['head', 'quiet'] },
      quiet: { italics: true, color: null },
      loopA: { extends: 'loopB' },
      loopB: { extends: 'loopA', lineHeight: 1.3 },
    };
    const defaultStyle = { font: 'Roboto', fontSize: 10 };
    const stackContents: unknown[][] = [
      [],
      ['body'],
      ['loud', { bold: false }],
      [{ alignment: 'center' }, 'loopA', 'missing'],
      ['quiet', { fontSize: null }, 'head'],
    ];
    const items: unknown[] = [
      {},
      { fontSize: 9 },
      { style: 'loud' },
      { style: ['quiet', 'loopB'], color: 'red' },
      { style: 'missing', bold: null },
      { section: true, style: 'loud' },
      'plain text',
    ];
    const properties = ['font', 'fontSize', 'bold', 'italics', 'alignment', 'color', 'lineHeight', 'extends', 'decoration'];
    for (const contents of stackContents) {
      const [ourStack, theirStack] = [new ours(dictionary, defaultStyle), new theirs(dictionary, defaultStyle)];
      for (const item of contents) {
        ourStack.push(item);
        theirStack.push(item);
      }
      for (const item of items) {
        for (const property of properties) {
          expect(ours.getStyleProperty(item, ourStack, property, 'fallback')).toEqual(
            theirs.getStyleProperty(item, theirStack, property, 'fallback'),
          );
        }
      }
    }
  });
});

describe("pdfmake's word measuring, with the text's style asked once", () => {
  type StyleStackClass = new (dictionary: object, defaultStyle?: object) => { push(item: unknown): void };
  type TextInlinesClass = new (pdfDocument: unknown) => { measure(words: unknown[], stack: unknown): unknown[] };
  type PdfDocumentClass = new (fonts: object, images: object, patterns: object, attachments: object, options: object, virtualfs: unknown) => unknown;

  /** pdfmake's own modules, loaded afresh: the renderer replaced methods on the ones pdfmake uses. */
  function freshPdfmake(): { stack: StyleStackClass; inlines: TextInlinesClass } {
    const stackPath = require.resolve('pdfmake/js/StyleContextStack.js');
    const inlinesPath = require.resolve('pdfmake/js/TextInlines.js');
    const patched = [require.cache[stackPath], require.cache[inlinesPath]];
    delete require.cache[stackPath];
    delete require.cache[inlinesPath];
    const inlines = (require(inlinesPath) as { default: TextInlinesClass }).default;
    const stack = (require(stackPath) as { default: StyleStackClass }).default;
    [require.cache[stackPath], require.cache[inlinesPath]] = patched;
    return { stack, inlines };
  }

  it('writes the same measurements onto every word as pdfmake 0.3.11 itself', () => {
    createPdfRenderer(loadFormFonts(resourcesDir));
    const ours = {
      stack: (require('pdfmake/js/StyleContextStack.js') as { default: StyleStackClass }).default,
      inlines: (require('pdfmake/js/TextInlines.js') as { default: TextInlinesClass }).default,
    };
    const theirs = freshPdfmake();
    expect(theirs.inlines).not.toBe(ours.inlines);
    // pdfmake's method is the one fastWordMeasure.ts replicates, so the renderer does replace it.
    expect(isPdfmakeMeasure(theirs.inlines.prototype.measure)).toBe(true);
    expect(isPdfmakeMeasure(ours.inlines.prototype.measure)).toBe(false);

    const pdfmake = require('pdfmake') as { virtualfs: { writeFileSync(name: string, bytes: Buffer): void } };
    const fonts = loadFormFonts(resourcesDir);
    const files = { normal: fonts.regular, bold: fonts.medium, italics: fonts.italic, bolditalics: fonts.mediumItalic };
    const faces: Record<string, string> = {};
    for (const [face, bytes] of Object.entries(files)) {
      faces[face] = `measure-test/${face}.ttf`;
      pdfmake.virtualfs.writeFileSync(faces[face]!, Buffer.from(bytes));
    }
    const PdfDocument = (require('pdfmake/js/PDFDocument.js') as { default: PdfDocumentClass }).default;
    const pdfDocument = new PdfDocument({ Roboto: faces, Other: faces }, {}, {}, {}, {}, pdfmake.virtualfs);

    const dictionary = {
      body: { fontSize: 11, alignment: 'justify', lineHeight: 1.15 },
      head: { bold: true, extends: 'body', color: '#444444' },
      fancy: { decoration: 'underline', decorationStyle: 'dashed', background: 'yellow', opacity: 0.5 },
      indented: { leadingIndent: 12, preserveLeadingSpaces: true, characterSpacing: 0.5 },
    };
    const stackContents: unknown[][] = [
      [],
      ['body'],
      ['head', { italics: true, link: 'https://example.vn' }],
      ['indented', 'fancy', { fontSize: null, sup: true }],
      [{ preserveTrailingSpaces: true, noWrap: true, font: 'Other' }, { linkToPage: 2, linkToDestination: 'x', fontFeatures: ['smcp'] }],
    ];
    const texts: Record<string, unknown>[][] = [
      [{ text: 'Ông/Bà: ' }, { text: 'Nguyễn Văn An', bold: true }, { text: ' ', lineEnd: true }],
      [{ text: '  Mã hồ sơ:  ' }, { text: '000.00.00.H00', fontSize: 12, sub: true }, { text: 'x', lineHeight: 2 }],
      [{ text: 'Lệ phí ', color: 'red', italics: true, characterSpacing: 1, leadingIndent: 5 }, { text: '', noNewLine: true }],
      [{ text: '\tđồng ', preserveLeadingSpaces: false, preserveTrailingSpaces: false, opacity: 0, bold: null }],
      // Words with style names of their own are left to pdfmake.
      [{ text: 'LIÊN 1 ', style: 'head' }, { text: 'LƯU', style: ['fancy', 'body'] }],
      [],
    ];
    for (const contents of stackContents) {
      for (const stackOrNone of [true, false]) {
        const [ourStack, theirStack] = [new ours.stack(dictionary, { font: 'Roboto', fontSize: 10 }), new theirs.stack(dictionary, { font: 'Roboto', fontSize: 10 })];
        for (const item of contents) {
          ourStack.push(item);
          theirStack.push(item);
        }
        for (const words of texts) {
          const ourWords = new ours.inlines(pdfDocument).measure(structuredClone(words), stackOrNone ? ourStack : null);
          const theirWords = new theirs.inlines(pdfDocument).measure(structuredClone(words), stackOrNone ? theirStack : null);
          expect(ourWords).toHaveLength(theirWords.length);
          ourWords.forEach((word, index) => {
            const theirWord = theirWords[index] as Record<string, unknown>;
            expect(Object.keys(word as object)).toEqual(Object.keys(theirWord));
            expect(word).toEqual(theirWord);
          });
        }
      }
    }
  });
});
