/**
 * End to end, a dossier's life at a commune counter: a citizen takes a ticket, the
 * officer at counter 2 calls it and opens the intake form, the citizen's CCCD is
 * scanned by a keyboard-wedge scanner (a burst of keys ending with Enter, whatever
 * field has the focus), the procedure is found by typing without diacritics, the
 * papers are ticked, a scan is attached, and the receipt (Mẫu 01) comes out as a
 * PDF. Later the return desk finds the dossier by the citizen's name typed without
 * diacritics and hands the result back, and the citizen rates the visit once.
 * Then the other ways a dossier goes: missing papers asked for (Mẫu 02) and later
 * recorded, a refusal (Mẫu 03), and papers arriving from a document scanner's folder.
 *
 * Screenshots go to test/e2e/screenshots/intake-*.png, return-desk.png and
 * rating.png for review; the receipt's first page is rendered with pdftoppm.
 * The steps share one station and one browser and run in order.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedTicket } from '@contract';
import { requireChromium, launchChromium, openPage, saveScreenshot, screenshotDir, viewports, type WatchedPage } from './helpers/browser';
import { wedgeScan } from './helpers/keyboardWedge';
import { removeDataDir, seededDataDir, startStation, type RunningStation } from './helpers/station';

const officer = { username: 'ha.pt', fullName: 'Phạm Thu Hà', password: 'mat-khau-can-bo-3' };
const admin = { username: 'quantri', fullName: 'Đỗ Minh Quân', password: 'mat-khau-quan-tri-3' };
/** A synthetic card: 038 Thanh Hóa, 0 = man born in the 1900s, 90 = 1990. */
const cccd = '038090001234||Nguyễn Văn Đức|12051990|Nam|Thôn Đông, xã Đông Sơn, tỉnh Thanh Hóa|15042021';
const procedureName = 'Cấp giấy xác nhận tình trạng hôn nhân';
/** The smallest file the station takes for a PDF: it checks the magic bytes, not the layout. */
const tinyPdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

let browser: Browser;
let station: RunningStation;
let officerToken: string;
let ticket: IssuedTicket;
let counter: WatchedPage;
let dossierCode: string;
let dossierId: number;
const opened: WatchedPage[] = [];
const scratch = mkdtempSync(join(tmpdir(), 'motcua-e2e-intake-pdf-'));

