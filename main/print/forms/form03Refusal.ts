/**
 * Mẫu 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ: the desk refuses a
 * dossier and says exactly why; both sides sign.
 */
import { formDocument } from './formDocument';
import type { Applicant, IssuingOffice, PrintOptions } from './formInput';
import { formTitle, labelledLine, labelledPair, paragraph, signatureRow, stateHeader } from './formParts';
import { fillWording, refusalTemplate as template } from './formTemplates';
import type { PdfDocument } from './pdfDocument';
import { placeAndDateLine } from './vietnameseDates';

export interface RefusalInput {
  office: IssuingOffice;
  issuedAt: Date;
  applicant: Applicant;
  procedureName: string;
  /** One or more specific reasons, printed as a numbered list. */
  reasons: string[];
  /** The officer who refused the dossier, printed under their signature. */
  officerName: string;
}

const w = template.wording;

export function refusalForm(input: RefusalInput, options: PrintOptions = {}): PdfDocument {
  const desk = input.office.deskName;
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
      paragraph(fillWording(w.intro, { desk }), { margin: [0, 10, 0, 2] }),
      labelledLine(w.applicant, input.applicant.name),
      labelledLine(w.address, input.applicant.address),
      labelledPair([w.phone, input.applicant.phone], [w.email, input.applicant.email]),
      labelledLine(w.request, input.procedureName),
      paragraph(fillWording(w.decision, { desk }), { margin: [0, 6, 0, 2] }),
      ...input.reasons.map((reason, index) =>
        paragraph(input.reasons.length > 1 ? `${index + 1}. ${reason}` : reason, { bold: true, margin: [14, 1, 0, 1] }),
      ),
      paragraph(w.closing, { margin: [0, 6, 0, 0] }),
      signatureRow(template.signatures, [null, input.officerName]),
    ],
    options,
  );
}
