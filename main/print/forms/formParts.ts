/**
 * The small pieces every administrative paper is made of: the two-column state
 * header, the title, labelled lines, the signature row and the reprint mark.
 * Each returns plain pdfmake content.
 */
import { contentWidth, pageMargins, pageWidth, type Orientation } from './formPage';
import type { IssuingOffice } from './formInput';
import type { FormTemplate, SignatureSlot } from './formTemplates';
import type { InlineText, PdfContent, PdfDocument, TextNode } from './pdfDocument';
import { clockTime, numericDate } from './vietnameseDates';

/** What a blank looks like when a value is unknown: room to fill it in by pen. */
export const DOTTED_BLANK = '……………………………';

const upper = (text: string) => text.toLocaleUpperCase('vi');

/**
 * The header of every Vietnamese administrative paper: the issuing office on
 * the left with a short rule under it, the national name and the underlined
 * motto on the right, then the place and date line in italics.
 */
export function stateHeader(options: {
  office: IssuingOffice;
  issuer: FormTemplate<Record<string, string>>['issuer'];
  orientation: Orientation;
  /** "Ba Đình, ngày 23 tháng 11 năm 2026"; null for papers without one (the ledger). */
  dateLine: string | null;
}): PdfContent {
  const { office, issuer, orientation, dateLine } = options;
  const width = contentWidth(orientation);
  const leftWidth = Math.round(width * (orientation === 'portrait' ? 0.43 : 0.4));
  const rightWidth = width - leftWidth;
  const [upperLine, mainLine] =
    issuer === 'desk' ? [office.agencyName, office.deskName] : [office.parentName, office.agencyName];
  // Decree 30/2020: the rule under the office's name is a third to a half of its length, centred.
  const rule = Math.min(90, leftWidth / 3);
  const left: PdfContent = {
    width: leftWidth,
    stack: [
      ...(upperLine ? [{ text: upper(upperLine), style: 'headerLine' }] : []),
      { text: upper(mainLine), style: 'headerLine', bold: true },
      { canvas: [{ type: 'line', x1: (leftWidth - rule) / 2, y1: 3, x2: (leftWidth + rule) / 2, y2: 3, lineWidth: 0.6 }] },
    ],
  };
  const right: PdfContent = {
    width: rightWidth,
    stack: [
      { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: 'headerLine', bold: true },
      { text: 'Độc lập - Tự do - Hạnh phúc', style: 'headerLine', bold: true, fontSize: 11, decoration: 'underline' },
      ...(dateLine ? [{ text: dateLine, italics: true, alignment: 'center' as const, margin: [0, 10, 0, 0] as [number, number, number, number] }] : []),
    ],
  };
  return { columns: [left, right], columnGap: 0 };
}

export function formTitle(title: string): TextNode {
  return { text: title, style: 'title' };
}

/** "Label: value", the value in bold; a missing value becomes a dotted blank. */
export function labelledLine(label: string, value: string | null, extra: InlineText[] = []): TextNode {
  return { text: [`${label}: `, labelledValue(value), ...extra], style: 'body' };
}

export function labelledValue(value: string | null): InlineText {
  return value === null || value.trim() === '' ? DOTTED_BLANK : { text: value, bold: true };
}

/** Two values side by side ("Số điện thoại: …   Email: …"), as the paper forms set them. */
export function labelledPair(first: [string, string | null], second: [string, string | null]): PdfContent {
  return {
    columns: [
      { width: '*', text: [`${first[0]}: `, labelledValue(first[1])] },
      { width: '*', text: [`${second[0]}: `, labelledValue(second[1])] },
    ],
    columnGap: 12,
    style: 'body',
  };
}

export function paragraph(text: string | InlineText[], extra: Partial<TextNode> = {}): TextNode {
  return { text, style: 'body', ...extra };
}

/**
 * The signature row: one column per slot, each with the role in bold, the hint
 * in italics, room to sign and the printed name (or nothing, to write by hand).
 * A single slot sits on the right half, where the signer's block belongs.
 */
export function signatureRow(slots: readonly SignatureSlot[], names: readonly (string | null)[]): PdfContent {
  const blocks: PdfContent[] = slots.map((slot, index) => ({
    width: '*',
    stack: [
      { text: slot.role, style: 'signatureRole' },
      { text: slot.hint, style: 'hint' },
      { text: names[index] ?? ' ', style: 'signatureName', margin: [0, 52, 0, 0] },
    ],
  }));
  const columns = blocks.length === 1 ? [{ width: '*', text: '' } as PdfContent, ...blocks] : blocks;
  return { stack: [{ columns, columnGap: 12 }], margin: [0, 10, 0, 0], unbreakable: true };
}

/** "Bản in lại – in lúc 09:05 ngày 24/11/2026" */
export function reprintMarkText(reprintedAt: Date): string {
  return `Bản in lại – in lúc ${clockTime(reprintedAt)} ngày ${numericDate(reprintedAt)}`;
}

/**
 * The reprint mark: a line in the top margin of every page and a faint
 * diagonal "BẢN IN LẠI" behind the text, faint enough to keep it readable.
 */
export function reprintMarks(reprintedAt: Date, orientation: Orientation): Pick<PdfDocument, 'header' | 'watermark'> {
  const [left, top, right] = pageMargins[orientation];
  return {
    header: { text: reprintMarkText(reprintedAt), style: 'reprintLine', margin: [left, top / 2 - 4, right, 0] },
    watermark: { text: 'BẢN IN LẠI', color: '#000000', opacity: 0.07, bold: true, fontSize: 72, angle: -30 },
  };
}

/** The x position that puts a box of `width` flush with the right margin. */
export function rightAlignedX(orientation: Orientation, width: number): number {
  return pageWidth(orientation) - pageMargins[orientation][2] - width;
}

/** Counts as the forms write them, two digits at least: "01", "12". */
export function paddedCount(count: number): string {
  return String(count).padStart(2, '0');
}

/**
 * A template sentence as text runs, each `{name}` replaced by its run: lets a
 * value inside a fixed sentence be bold ("…, mã hồ sơ: **000.…-0001**.").
 */
export function sentenceRuns(sentence: string, values: Record<string, InlineText>): InlineText[] {
  return sentence
    .split(/(\{\w+\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return name !== undefined && name in values ? values[name]! : part;
    });
}
