/** The forms as document definitions: pure data built from the inputs, before any PDF exists. */
import { describe, expect, it } from 'vitest';
import {
  apologyForm,
  ledgerForm,
  receiptForm,
  refusalForm,
  supplementRequestForm,
  type PdfDocument,
} from '../../main/print/forms';
import { contentWidth } from '../../main/print/forms/formPage';
import { formTableLayouts } from '../../main/print/forms/formTableLayouts';
import { ledgerColumns } from '../../main/print/forms/formTemplates';
import type { PdfContent, TableNode, TextNode } from '../../main/print/forms/pdfDocument';
import { apology, dossierCode, ledger, receipt, refusal, reprintedAt, supplementRequest } from './formFixtures';

const allForms: [string, (options?: { reprintedAt?: Date }) => PdfDocument][] = [
  ['Mẫu 01', (options) => receiptForm(receipt, options)],
  ['Mẫu 02', (options) => supplementRequestForm(supplementRequest, options)],
  ['Mẫu 03', (options) => refusalForm(refusal, options)],
  ['Mẫu 04', (options) => apologyForm(apology, options)],
  ['Mẫu 05', (options) => ledgerForm(ledger(5), options)],
];

/** Every node of a content tree, depth first. */
function nodes(content: PdfContent | PdfContent[]): Exclude<PdfContent, string | PdfContent[]>[] {
  if (typeof content === 'string') return [];
  if (Array.isArray(content)) return content.flatMap(nodes);
  const children: PdfContent[] = [];
  if ('stack' in content) children.push(...content.stack);
  if ('columns' in content) children.push(...content.columns);
  if ('table' in content) children.push(...content.table.body.flat());
  return [content, ...children.flatMap(nodes)];
}

describe.each(allForms)('%s as a document definition', (_name, build) => {
  it('is plain data: it survives a JSON round trip unchanged (no callbacks, dates or undefined)', () => {
    const document = build({ reprintedAt });
    expect(JSON.parse(JSON.stringify(document))).toStrictEqual(document);
  });

  it('carries the reprint mark only when asked for', () => {
    expect(build()).not.toHaveProperty('header');
    expect(build()).not.toHaveProperty('watermark');
    const reprint = build({ reprintedAt });
    expect(JSON.stringify(reprint.header)).toContain('Bản in lại – in lúc 08:30 ngày 24/11/2026');
    expect(reprint.watermark?.text).toBe('BẢN IN LẠI');
  });

  it('uses only table rulings the renderer registers', () => {
    const used = nodes(build().content).flatMap((node) => ('layout' in node && node.layout ? [node.layout] : []));
    for (const layout of used) expect(Object.keys(formTableLayouts)).toContain(layout);
  });
});

describe('Mẫu 01, the receipt', () => {
  it('holds two copies, the second starting on a new page, each saying which copy it is', () => {
    const [first, second, ...rest] = receiptForm(receipt).content;
    expect(rest).toEqual([]);
    expect(first).not.toHaveProperty('pageBreak');
    expect(second).toHaveProperty('pageBreak', 'before');
    expect(JSON.stringify(first)).toContain('LIÊN 1 – LƯU');
    expect(JSON.stringify(second)).toContain('LIÊN 2 – GIAO NGƯỜI NỘP');
  });

  it('puts a QR of the dossier code on each copy', () => {
    const codes = nodes(receiptForm(receipt).content).flatMap((node) => ('qr' in node ? [node.qr] : []));
    expect(codes).toEqual([dossierCode, dossierCode]);
  });

  it('composes decomposed Vietnamese (as some keyboards send it) into one code point per letter', () => {
    const decomposed = 'Nguyễn Thị Hương'.normalize('NFD');
    expect(decomposed).not.toBe('Nguyễn Thị Hương');
    const text = JSON.stringify(receiptForm({ ...receipt, applicant: { ...receipt.applicant, name: decomposed } }));
    expect(text).toContain('Nguyễn Thị Hương');
    expect(text).not.toMatch(/\p{Mn}/u);
  });

  it('leaves a missing phone or e-mail as a dotted blank to fill by hand', () => {
    const text = JSON.stringify(receiptForm({ ...receipt, applicant: { ...receipt.applicant, phone: null, email: ' ' } }));
    expect(text.match(/…………/g)?.length).toBeGreaterThanOrEqual(4);
  });

  it('prints no fee lines for a free procedure, and the total of the fees otherwise', () => {
    expect(JSON.stringify(receiptForm({ ...receipt, fees: [] }))).not.toContain('Phí, lệ phí');
    expect(JSON.stringify(receiptForm(receipt))).toContain('31.000 đ');
  });
});

describe('Mẫu 05, the ledger', () => {
  const ledgerTable = (document: PdfDocument) => nodes(document.content).find((node): node is TableNode => 'table' in node)!;

  it('has the 13 columns of the form, numbered (1)…(13), with both header rows repeated on every page', () => {
    const table = ledgerTable(ledgerForm(ledger(3))).table;
    expect(ledgerColumns).toHaveLength(13);
    expect(table.headerRows).toBe(2);
    expect(table.dontBreakRows).toBe(true);
    expect(table.body[0]!.map((cell) => (cell as TextNode).text)).toEqual(ledgerColumns.map((column) => column.title));
    expect(table.body[1]!.map((cell) => (cell as TextNode).text)).toEqual(ledgerColumns.map((_, i) => `(${i + 1})`));
    expect(table.body).toHaveLength(2 + 3);
  });

  it('numbers the rows on from the book’s first number', () => {
    const table = ledgerTable(ledgerForm({ ...ledger(3), firstNumber: 41 })).table;
    expect(table.body.slice(2).map((row) => (row[0] as { text: string }).text)).toEqual(['41', '42', '43']);
  });

  it('fills the landscape page exactly between the margins', () => {
    const table = ledgerTable(ledgerForm(ledger(1))).table;
    const layout = formTableLayouts.ledgerGrid;
    const widths = (table.widths as number[]).reduce((sum, width) => sum + width, 0);
    const used = widths + 13 * (layout.paddingLeft() + layout.paddingRight()) + 14 * layout.vLineWidth();
    expect(used).toBeLessThanOrEqual(contentWidth('landscape'));
    expect(used).toBeGreaterThan(contentWidth('landscape') - 1);
  });

  it('says so when the period has no dossier', () => {
    expect(JSON.stringify(ledgerForm({ ...ledger(0) }))).toContain('Không có hồ sơ trong kỳ.');
  });
});
