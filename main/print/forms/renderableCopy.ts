/**
 * The copy of a document definition that pdfmake gets to lay out. pdfmake
 * annotates (and moves) what it is given, so it never sees the caller's
 * objects; on the way, `qr` nodes become the cheaper picture of the same symbol
 * (qrAsImage.ts). Definitions are plain data (see pdfDocument.ts).
 */
import { qrAsImage } from './qrAsImage';
import type { PdfDocument, QrNode } from './pdfDocument';

export function renderableCopy(document: PdfDocument): PdfDocument {
  return copied(document) as PdfDocument;
}

function copied(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copied);
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = copied((value as Record<string, unknown>)[key]);
  if (typeof copy.qr === 'string') return qrAsImage(copy as unknown as QrNode & Record<string, unknown>) ?? copy;
  return copy;
}
