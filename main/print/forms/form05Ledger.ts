/**
 * Mẫu 05 — Sổ theo dõi hồ sơ: the desk's ledger of dossiers, one line each, on
 * A4 landscape. The column heads (and their (1)…(13) numbers) repeat at the top
 * of every page and a line never splits across pages, as in a bound book.
 */
import { formDocument } from './formDocument';
import { contentWidth } from './formPage';
import type { IssuingOffice, PrintOptions } from './formInput';
import { formTitle, stateHeader } from './formParts';
import { fillWording, ledgerColumns, ledgerTemplate as template, type LedgerColumn } from './formTemplates';
import { formTableLayouts } from './formTableLayouts';
import type { PdfContent, PdfDocument, TextNode } from './pdfDocument';
import { clockTime, numericDate } from './vietnameseDates';

export interface LedgerRow {
  dossierCode: string;
  procedureName: string;
  sets: number;
  applicantName: string;
  applicantAddress: string | null;
  applicantPhone: string | null;
  /** The agency or officer in charge of deciding the dossier. */
  handlingAgency: string;
  receivedAt: Date;
  dueAt: Date;
  /** When the dossier went to the processing unit; null if not yet. */
  transferredAt: Date | null;
  /** When the desk got the result back; null if not yet. */
  resultReceivedAt: Date | null;
  /** When the result was handed to the applicant; null if not yet. */
  returnedAt: Date | null;
  note: string;
}

export interface LedgerInput {
  office: IssuingOffice;
  /** The book ("Quyển số"), null if the desk does not number them. */
  book: string | null;
  /** The days the pages cover; null prints no period line. */
  period: { from: Date; to: Date } | null;
  /** STT of the first row: a book's numbering runs on across printouts. */
  firstNumber: number;
  rows: LedgerRow[];
}

const w = template.wording;
const layout = formTableLayouts.ledgerGrid;

export function ledgerForm(input: LedgerInput, options: PrintOptions = {}): PdfDocument {
  return formDocument(
    template,
    [
      stateHeader({ office: input.office, issuer: template.issuer, orientation: template.orientation, dateLine: null }),
      { ...formTitle(template.title), margin: [0, 12, 0, 2] },
      ...(input.book ? [{ text: fillWording(w.book, { book: input.book }), alignment: 'center' as const }] : []),
      ...(input.period
        ? [{ text: fillWording(w.period, { from: `ngày ${numericDate(input.period.from)}`, to: `ngày ${numericDate(input.period.to)}` }), alignment: 'center' as const, italics: true }]
        : []),
      ledgerTable(input),
    ],
    options,
  );
}

function ledgerTable(input: LedgerInput): PdfContent {
  const head = ledgerColumns.map((column) => ({ text: column.title, style: 'ledgerHead', verticalAlignment: 'middle' as const }));
  const numbers = ledgerColumns.map((_, index) => ({ text: `(${index + 1})`, style: 'ledgerHead', italics: true, bold: false }));
  const rows = input.rows.map((row, index) => ledgerColumns.map((column) => ledgerCell(column, row, input.firstNumber + index)));
  const body = rows.length > 0 ? rows : [[{ text: w.empty, colSpan: ledgerColumns.length, style: 'ledgerCell', alignment: 'center' as const }, ...ledgerColumns.slice(1).map(() => '')]];
  return {
    table: { widths: columnWidths(), headerRows: 2, dontBreakRows: true, body: [head, numbers, ...body] },
    layout: 'ledgerGrid',
    margin: [0, 10, 0, 0],
  };
}

/** Column widths from the template's shares, so the grid fills the page exactly between the margins. */
function columnWidths(): number[] {
  const count = ledgerColumns.length;
  const padding = (layout.paddingLeft() + layout.paddingRight()) * count;
  const rules = layout.vLineWidth() * (count + 1);
  const free = contentWidth(template.orientation) - padding - rules;
  const shares = ledgerColumns.reduce((sum, column) => sum + column.share, 0);
  return ledgerColumns.map((column) => Math.floor((free * column.share * 100) / shares) / 100);
}

/**
 * "000.31.38.H56-" over "261123-0001": a whole code needs twice the column
 * the ledger can spare, and the line breaker won't break before a digit.
 */
function codeOnTwoLines(code: string): string {
  return code.replace(/-(?=\d{6}-\d+$)/, '-\n');
}

/** "09:05" over "23/11/2026"; empty when the step has not happened yet. */
function stamp(instant: Date | null): string {
  return instant ? `${clockTime(instant)}\n${numericDate(instant)}` : '';
}

function ledgerCell(column: LedgerColumn, row: LedgerRow, number: number): TextNode {
  const cell = (text: string): TextNode => ({ text, style: 'ledgerCell', alignment: column.align });
  switch (column.key) {
    case 'number':
      return cell(String(number));
    case 'dossierCode':
      return cell(codeOnTwoLines(row.dossierCode));
    case 'procedureName':
      return cell(row.procedureName);
    case 'sets':
      return cell(String(row.sets));
    case 'applicantName':
      return cell(row.applicantName);
    case 'applicantContact':
      return cell([row.applicantAddress, row.applicantPhone ? `ĐT: ${row.applicantPhone}` : null].filter((part) => part).join('\n'));
    case 'handlingAgency':
      return cell(row.handlingAgency);
    case 'receivedAt':
      return cell(stamp(row.receivedAt));
    case 'dueAt':
      return cell(stamp(row.dueAt));
    case 'transferredAt':
      return cell(stamp(row.transferredAt));
    case 'resultReceivedAt':
      return cell(stamp(row.resultReceivedAt));
    case 'returnedAt':
      return cell(stamp(row.returnedAt));
    case 'note':
      return cell(row.note);
  }
}
