/**
 * Looking at rendered PDFs the way a person would, through poppler-utils
 * (pdftotext, pdftoppm, pdfimages; npm test installs them, see test/setup). Files go to a temp folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { inflateSync } from 'node:zlib';
import { join } from 'node:path';

function withPdfFile<T>(pdf: Buffer, use: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-pdf-'));
  try {
    const file = join(dir, 'form.pdf');
    writeFileSync(file, pdf);
    return use(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of the whole document, as pdftotext reads it (reading order, UTF-8). */
export function pdfText(pdf: Buffer): string {
  return withPdfFile(pdf, (file) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

/** The text of one page. */
export function pdfPageText(pdf: Buffer, page: number): string {
  return withPdfFile(pdf, (file) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' }),
  );
}

/** The pictures of a document as `pdfimages -list` sees them: page, size, colour, bits per dot. */
export function pdfImages(pdf: Buffer): { page: number; width: number; height: number; color: string; bitsPerComponent: number }[] {
  const listing = withPdfFile(pdf, (file) => execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }));
  return listing
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields.length > 8)
    .map((fields) => ({ page: Number(fields[0]), width: Number(fields[3]), height: Number(fields[4]), color: fields[5]!, bitsPerComponent: Number(fields[7]) }));
}

/** Page count from the file itself: pdfkit writes one `/Type /Page` object per page. */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
}

/** One page as PNG at 80 dpi (pdftoppm). */
export function pagePng(pdf: Buffer, page: number): Buffer {
  return withPdfFile(pdf, (file, dir) => {
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(page), '-l', String(page), '-singlefile', file, join(dir, 'page')]);
    return readFileSync(join(dir, 'page.png'));
  });
}

/**
 * The font programs embedded in a PDF (each /FontFile2 stream, inflated), in
 * the order the fonts are written. Reads pdfkit's layout: `N 0 obj`, a
 * dictionary with /Length, then the stream.
 */
export function embeddedFontFiles(pdf: Buffer): Buffer[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/FontFile2 (\d+) 0 R/g)].map(([, id]) => {
    const start = text.indexOf(`\n${id} 0 obj\n`);
    const streamAt = text.indexOf('stream\n', start) + 'stream\n'.length;
    const dictionary = text.slice(start, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1]);
    const bytes = pdf.subarray(streamAt, streamAt + length);
    return /\/Filter \/FlateDecode/.test(dictionary) ? inflateSync(bytes) : Buffer.from(bytes);
  });
}
