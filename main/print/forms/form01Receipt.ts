/**
 * Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả: the paper the citizen takes
 * home and brings back to collect the result. Printed as two copies in one
 * PDF, Liên 1 (kept with the dossier) and Liên 2 (given to the applicant), each
 * on its own A4 page and each saying which copy it is. A QR of the dossier code
 * next to the code lets the return desk find the dossier with a scan.
 */
import type { TimeLimit } from '@contract/schemas';
import { formatDong } from './dong';
import { formDocument } from './formDocument';
import type { Applicant, IssuingOffice, PrintOptions } from './formInput';
import { paddedCount, stateHeader, formTitle, labelledLine, labelledPair, paragraph, rightAlignedX, signatureRow, DOTTED_BLANK } from './formParts';
import { fillWording, receiptTemplate as template } from './formTemplates';
import type { PdfContent, PdfDocument } from './pdfDocument';
import { hourMinuteDatePhrase, placeAndDateLine } from './vietnameseDates';

export interface ReceivedDocument {
  name: string;
  originals: number;
  copies: number;
}

export interface FeeLine {
  name: string;
  /** Whole đồng; 0 prints as "miễn phí". */
  amount: number;
}

export interface ReceiptInput {
  office: IssuingOffice;
  dossierCode: string;
  applicant: Applicant;
  procedureName: string;
  documents: ReceivedDocument[];
  /** Number of dossier sets handed in. */
  sets: number;
  timeLimit: TimeLimit;
  receivedAt: Date;
  dueAt: Date;
  /** Where the result is collected, e.g. "Quầy số 2, Bộ phận Tiếp nhận và Trả kết quả phường Ba Đình". */
  resultPlace: string;
  /** Fees and charges of the procedure; empty prints no fee line. */
  fees: FeeLine[];
  /** Book and line in the Sổ theo dõi hồ sơ (Mẫu 05); null leaves blanks to fill by hand. */
  ledgerEntry: { book: string; number: number } | null;
  /** The officer who received the dossier, printed under their signature. */
  officerName: string;
}

type Copy = 1 | 2;

const w = template.wording;
const QR_SIZE = 62;
const COPY_TAG_WIDTH = 150;

/** Mẫu 01 as a two-page document: Liên 1 then Liên 2. */
export function receiptForm(input: ReceiptInput, options: PrintOptions = {}): PdfDocument {
  return formDocument(template, [receiptCopy(input, 1), receiptCopy(input, 2)], options);
}

/** "03 ngày làm việc", "04 giờ làm việc" or "trong ngày". */
export function timeLimitPhrase(limit: TimeLimit): string {
  switch (limit.kind) {
    case 'working_days':
      return `${paddedCount(limit.value)} ${w.workingDays}`;
    case 'working_hours':
      return `${paddedCount(limit.value)} ${w.workingHours}`;
    case 'same_day':
      return w.sameDay;
  }
}

function receiptCopy(input: ReceiptInput, copy: Copy): PdfContent {
  return {
    stack: [
      copyTag(copy),
      stateHeader({
        office: input.office,
        issuer: template.issuer,
        orientation: template.orientation,
        dateLine: placeAndDateLine(input.office.place, input.receivedAt),
      }),
      formTitle(template.title),
      codeAndQr(input.dossierCode, copy),
      paragraph(fillWording(w.intro, { desk: input.office.deskName }), { margin: [0, 4, 0, 1.5] }),
      labelledLine(w.applicant, input.applicant.name),
      labelledLine(w.address, input.applicant.address),
      labelledPair([w.phone, input.applicant.phone], [w.email, input.applicant.email]),
      labelledLine(w.request, input.procedureName),
      paragraph(w.documents),
      documentTable(input.documents),
      labelledLine(w.sets, paddedCount(input.sets), [` ${w.setsUnit}`]),
      labelledLine(w.timeLimit, timeLimitPhrase(input.timeLimit)),
      labelledLine(w.receivedAt, hourMinuteDatePhrase(input.receivedAt)),
      labelledLine(w.dueAt, hourMinuteDatePhrase(input.dueAt)),
      labelledLine(w.resultPlace, input.resultPlace),
      ...feeLines(input.fees),
      paragraph(ledgerLine(input.ledgerEntry), { margin: [0, 4, 0, 0] }),
      signatureRow(template.signatures, [null, input.officerName]),
    ],
    ...(copy === 2 ? { pageBreak: 'before' as const } : {}),
  };
}

