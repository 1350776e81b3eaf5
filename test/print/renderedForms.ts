/** Each form rendered from the fixtures, once per test process, shared by the tests and the golden script. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  apologyForm,
  createPdfRenderer,
  ledgerForm,
  loadFormFonts,
  receiptForm,
  refusalForm,
  supplementRequestForm,
  type PdfDocument,
  type PrintOptions,
} from '../../main/print/forms';
import { apology, ledger, receipt, refusal, supplementRequest } from './formFixtures';

export const resourcesDir = fileURLToPath(new URL('../../resources', import.meta.url));
export const goldenDir = join(fileURLToPath(new URL('.', import.meta.url)), 'golden');

export const renderPdf = createPdfRenderer(loadFormFonts(resourcesDir));

/** The goldens: which document, and the file its first page is kept in. */
export const goldenForms: { file: string; document: (options?: PrintOptions) => PdfDocument }[] = [
  { file: 'form01-page1.png', document: (options) => receiptForm(receipt, options) },
  { file: 'form02.png', document: (options) => supplementRequestForm(supplementRequest, options) },
  { file: 'form03.png', document: (options) => refusalForm(refusal, options) },
  { file: 'form04.png', document: (options) => apologyForm(apology, options) },
  { file: 'form05-page1.png', document: (options) => ledgerForm(ledger(60), options) },
];
