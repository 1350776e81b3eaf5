/**
 * The one place a form document becomes PDF bytes (pdfmake 0.3, server side).
 * Layout code builds plain document definitions; this module owns pdfmake's
 * process-wide state: the embedded Roboto faces (full Vietnamese coverage), the
 * named table rulings and the access policies. Documents may not fetch URLs or
 * read local files: everything they need is registered here.
 *
 * A receipt is printed while the citizen waits, so rendering is tuned (see
 * sharedFontFaces.ts, fixedFontSubset.ts, fastStyleLookup.ts, fastWordMeasure.ts,
 * wholeTextRuns.ts, qrAsImage.ts); none of it changes what is printed.
 */
import pdfmake from 'pdfmake';
import { FORM_FONT } from './formPage';
import { formTableLayouts } from './formTableLayouts';
import type { PdfDocument } from './pdfDocument';
import { speedUpStyleLookup } from './fastStyleLookup';
import { measureWordsFast } from './fastWordMeasure';
import { renderableCopy } from './renderableCopy';
import { shareParsedFontFaces } from './sharedFontFaces';
import { drawWholeTextRuns } from './wholeTextRuns';

/** The four Roboto faces as TTF bytes (see loadFormFonts.ts). */
export interface FormFontFiles {
  regular: Uint8Array;
  medium: Uint8Array;
  italic: Uint8Array;
  mediumItalic: Uint8Array;
}

export type RenderPdf = (document: PdfDocument) => Promise<Buffer>;

let renderers = 0;

/** A `renderPdf` that embeds the given faces. Make one per process and keep it: it caches parsed faces. */
export function createPdfRenderer(fonts: FormFontFiles): RenderPdf {
  // pdfmake and pdfkit internals we speed up; each steps aside if pdfmake is not as expected.
  shareParsedFontFaces();
  measureWordsFast();
  speedUpStyleLookup();
  drawWholeTextRuns();
  pdfmake.setTableLayouts(formTableLayouts);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  // Each renderer's faces get their own names in pdfmake's in-memory file system.
  const folder = `motcua-forms-${++renderers}`;
  const faces = {
    normal: `${folder}/Roboto-Regular.ttf`,
    bold: `${folder}/Roboto-Medium.ttf`,
    italics: `${folder}/Roboto-Italic.ttf`,
    bolditalics: `${folder}/Roboto-MediumItalic.ttf`,
  };
  pdfmake.virtualfs.writeFileSync(faces.normal, Buffer.from(fonts.regular));
  pdfmake.virtualfs.writeFileSync(faces.bold, Buffer.from(fonts.medium));
  pdfmake.virtualfs.writeFileSync(faces.italics, Buffer.from(fonts.italic));
  pdfmake.virtualfs.writeFileSync(faces.bolditalics, Buffer.from(fonts.mediumItalic));

  return (document) => {
    // pdfmake is a singleton: name this renderer's faces right before it reads them (synchronously, in createPdf).
    pdfmake.setFonts({ [FORM_FONT]: { ...faces } });
    // Content streams go out uncompressed: deflating them cost a tenth of a receipt's
    // render for a file that only travels to the local printer (fonts stay compressed).
    return pdfmake.createPdf({ ...renderableCopy(document), compress: false }).getBuffer();
  };
}