/** A boxed "LIÊN 1 – LƯU" in the top margin, so a copy is told apart at a glance. */
function copyTag(copy: Copy): PdfContent {
  return {
    absolutePosition: { x: rightAlignedX(template.orientation, COPY_TAG_WIDTH + 9), y: 24 },
    table: { widths: [COPY_TAG_WIDTH], body: [[{ text: copy === 1 ? w.copy1Tag : w.copy2Tag, style: 'copyTag', alignment: 'center' }]] },
    layout: 'formGrid',
  };
}

/** "Mã hồ sơ: …" and the copy line, centred, with the code's QR at the right. */
function codeAndQr(code: string, copy: Copy): PdfContent {
  const copies = [
    { text: w.copy1, bold: copy === 1 },
    ' / ',
    { text: w.copy2, bold: copy === 2 },
  ];
  return {
    columns: [
      { width: QR_SIZE + 10, text: '' },
      {
        width: '*',
        stack: [
          { text: [`${w.code}: `, { text: code, bold: true }], alignment: 'center', fontSize: 12, margin: [0, 4, 0, 2] },
          { text: ['(', ...copies, ')'], alignment: 'center', italics: true },
        ],
      },
      {
        width: QR_SIZE + 10,
        stack: [
          { qr: code, fit: QR_SIZE, eccLevel: 'M', alignment: 'right' },
          { text: w.qrCaption, fontSize: 6.5, alignment: 'right', margin: [0, 1, 0, 0] },
        ],
      },
    ],
    columnGap: 6,
  };
}

function documentTable(documents: readonly ReceivedDocument[]): PdfContent {
  const head = [w.documentNumber, w.documentName, w.originals, w.copiesCount].map((text) => ({ text, style: 'tableHead' }));
  const rows = documents.map((document, index) => [
    { text: String(index + 1), style: 'tableCell', alignment: 'center' as const },
    { text: document.name, style: 'tableCell' },
    { text: String(document.originals), style: 'tableCell', alignment: 'center' as const },
    { text: String(document.copies), style: 'tableCell', alignment: 'center' as const },
  ]);
  const body = rows.length > 0 ? rows : [[{ text: DOTTED_BLANK, colSpan: 4, style: 'tableCell' }, '', '', '']];
  return {
    table: { widths: [22, '*', 52, 52], body: [head, ...body], headerRows: 1, dontBreakRows: true },
    layout: 'formGrid',
    margin: [0, 2, 0, 4],
  };
}

function feeLines(fees: readonly FeeLine[]): PdfContent[] {
  if (fees.length === 0) return [];
  const total = fees.reduce((sum, fee) => sum + fee.amount, 0);
  return [
    paragraph(w.fees),
    ...fees.map((fee) =>
      paragraph([`– ${fee.name}: `, { text: fee.amount === 0 ? w.feeFree : formatDong(fee.amount), bold: true }], {
        margin: [14, 0, 0, 0],
      }),
    ),
    paragraph([`${w.feeTotal} `, { text: formatDong(total), bold: true }], { margin: [14, 0, 0, 0] }),
  ];
}

function ledgerLine(entry: ReceiptInput['ledgerEntry']): string {
  return fillWording(w.ledger, {
    book: entry ? entry.book : '……',
    entry: entry ? String(entry.number) : '……',
  });
}
