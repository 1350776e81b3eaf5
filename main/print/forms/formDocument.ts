/**
 * Turns a form's content into a whole document: A4 in the template's
 * orientation, the shared styles, the reprint mark when asked for, and every
 * string composed to Unicode NFC. Some keyboards and scanners send decomposed
 * Vietnamese (a letter followed by combining marks); composed, each letter is
 * one glyph of the font, so the marks sit where the type designer put them.
 */
import { defaultStyle, formStyles, pageMargins } from './formPage';
import type { PrintOptions } from './formInput';
import { reprintMarks } from './formParts';
import type { FormTemplate } from './formTemplates';
import type { PdfContent, PdfDocument } from './pdfDocument';

export function formDocument(
  template: FormTemplate<Record<string, string>>,
  content: PdfContent[],
  options: PrintOptions,
): PdfDocument {
  const orientation = template.orientation;
  const document: PdfDocument = {
    pageSize: 'A4',
    pageOrientation: orientation,
    pageMargins: pageMargins[orientation],
    info: { title: `Mẫu ${template.number}. ${template.title}`, creator: 'Một Cửa', producer: 'Một Cửa (pdfmake)' },
    ...(options.reprintedAt ? reprintMarks(options.reprintedAt, orientation) : {}),
    content,
    styles: formStyles,
    defaultStyle,
  };
  return composedStrings(document);
}

/** A copy of plain data with every string in NFC. */
function composedStrings<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item: unknown) => composedStrings(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, composedStrings(item)])) as T;
  }
  return value;
}