async function signIn(page: Page, account: { username: string; password: string }): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(account.username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

const applicant = (page: Page, field: string) => page.locator(`[data-person="applicant"] [data-field="${field}"]`);

beforeAll(async () => {
  requireChromium();
  const { dataDir } = await seededDataDir('intake', [
    [officer, 'officer'],
    [admin, 'admin'],
  ]);
  station = await startStation(dataDir);
  officerToken = (await station.call('auth.login', { username: officer.username, password: officer.password })).token;
  browser = await launchChromium();
});

afterAll(async () => {
  for (const { context } of opened) await context.close().catch(() => undefined);
  await browser?.close();
  await station?.stop();
  if (station) removeDataDir(station.dataDir);
  rmSync(scratch, { recursive: true, force: true });
});

describe('a dossier from the counter to the citizen', () => {
  it('counter: the officer calls the kiosk’s ticket and opens the intake form for it', async () => {
    const civilStatus = (await station.call('catalogue.serviceAreas', {})).find((area) => area.name === 'Hộ tịch')!;
    ticket = await station.call('queue.issueTicket', { areaId: civilStatus.id, priority: null });

    counter = await openPage(browser, station.url, viewports.desk);
    opened.push(counter);
    const { page } = counter;
    await page.goto(`${station.url}/counter`);
    await page.waitForURL(/\/login\?next=%2Fcounter$/);
    await signIn(page, officer);
    await page.getByRole('button', { name: /Quầy 2/ }).click();
    await page.getByTestId('open-counter').getByRole('button', { name: 'Mở quầy' }).click();
    await page.getByRole('button', { name: /Gọi số tiếp theo/ }).click();
    await page.getByTestId('current-number').getByText(ticket.number).waitFor();

    await page.getByTestId('desk-intake').click();
    await page.waitForURL(/\/counter\/tiep-nhan$/);
    const form = page.getByTestId('intake-form');
    await form.waitFor();
    expect(await page.getByTestId('intake-ticket').textContent()).toContain(`Hồ sơ của số thứ tự ${ticket.number}`);

    // Saving an empty form says what is missing, in Vietnamese, next to the fields.
    await page.getByTestId('intake-save').click();
    await form.locator('[data-person="applicant"]').getByText('Vui lòng nhập thông tin này.').waitFor();
    await form.getByText('Hãy chọn thủ tục hành chính.').waitFor();
    expect(counter.problems).toEqual([]);
  }, 60_000);

  it('scanner: a CCCD scanned while another field has the focus fills the applicant, marked as verified', async () => {
    const { page } = counter;
    // The officer was about to type the phone number when the citizen handed over the card.
    await applicant(page, 'phone').click();
    await wedgeScan(page, cccd);

    await page.getByTestId('verified-applicant-fullName').waitFor();
    expect(await applicant(page, 'fullName').inputValue()).toBe('Nguyễn Văn Đức');
    expect(await applicant(page, 'idNumber').inputValue()).toBe('038090001234');
    expect(await applicant(page, 'dateOfBirth').inputValue()).toBe('12/05/1990');
    expect(await applicant(page, 'gender').inputValue()).toBe('male');
    expect(await applicant(page, 'address').inputValue()).toBe('Thôn Đông, xã Đông Sơn, tỉnh Thanh Hóa');
    // Not one key of the burst landed in the focused field, and Enter submitted nothing.
    expect(await applicant(page, 'phone').inputValue()).toBe('');
    expect(await page.getByTestId('intake-saved').count()).toBe(0);
    for (const field of ['idNumber', 'fullName', 'dateOfBirth', 'gender', 'address']) {
      expect(await page.getByTestId(`verified-applicant-${field}`).textContent()).toBe('đã xác thực từ CCCD');
    }
    expect(await page.getByTestId('verified-applicant-phone').count()).toBe(0);

    // A scan that is no CCCD gets a short note and leaves the typed text alone.
    await applicant(page, 'phone').pressSequentially('0912', { delay: 80 });
    await wedgeScan(page, '8934563138164');
    await page.getByTestId('scan-notice').getByText('Mã vừa quét không phải CCCD hay mã giấy tiếp nhận.').waitFor();
    expect(await applicant(page, 'phone').inputValue()).toBe('0912');
    // A keyboard-mode scanner that lost the Vietnamese letters is told to switch modes; nothing is filled.
    await wedgeScan(page, '038090001234||Nguy?n V?n ??c|12051990|Nam|Th?n ??ng, x? ??ng S?n|15042021');
    await page
      .getByTestId('scan-notice')
      .getByText('Máy quét đang ở chế độ bàn phím, không đọc được tiếng Việt — hãy chuyển sang chế độ HID-POS hoặc USB-serial')
      .waitFor();
    expect(await applicant(page, 'fullName').inputValue()).toBe('Nguyễn Văn Đức');
    expect(await applicant(page, 'phone').inputValue()).toBe('0912');
    await applicant(page, 'phone').pressSequentially(' 345 678', { delay: 80 });
    // Fixing the name after the refused save takes its complaint away at once.
    expect(await page.locator('[data-person="applicant"]').getByText('Vui lòng nhập thông tin này.').count()).toBe(0);
    await page.getByTestId('scan-notice').getByRole('button').click();
    expect(counter.problems).toEqual([]);
  }, 60_000);

  it('intake: the procedure found without diacritics, papers ticked, a PDF attached; saving gives the receipt', async () => {
    const { page } = counter;
    await page.getByTestId('procedure-search').fill('xac nhan tinh trang');
    await page.getByRole('option', { name: new RegExp(procedureName) }).click();
    expect(await page.getByTestId('procedure-chosen').textContent()).toContain(procedureName);

    const checklist = page.getByTestId('document-checklist');
    const rows = checklist.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await checklist.getByText('Bắt buộc').count()).toBeGreaterThan(0);
    for (const box of await rows.getByRole('checkbox').all()) await box.check();
    const paperCount = await rows.count();
    const firstPaper = (await rows.first().getAttribute('data-document')) ?? '';

    await page.getByTestId('file-input').setInputFiles({ name: 'to-khai-xac-nhan.pdf', mimeType: 'application/pdf', buffer: tinyPdf });
    const file = page.locator('[data-file="to-khai-xac-nhan.pdf"]');
    await file.and(page.locator('[data-state="stored"]')).waitFor();
    await file.getByRole('combobox').selectOption({ label: firstPaper });
    // A file that is not a PDF or an image is refused before it is sent, in Vietnamese.
    await page.getByTestId('file-input').setInputFiles({ name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('không phải giấy tờ') });
    await page.locator('[data-file="ghi-chu.txt"]').getByText('Chỉ nhận tệp PDF hoặc ảnh (JPEG, PNG).').waitFor();
    await page.locator('[data-file="ghi-chu.txt"]').getByRole('button', { name: /Bỏ tệp/ }).click();
    // Named like a PDF but not one inside: the station looks at the bytes and says so.
    await page.getByTestId('file-input').setInputFiles({ name: 'gia-mao.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>không phải PDF</html>') });
    const fake = page.locator('[data-file="gia-mao.pdf"]');
    await fake.and(page.locator('[data-state="failed"]')).waitFor();
    expect(await fake.getByRole('alert').textContent()).toContain('Nội dung tệp này không phải PDF hay ảnh.');
    await fake.getByRole('button', { name: /Bỏ tệp/ }).click();

    expect(await page.getByTestId('fees-total').textContent()).toMatch(/^[\d.]+ đ$/);
    const panel = page.locator('.counter-panel:not([hidden])');
    await panel.evaluate((element) => element.scrollTo(0, 0));
    await saveScreenshot(page, 'intake-form');
    await checklist.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'intake-form-papers');

    await page.getByTestId('intake-save').click();
    const saved = page.getByTestId('intake-saved');
    await saved.waitFor();
    dossierCode = (await page.getByTestId('saved-code').textContent()) ?? '';
    expect(dossierCode).toMatch(/^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{4}$/);
    const dossier = await station.call('dossier.byCode', { code: dossierCode }, officerToken);
    dossierId = dossier.id;
    expect(dossier).toMatchObject({ status: 2, procedure: { name: procedureName } });
    expect(dossier.applicant).toMatchObject({ fullName: 'Nguyễn Văn Đức', phone: '0912345678', verifiedFromCard: true });
    expect(dossier.attachments.map((attachment) => attachment.fileName)).toEqual(['to-khai-xac-nhan.pdf']);
    expect(dossier.documents.length).toBe(paperCount);

    // The receipt is shown from a blob: URL (the CSP allows such frames and nothing else).
    const frame = page.getByTestId('form-preview-frame');
    await frame.waitFor();
    expect(await frame.getAttribute('src')).toMatch(/^blob:/);
    await page.getByRole('button', { name: 'In', exact: true }).click();
    // No printer on this station: the PDF waits in the spool folder, and the officer is told where.
    expect(await page.getByTestId('print-result').textContent()).toContain('đã lưu tệp tại');
    // The browser's PDF viewer draws in its own process and tells the page nothing: give it a moment.
    await page.waitForTimeout(1_500);
    await saveScreenshot(page, 'intake-receipt-preview');
    expect(counter.problems).toEqual([]);
  }, 120_000);

  it('receipt: the PDF the station made has the code and two copies; page 1 is rendered for review', async () => {
    const form = await station.call('dossier.form', { dossierId, form: '01', reprint: false }, officerToken);
    const pdf = Buffer.from(form.base64, 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const file = join(scratch, form.fileName);
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(2);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(dossierCode);
    expect(text).toContain('Nguyễn Văn Đức');
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, join(screenshotDir, 'intake-receipt-page1')]);
  });

  it('return desk: a receipt’s QR opens its dossier; the citizen’s name typed without diacritics finds it; the result goes back', async () => {
    const { page } = counter;
    // The receipt's QR carries the dossier code: scanning it anywhere opens the return desk.
    await page.getByTestId('intake-new').click();
    await page.getByTestId('intake-form').waitFor();
    await wedgeScan(page, dossierCode);
    await page.waitForURL(/\/counter\/tra-ket-qua$/);
    await page.getByTestId('dossier-detail').and(page.locator(`[data-code="${dossierCode}"]`)).waitFor();

    await page.getByTestId('return-search').getByRole('searchbox').fill('nguyen van duc');
    await page.getByTestId('return-search').getByRole('button', { name: 'Tìm' }).click();
    const results = page.getByTestId('search-results');
    await results.locator(`[data-code="${dossierCode}"]`).waitFor();
    expect(await results.textContent()).toContain('Nguyễn Văn Đức');
    await results.locator(`[data-code="${dossierCode}"]`).click();

    const detail = page.getByTestId('dossier-detail');
    expect(await detail.getByTestId('dossier-status').first().textContent()).toBe('Được tiếp nhận');
    expect(await detail.getByTestId('dossier-history').locator('li').count()).toBe(1);
    await detail.getByRole('button', { name: 'Trả kết quả' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByLabel('Người nhận kết quả').inputValue()).toBe('Nguyễn Văn Đức');
    await dialog.getByRole('button', { name: 'Xác nhận đã trả' }).click();
    await dialog.waitFor({ state: 'detached' });
    await detail.getByTestId('action-done').waitFor();
    await detail.getByTestId('dossier-status').getByText('Đã trả kết quả').first().waitFor();
    expect(await detail.getByTestId('detail-collected-by').textContent()).toBe('Nguyễn Văn Đức');
    expect(await detail.getByTestId('dossier-history').locator('li').count()).toBe(2);
    // Nothing more can be done with a returned dossier; the list beside it follows.
    await detail.getByTestId('dossier-closed').waitFor();
    await results.locator(`[data-code="${dossierCode}"]`).getByText('Đã trả kết quả').waitFor();
    await page.getByTestId('scan-notice').getByRole('button').click();
    await saveScreenshot(page, 'return-desk');
    expect((await station.call('dossier.get', { id: dossierId }, officerToken)).status).toBe(10);
    expect(counter.problems).toEqual([]);
  }, 60_000);

  it('rating: the citizen rates the visit once; a second rating of the same dossier is refused kindly', async () => {
    const rate = async (options: { fakeClock?: boolean } = {}): Promise<WatchedPage> => {
      const tablet = await openPage(browser, station.url, viewports.kioskPortrait);
      opened.push(tablet);
      if (options.fakeClock) await tablet.page.clock.install();
      await tablet.page.goto(`${station.url}/danh-gia?ma=${encodeURIComponent(dossierCode)}`);
      const form = tablet.page.getByTestId('rating-form');
      await form.waitFor();
      expect(await form.textContent()).toContain(dossierCode);
      const levels = ['Rất hài lòng', 'Rất hài lòng', 'Hài lòng', 'Rất hài lòng', 'Rất hài lòng'];
      const criteria = form.locator('fieldset');
      expect(await criteria.count()).toBe(5);
      for (const [index, level] of levels.entries()) await criteria.nth(index).getByRole('button', { name: level, exact: true }).click();
      await form.getByRole('textbox').fill('Cán bộ hướng dẫn tận tình.');
      return tablet;
    };

    const first = await rate({ fakeClock: true });
    await saveScreenshot(first.page, 'rating');
    await first.page.getByTestId('rating-submit').click();
    await first.page.getByTestId('rating-thanks').getByText('Cảm ơn quý công dân!').waitFor();
    // The thanks give way to the start after 30 s without a touch.
    await first.page.clock.runFor(31_000);
    await first.page.getByTestId('rating-identify').waitFor();
    expect(first.page.url()).toBe(`${station.url}/danh-gia`);
    // Typed by hand, a code that is not a dossier code is caught before asking the station.
    await first.page.getByLabel('Mã hồ sơ hoặc mã phiếu').fill('12345');
    await first.page.getByRole('button', { name: 'Tiếp tục' }).click();
    await first.page.getByText('Mã chưa đúng. Vui lòng kiểm tra lại mã trên giấy tiếp nhận.').waitFor();
    await saveScreenshot(first.page, 'rating-start');

    const second = await rate();
    await second.page.getByTestId('rating-submit').click();
    await second.page.getByTestId('rating-already').getByText('Lượt phục vụ này đã được đánh giá').waitFor();
    expect(first.problems).toEqual([]);
    expect(second.problems).toEqual([]);
  }, 60_000);

  it('supplement: an incomplete dossier is saved with a request (Mẫu 02); the return desk records the missing papers', async () => {
    const { page } = counter;
    await page.locator('[data-tab="intake"]').click();
    const form = page.getByTestId('intake-form');
    await form.waitFor();
    await applicant(page, 'fullName').fill('Trần Thị Mai');
    await applicant(page, 'phone').fill('0987 654 321');
    await page.getByTestId('procedure-search').fill('chung thuc chu ky');
    await page.getByRole('option', { name: /Chứng thực chữ ký trong giấy tờ, văn bản/ }).click();
    const checklist = page.getByTestId('document-checklist');
    await checklist.getByRole('checkbox', { name: 'Giấy tờ tùy thân của người yêu cầu chứng thực' }).check();

    // The paper to be signed is missing: saving is refused with the reason, in Vietnamese.
    await page.getByTestId('intake-save').click();
    expect(await page.getByTestId('documents-problem').textContent()).toContain('Chưa nhận thành phần bắt buộc: Giấy tờ, văn bản cần chứng thực chữ ký');

    await page.getByRole('button', { name: 'Yêu cầu bổ sung' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByRole('textbox', { name: 'Tên giấy tờ' }).inputValue()).toBe('Giấy tờ, văn bản cần chứng thực chữ ký');
    await saveScreenshot(page, 'intake-supplement');
    await dialog.getByRole('button', { name: 'Lưu và in phiếu yêu cầu' }).click();
    await page.getByTestId('intake-saved').waitFor();
    await page.locator('[data-testid="form-preview"][data-form="02"]').getByTestId('form-preview-frame').waitFor();
    const code = (await page.getByTestId('saved-code').textContent()) ?? '';
    const saved = await station.call('dossier.byCode', { code }, officerToken);
    expect(saved.status).toBe(5);
    expect(saved.pausedAt).not.toBeNull();

    await page.locator('[data-tab="return"]').click();
    await page.getByTestId('return-search').getByRole('searchbox').fill('tran thi mai');
    await page.getByTestId('return-search').getByRole('button', { name: 'Tìm' }).click();
    const detail = page.getByTestId('dossier-detail').and(page.locator(`[data-code="${code}"]`));
    await detail.waitFor();
    expect(await detail.getByTestId('dossier-status').first().textContent()).toBe('Yêu cầu bổ sung giấy tờ');
    await detail.getByRole('button', { name: 'Ghi nhận bổ sung' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('Đã nộp văn bản cần chứng thực chữ ký');
    await page.getByRole('dialog').getByRole('button', { name: 'Ghi nhận bổ sung' }).click();
    await detail.getByTestId('dossier-status').getByText('Được tiếp nhận').first().waitFor();
    expect(await detail.getByTestId('dossier-history').locator('li').count()).toBe(3);
    await saveScreenshot(page, 'return-desk-supplement');
    // The request can be printed again, as can the receipt.
    expect(await detail.locator('[data-form]').evaluateAll((buttons) => buttons.map((button) => (button as HTMLElement).dataset.form))).toEqual(['01', '02']);
    expect((await station.call('dossier.get', { id: saved.id }, officerToken)).status).toBe(2);
    expect(counter.problems).toEqual([]);
  }, 60_000);

  it('refusal: a dossier the commune cannot take gets the refusal notice (Mẫu 03) with the reason', async () => {
    const { page } = counter;
    await page.locator('[data-tab="intake"]').click();
    if (await page.getByTestId('intake-new').isVisible()) await page.getByTestId('intake-new').click();
    await page.getByTestId('intake-form').waitFor();
    await applicant(page, 'fullName').fill('Lê Văn Tùng');
    await page.getByTestId('procedure-search').fill('giay phep xay dung');
    await page.getByRole('option', { name: /Cấp giấy phép xây dựng nhà ở riêng lẻ/ }).click();
    await page.getByRole('button', { name: 'Từ chối tiếp nhận' }).click();
    const dialog = page.getByRole('dialog');
    // No reason, no refusal.
    await dialog.getByRole('button', { name: 'Từ chối và in phiếu' }).click();
    await dialog.getByText('Vui lòng nhập thông tin này.').waitFor();
    await dialog.getByLabel('Lý do từ chối').fill('Công trình thuộc khu vực đã có quy hoạch phân khu; thẩm quyền cấp phép thuộc cấp tỉnh.');
    await dialog.getByRole('button', { name: 'Từ chối và in phiếu' }).click();
    await page.getByTestId('intake-saved').getByText('Đã từ chối tiếp nhận hồ sơ').waitFor();
    await page.locator('[data-testid="form-preview"][data-form="03"]').getByTestId('form-preview-frame').waitFor();
    const code = (await page.getByTestId('saved-code').textContent()) ?? '';
    const refused = await station.call('dossier.byCode', { code }, officerToken);
    expect(refused.status).toBe(3);
    expect(refused.events[0]?.note).toContain('thẩm quyền cấp phép thuộc cấp tỉnh');
    expect(counter.problems).toEqual([]);
  }, 60_000);

  it('scan folder: a document scanner’s PDF joins the intake form; a file that is no PDF is refused with the reason', async () => {
    const { page } = counter;
    const adminToken = (await station.call('auth.login', { username: admin.username, password: admin.password })).token;
    const folder = join(scratch, 'may-quet-quay-2');
    mkdirSync(folder, { recursive: true });
    const counterTwo = (await station.call('catalogue.counters', {}, officerToken)).find((candidate) => candidate.number === 2)!;
    const { config } = await station.call('devices.status', {}, adminToken);
    await station.call('devices.configure', { ...config, scanFolder: { path: folder, counterId: counterTwo.id } }, adminToken);

    await page.locator('[data-tab="desk"]').click();
    writeFileSync(join(folder, 'giay-to-quet.pdf'), tinyPdf);
    // The station takes a file once it stops growing, then the counter's form has it.
    await page.waitForURL(/\/counter\/tiep-nhan$/, { timeout: 20_000 });
    await page.locator('[data-file="giay-to-quet.pdf"][data-state="stored"]').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('scan-notice').textContent()).toContain('Đã nhận tệp quét giay-to-quet.pdf');

    writeFileSync(join(folder, 'khong-phai-pdf.pdf'), Buffer.from('<html>trang web</html>'));
    await page.getByTestId('scan-notice').getByText(/Tệp quét khong-phai-pdf.pdf không được nhận/).waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-file="khong-phai-pdf.pdf"]').count()).toBe(0);
    expect(counter.problems).toEqual([]);
  }, 60_000);
});
