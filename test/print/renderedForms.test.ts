/**
 * The forms as PDF files, read back the way a person reads them: page counts,
 * the text with its diacritics (pdftotext), the reprint mark, and page 1 of
 * each form against its golden image (pdftoppm, 80 dpi).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  apologyForm,
  createPdfRenderer,
  ledgerForm,
  loadFormFonts,
  receiptForm,
  refusalForm,
  type PdfDocument,
} from '../../main/print/forms';
import { apology, dossierCode, ledger, receipt, refusal, reprintedAt } from './formFixtures';
import { pagePng, pdfPageCount, pdfPageText, pdfText } from './pdfTools';
import { decodePngToGrey, differingShare } from './pngPixels';
import { goldenDir, goldenForms, renderPdf, resourcesDir } from './renderedForms';
import { toolForTests } from '../setup/prerequisites';

/** npm test installs poppler-utils; without it CI fails here, and a developer machine skips what reads the PDFs back and says why. */
const { missing: noPoppler, note: needsPoppler } = toolForTests('poppler');
/** Squeezes pdftotext's line breaks and spacing, so a sentence can be looked for whole. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

function expectPdf(pdf: Buffer): void {
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
}

describe('every form renders to a PDF of the right length', () => {
  it.each([
    ['form01-page1.png', 2],
    ['form02.png', 1],
    ['form03.png', 1],
    ['form04.png', 1],
  ])('%s comes from a document of %i page(s)', async (file, pages) => {
    const pdf = await renderPdf(goldenForms.find((form) => form.file === file)!.document());
    expectPdf(pdf);
    expect(pdfPageCount(pdf)).toBe(pages);
  });

  it('the ledger of 60 dossiers runs over several landscape pages', async () => {
    const pdf = await renderPdf(ledgerForm(ledger(60)));
    expectPdf(pdf);
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(3);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.89\d* 595\.2\d*\]/);
  });
});

describe.skipIf(noPoppler)(`the printed text, read back with pdftotext${needsPoppler}`, () => {
  it('Mẫu 01 says what it is, with every diacritic, on both copies', async () => {
    const pdf = await renderPdf(receiptForm(receipt));
    for (const page of [1, 2]) {
      const text = flat(pdfPageText(pdf, page));
      expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
      expect(text).toContain(`Mã hồ sơ: ${dossierCode}`);
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(text).toContain('Ba Đình, ngày 23 tháng 11 năm 2026');
      expect(text).toContain('BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ');
      expect(text).toContain('Ông/Bà: Nguyễn Thị Hương');
      expect(text).toContain('Nội dung yêu cầu giải quyết: Cấp giấy xác nhận tình trạng hôn nhân');
      expect(text).toContain('3. Thời gian giải quyết hồ sơ theo quy định là: 03 ngày làm việc');
      expect(text).toContain('4. Thời gian nhận hồ sơ: 09 giờ 05 phút, ngày 23 tháng 11 năm 2026');
      expect(text).toContain('5. Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 26 tháng 11 năm 2026');
      expect(text).toContain('Tổng cộng: 31.000 đ');
      expect(text).toContain('Vào Sổ theo dõi hồ sơ, Quyển số: 01/2026, Số thứ tự: 1');
      expect(text).toContain('NGƯỜI NỘP HỒ SƠ');
      expect(text).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
      expect(text).toContain('Trần Văn Bình');
    }
    expect(flat(pdfPageText(pdf, 1))).toContain('LIÊN 1 – LƯU');
    expect(flat(pdfPageText(pdf, 2))).toContain('LIÊN 2 – GIAO NGƯỜI NỘP');
  });

  it('a receipt too long for one page still starts Liên 2 on a fresh page', async () => {
    const documents = Array.from({ length: 14 }, (_, i) => ({ name: `Giấy tờ kèm theo số ${i + 1}`, originals: 1, copies: 0 }));
    const pdf = await renderPdf(receiptForm({ ...receipt, documents }));
    expect(pdfPageCount(pdf)).toBe(4);
    expect(flat(pdfPageText(pdf, 1))).toContain('LIÊN 1 – LƯU');
    expect(flat(pdfPageText(pdf, 3))).toContain('LIÊN 2 – GIAO NGƯỜI NỘP');
    expect(flat(pdfPageText(pdf, 4))).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
  });

  it('Mẫu 03 gives the reasons for refusing', async () => {
    const text = flat(pdfText(await renderPdf(refusalForm(refusal))));
    expect(text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:');
    expect(text).toContain('1. Bất động sản không thuộc địa bàn phường Ba Đình');
  });

  it('Mẫu 04 apologises and gives the new date, signed by the head of the agency', async () => {
    const text = flat(pdfText(await renderPdf(apologyForm(apology))));
    expect(text).toContain('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
    expect(text).toContain('Kính gửi: Ông/Bà Nguyễn Thị Hương.');
    expect(text).toContain(`Ngày 23 tháng 11 năm 2026, Ủy ban nhân dân phường Ba Đình tiếp nhận giải quyết hồ sơ của Ông/Bà, mã hồ sơ: ${dossierCode}.`);
    expect(text).toContain('16 giờ 00 phút, ngày 02 tháng 12 năm 2026');
    expect(text).toContain('CHỦ TỊCH');
    expect(text).toContain('ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH');
  });

  it('the ledger repeats its column heads on every page and lists each dossier once', async () => {
    const pdf = await renderPdf(ledgerForm(ledger(60)));
    const pages = pdfPageCount(pdf);
    for (let page = 1; page <= pages; page++) {
      const text = flat(pdfPageText(pdf, page));
      expect(text).toContain('Tên thủ tục hành chính');
      expect(text).toContain('Cơ quan chủ trì giải quyết');
      expect(text).toContain('(13)');
    }
    const all = flat(pdfText(pdf));
    expect(all).toContain('SỔ THEO DÕI HỒ SƠ');
    for (let n = 1; n <= 60; n++) {
      expect(all.split(`261123-${String(n).padStart(4, '0')}`)).toHaveLength(2);
    }
  });

  it('shows the reprint mark on every page when reprinted, and never otherwise', async () => {
    const mark = 'Bản in lại – in lúc 08:30 ngày 24/11/2026';
    for (const form of goldenForms) {
      const original = flat(pdfText(await renderPdf(form.document())));
      expect(original).not.toContain('Bản in lại');
      expect(original).not.toContain('BẢN IN LẠI');
      const reprint = await renderPdf(form.document({ reprintedAt }));
      for (let page = 1; page <= pdfPageCount(reprint); page++) {
        expect(flat(pdfPageText(reprint, page))).toContain(mark);
      }
    }
  });
});

describe.skipIf(noPoppler)(`page 1 of each form against its golden image${needsPoppler}`, () => {
  it.each(goldenForms.map((form) => [form.file, form] as const))('%s still looks the same', async (file, form) => {
    const rendered = decodePngToGrey(pagePng(await renderPdf(form.document()), 1));
    const golden = decodePngToGrey(readFileSync(join(goldenDir, file)));
    // Poppler versions anti-alias a little differently; a moved line or block changes far more than 1%.
    expect(differingShare(rendered, golden)).toBeLessThan(0.01);
  });
});

describe('parsed font faces shared between documents', () => {
  it.skipIf(noPoppler)(`change nothing on the page: the first and a later rendering look identical${needsPoppler}`, async () => {
    const render = createPdfRenderer(loadFormFonts(resourcesDir));
    const first = pagePng(await render(apologyForm(apology)), 1);
    await render(receiptForm(receipt));
    const later = pagePng(await render(apologyForm(apology)), 1);
    expect(later.equals(first)).toBe(true);
  });

  it.skipIf(noPoppler)(`keep the text of a plain letter after a document that only had it under an accent${needsPoppler}`, async () => {
    // Subsetting "Ế" makes a glyph for its "E" part that belongs to no character;
    // a later "E" must still read back as E (copy, search, screen readers).
    const render = createPdfRenderer(loadFormFonts(resourcesDir));
    const page = (text: string): PdfDocument => ({
      pageSize: 'A4',
      pageOrientation: 'portrait',
      pageMargins: [40, 40, 40, 40],
      content: [{ text, bold: true }],
      defaultStyle: { font: 'Roboto' },
    });
    await render(page('KẾT QUẢ'));
    expect(flat(pdfText(await render(page('SỔ THEO DÕI'))))).toContain('SỔ THEO DÕI');
  });

  it('serve documents rendered at the same time', async () => {
    const names = ['Đặng Thị Ánh', 'Hồ Văn Ức', 'Lương Thị Yến', 'Bùi Quốc Khánh'];
    const pdfs = await Promise.all(
      names.map((name) => renderPdf(receiptForm({ ...receipt, applicant: { ...receipt.applicant, name } }))),
    );
    pdfs.forEach(expectPdf);
    if (!noPoppler) pdfs.forEach((pdf, index) => expect(flat(pdfText(pdf))).toContain(`Ông/Bà: ${names[index]}`));
  });
});
