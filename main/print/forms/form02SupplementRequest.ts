/**
 * Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: what the applicant must
 * bring to complete the dossier, why, and whom to ask.
 */
import { formDocument } from './formDocument';
import type { Applicant, IssuingOffice, PrintOptions } from './formInput';
import { formTitle, labelledLine, labelledPair, paragraph, signatureRow, stateHeader, DOTTED_BLANK } from './formParts';
import { fillWording, supplementRequestTemplate as template } from './formTemplates';
import type { PdfContent, PdfDocument } from './pdfDocument';
import { placeAndDateLine } from './vietnameseDates';

export interface SupplementItem {
  /** The dossier component to add or correct. */
  name: string;
  originals: number;
  certifiedCopies: number;
  photocopies: number;
  /** What exactly is missing or wrong, if more than the name says; null if nothing. */
  note: string | null;
}

export interface SupplementRequestInput {
  office: IssuingOffice;
  issuedAt: Date;
  /** Null when the request is made at the counter before the dossier is received. */
  dossierCode: string | null;
  applicant: Applicant;
  procedureName: string;
  items: SupplementItem[];
  reason: string;
  /** Who answers questions while the applicant completes the dossier. */
  contact: { officerName: string; phone: string };
  /** The officer who signs as NGƯỜI HƯỚNG DẪN. */
  officerName: string;
}

const w = template.wording;

export function supplementRequestForm(input: SupplementRequestInput, options: PrintOptions = {}): PdfDocument {
  return formDocument(
    template,
    [
      stateHeader({
        office: input.office,
        issuer: template.issuer,
        orientation: template.orientation,
        dateLine: placeAndDateLine(input.office.place, input.issuedAt),
      }),
      formTitle(template.title),
      ...(input.dossierCode
        ? [{ text: [`${w.code}: `, { text: input.dossierCode, bold: true }], alignment: 'center' as const, margin: [0, 0, 0, 8] as [number, number, number, number] }]
        : [{ text: '', margin: [0, 0, 0, 6] as [number, number, number, number] }]),
      labelledLine(w.applicant, input.applicant.name),
      labelledLine(w.request, input.procedureName),
      labelledLine(w.address, input.applicant.address),
      labelledPair([w.phone, input.applicant.phone], [w.email, input.applicant.email]),
      paragraph(w.intro, { margin: [0, 6, 0, 4] }),
      itemTable(input.items),
      labelledLine(w.reason, input.reason),
      paragraph(fillWording(w.contact, { officer: input.contact.officerName, phone: input.contact.phone }), { margin: [0, 4, 0, 0] }),
      signatureRow(template.signatures, [input.officerName]),
    ],
    options,
  );
}

function itemTable(items: readonly SupplementItem[]): PdfContent {
  const head = (text: string, extra: object = {}) => ({ text, style: 'tableHead', verticalAlignment: 'middle' as const, ...extra });
  const count = (value: number) => ({ text: String(value), style: 'tableCell', alignment: 'center' as const });
  const rows = items.map((item, index) => [
    { text: String(index + 1), style: 'tableCell', alignment: 'center' as const },
    { text: item.note ? [item.name, { text: ` (${item.note})`, italics: true }] : item.name, style: 'tableCell' },
    count(item.originals),
    count(item.certifiedCopies),
    count(item.photocopies),
  ]);
  const body = rows.length > 0 ? rows : [[{ text: DOTTED_BLANK, colSpan: 5, style: 'tableCell' }, '', '', '', '']];
  return {
    table: {
      widths: [22, '*', 52, 64, 52],
      headerRows: 2,
      dontBreakRows: true,
      body: [
        [head(w.itemNumber, { rowSpan: 2 }), head(w.itemName, { rowSpan: 2 }), head(w.quantity, { colSpan: 3 }), '', ''],
        ['', '', head(w.originals), head(w.certifiedCopies), head(w.photocopies)],
        ...body,
      ],
    },
    layout: 'formGrid',
    margin: [0, 0, 0, 6],
  };
}
