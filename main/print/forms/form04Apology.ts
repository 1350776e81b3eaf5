/**
 * Mẫu 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả: the agency apologises for
 * a late result, says why, and sets a new date. Signed by the agency's head, so
 * the header names the agency (under its parent authority), not the desk.
 */
import { formDocument } from './formDocument';
import type { IssuingOffice, PrintOptions } from './formInput';
import { formTitle, labelledLine, paragraph, sentenceRuns, signatureRow, stateHeader } from './formParts';
import { apologyTemplate as template, fillWording } from './formTemplates';
import type { PdfDocument } from './pdfDocument';
import { datePartsOf, hourMinuteDatePhrase, placeAndDateLine } from './vietnameseDates';

export interface ApologyInput {
  office: IssuingOffice;
  issuedAt: Date;
  applicantName: string;
  dossierCode: string;
  procedureName: string;
  receivedAt: Date;
  originalDueAt: Date;
  reason: string;
  newDueAt: Date;
  /** The signer's title as it heads the signature ("CHỦ TỊCH", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"); null prints the form's generic one. */
  signer: { title: string | null; name: string };
}

const w = template.wording;
const indent = { leadingIndent: 28 };

export function apologyForm(input: ApologyInput, options: PrintOptions = {}): PdfDocument {
  const agency = input.office.agencyName;
  const slot = template.signatures[0];
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
      { text: [`${w.addressee} `, { text: input.applicantName, bold: true }, '.'], alignment: 'center', margin: [0, 6, 0, 8] },
      paragraph(
        sentenceRuns(w.received, { ...datePartsOf(input.receivedAt), agency, code: { text: input.dossierCode, bold: true } }),
        indent,
      ),
      { ...labelledLine(w.request, input.procedureName), ...indent },
      paragraph([`${w.originalDue} `, { text: hourMinuteDatePhrase(input.originalDueAt), bold: true }, '.'], indent),
      paragraph(fillWording(w.late, { agency }), indent),
      { ...labelledLine(w.reason, input.reason), ...indent },
      paragraph(fillWording(w.apology, { agency }), indent),
      paragraph([`${fillWording(w.newDue, { agency })} `, { text: hourMinuteDatePhrase(input.newDueAt), bold: true }, '.'], indent),
      paragraph(w.thanks, indent),
      signatureRow([{ role: input.signer.title ?? slot.role, hint: slot.hint }], [input.signer.name]),
    ],
    options,
  );
}
