/**
 * Page geometry and type sizes shared by the forms. Margins follow the usual
 * administrative layout (Decree 30/2020: binding edge on the left): 30 mm left,
 * 15 mm right, 20 mm top and bottom. Roboto runs wider than the Times New Roman
 * of the paper forms, so sizes are a point or two smaller than theirs.
 */
import type { NodeProps, PdfDocument, TextStyle } from './pdfDocument';

const mm = (value: number) => (value * 72) / 25.4;

export type Orientation = PdfDocument['pageOrientation'];

const a4 = { short: 595.28, long: 841.89 };

export const pageMargins: Record<Orientation, [number, number, number, number]> = {
  portrait: [mm(30), mm(20), mm(15), mm(20)],
  landscape: [mm(15), mm(15), mm(12), mm(15)],
};

export function pageWidth(orientation: Orientation): number {
  return orientation === 'portrait' ? a4.short : a4.long;
}

/** The width between the margins: what columns and rulings are laid out in. */
export function contentWidth(orientation: Orientation): number {
  const [left, , right] = pageMargins[orientation];
  return pageWidth(orientation) - left - right;
}

/** The family name the renderer registers the Roboto faces under. */
export const FORM_FONT = 'Roboto';

export const defaultStyle: TextStyle = { font: FORM_FONT, fontSize: 11, lineHeight: 1.15 };

export const formStyles: Record<string, NodeProps> = {
  headerLine: { fontSize: 10.5, alignment: 'center', lineHeight: 1.1 },
  title: { fontSize: 13.5, bold: true, alignment: 'center', margin: [0, 14, 0, 4] },
  subtitle: { alignment: 'center' },
  body: { alignment: 'justify', margin: [0, 1.5, 0, 1.5] },
  hint: { italics: true, fontSize: 10, alignment: 'center' },
  signatureRole: { bold: true, alignment: 'center', fontSize: 11 },
  signatureName: { bold: true, alignment: 'center', fontSize: 11 },
  tableHead: { bold: true, alignment: 'center', fontSize: 10 },
  tableCell: { fontSize: 10 },
  ledgerHead: { bold: true, alignment: 'center', fontSize: 8.5, lineHeight: 1.1 },
  ledgerCell: { fontSize: 8.5, lineHeight: 1.1 },
  reprintLine: { italics: true, fontSize: 9, color: '#444444' },
  copyTag: { bold: true, fontSize: 9, alignment: 'right' },
};
