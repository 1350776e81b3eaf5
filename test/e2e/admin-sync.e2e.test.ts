/**
 * End to end, the administrator's operations tabs against a real headless station
 * and the reference provincial server (in this process, so the test can cut its
 * line and play its officers):
 * - Đồng bộ: not configured → wrong secret refused → connected; a dossier received
 *   while the province is offline waits, with the reason in Vietnamese, and goes
 *   with "Đồng bộ ngay"; a 503 shows as an error; a drifting clock is warned about; a withdrawal the province refuses
 *   (it had meanwhile processed the dossier) is held back, sent again, then skipped
 *   with a reason, and the province's conflicting decision is listed as not applied.
 * - Thiết bị: an OS print queue that does not exist fails the test print honestly
 *   (no CUPS on this machine) and the device alert shows across the tabs; a
 *   document scanner's folder is saved for a counter and shown back.
 * - Đánh giá: a citizen's rating shows in today's figures.
 * Screenshots: test/e2e/screenshots/admin-{sync,sync-offline,sync-parked,devices,devices-settings,ratings}.png.
 *
 * The steps share one station, one province and one admin page, and run in order.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier, Procedure } from '@contract';
import { startProvincialServer, type ProvincialServer } from '../provincial/server';
import { applicants, intakeFor } from '../helpers/dossierFixtures';
import { requireChromium, launchChromium, openPage, saveScreenshot, viewports, type WatchedPage } from './helpers/browser';
import { removeDataDir, seededDataDir, startStation, tempDataDir, type RunningStation } from './helpers/station';

const admin = { username: 'quantri', fullName: 'Phạm Văn Hòa', password: 'mat-khau-quan-tri-3' };
const officer = { username: 'thu.lt', fullName: 'Lê Thị Thu', password: 'mat-khau-can-bo-3' };
const site = { id: '000.31.38.H56', secret: 'bi-mat-dong-bo-cua-tram' };

let browser: Browser;
let station: RunningStation;
let province: ProvincialServer;
let provinceDir: string;
/** A real folder for the document scanner setting (the station watches it once saved). */
let scanDir: string;
let watched: WatchedPage;
let page: Page;
let officerToken: string;
let dossier: Dossier;

async function signIn(account: { username: string; password: string }): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(account.username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

const health = () => page.getByTestId('sync-health');
const pending = () => page.getByTestId('sync-pending');
const syncNow = () => page.getByRole('button', { name: 'Đồng bộ ngay' });

/** Waits until the sync tab shows this state (it follows the station's pushed status). */
async function healthIs(text: string, timeout = 15_000): Promise<void> {
  await expect.poll(() => health().textContent(), { timeout }).toBe(text);
}

beforeAll(async () => {
  requireChromium();
  const { dataDir } = await seededDataDir('admin-sync', [
    [admin, 'admin'],
    [officer, 'officer'],
  ]);
  provinceDir = tempDataDir('province');
  scanDir = tempDataDir('scan-folder');
  province = await startProvincialServer({ dataDir: provinceDir, sites: [site] });
  station = await startStation(dataDir);
  officerToken = (await station.call('auth.login', { username: officer.username, password: officer.password })).token;
  browser = await launchChromium();
  watched = await openPage(browser, station.url, viewports.desk);
  page = watched.page;
});

afterAll(async () => {
  await watched?.context.close();
  await browser?.close();
  await station?.stop();
  await province?.close();
  if (station) removeDataDir(station.dataDir);
  if (provinceDir) removeDataDir(provinceDir);
  if (scanDir) removeDataDir(scanDir);
});

describe('admin: sync with the province', () => {
  it('shows the sync as not configured, refuses a wrong secret, then connects', async () => {
    await page.goto(`${station.url}/admin`);
    await page.waitForURL(/\/login\?next=%2Fadmin$/);
    await signIn(admin);
    await page.waitForURL(/\/admin$/);
    await page.getByRole('tab', { name: 'Đồng bộ' }).click();
    await page.waitForURL(/\/admin\?tab=sync$/);

    await healthIs('Chưa cấu hình đồng bộ');
    expect(await page.getByTestId('sync-state').getAttribute('data-health')).toBe('not_configured');
    // The demo data written before any sync is kept on the station, waiting.
    expect(await pending().textContent()).toMatch(/^[1-9]\d* sự kiện$/);
    expect(await syncNow().count()).toBe(0);

    // The call to action takes the admin to the first field of the settings.
    await page.getByRole('button', { name: 'Cấu hình kết nối' }).click();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('baseUrl');

    const form = page.getByTestId('sync-config');
    await form.getByRole('button', { name: 'Lưu và kết nối' }).click();
    expect(await form.getByText('Vui lòng nhập thông tin này.').count()).toBe(3);

    await form.getByLabel('Địa chỉ máy chủ', { exact: true }).fill(province.url);
    await form.getByLabel('Mã trạm', { exact: true }).fill(site.id);
    await form.getByLabel('Mật khẩu đồng bộ', { exact: true }).fill('mat-khau-sai-roi');
    await form.getByRole('button', { name: 'Lưu và kết nối' }).click();
    await healthIs('Đồng bộ bị lỗi');
    expect(await page.getByTestId('sync-error').textContent()).toContain('Hệ thống cấp tỉnh từ chối thông tin đăng nhập của trạm.');
    // The secret is not kept in the page once the station holds it.
    expect(await form.getByLabel('Mật khẩu đồng bộ', { exact: true }).inputValue()).toBe('');

    await form.getByLabel('Mật khẩu đồng bộ', { exact: true }).fill(site.secret);
    await form.getByRole('button', { name: 'Lưu và kết nối' }).click();
    await form.getByText(/^Đã lưu cấu hình đồng bộ lúc \d{2}:\d{2}\.$/).waitFor();
    await healthIs('Trực tuyến');
    await expect.poll(() => pending().textContent()).toBe('0 sự kiện');
    expect(await page.getByTestId('sync-error').count()).toBe(0);
    expect(await page.getByTestId('sync-last-success').textContent()).toMatch(/^bây giờ|giây trước/);
    expect(province.stats().eventsAccepted).toBeGreaterThan(0);

    // The province's CA may be pinned; what is pasted must be a PEM certificate.
    const caField = form.getByLabel(/Chứng chỉ CA của tỉnh \(PEM\)/);
    await form.getByLabel('Mật khẩu đồng bộ', { exact: true }).fill(site.secret);
    await caField.fill('không phải chứng chỉ');
    await form.getByRole('button', { name: 'Lưu và kết nối' }).click();
    await form.getByText('Chứng chỉ phải ở dạng PEM').waitFor();
    expect(await caField.getAttribute('aria-invalid')).toBe('true');
    expect((await station.call('sync.status', {}, (await station.call('auth.login', { username: admin.username, password: admin.password })).token)).settings?.caPinned).toBe(false);
    await caField.fill('');
    await form.getByLabel('Mật khẩu đồng bộ', { exact: true }).fill('');
  }, 60_000);

  it('keeps a dossier received while the province is offline, says why, and sends it with "Đồng bộ ngay"', async () => {
    province.control.set({ offline: true });
    const found = await station.call('catalogue.procedures', { query: 'Đăng ký khai sinh' }, officerToken);
    const procedure = found.find((candidate: Procedure) => candidate.name === 'Đăng ký khai sinh');
    if (!procedure) throw new Error('The demo catalogue has no "Đăng ký khai sinh"');
    dossier = (await station.call('dossier.receive', intakeFor(procedure, applicants.duc), officerToken)).dossier;

    // The station tried at once (new outbox rows wake the sync) and failed.
    await healthIs('Mất kết nối');
    await expect.poll(() => pending().textContent()).toMatch(/^[1-9]\d* sự kiện$/);
    const error = page.getByTestId('sync-error');
    expect(await error.textContent()).toContain('Không kết nối được hệ thống một cửa cấp tỉnh. Dữ liệu vẫn được lưu và sẽ tự đồng bộ khi có mạng.');
    expect(await page.getByTestId('backlog-chart').locator('g[data-pending]:not([data-pending="0"])').count()).toBeGreaterThan(0);

    await syncNow().click();
    await page.getByTestId('sync-outcome').getByText(/không thành công/).waitFor();
    await healthIs('Mất kết nối');
    // The English detail is there for support, folded away.
    const details = error.locator('details');
    expect(await details.locator('code').isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await details.locator('code').textContent()).toMatch(/^SYNC_UNREACHABLE: /);
    // Vietnam time on a browser that runs in Paris.
    expect(await page.locator('.moment-absolute').first().textContent()).toMatch(/^\d{2}:\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'admin-sync-offline');

    province.control.set({ offline: false });
    await syncNow().click();
    await page.getByTestId('sync-outcome').getByText(/^Đồng bộ xong lúc \d{2}:\d{2}:\d{2}\. Còn 0 sự kiện chờ gửi\.$/).waitFor();
    await healthIs('Trực tuyến');
    expect(await pending().textContent()).toBe('0 sự kiện');
    expect(await page.getByTestId('sync-error').count()).toBe(0);
    expect(province.store.dossiers.count()).toBe(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'admin-sync');
  }, 60_000);

  it('shows a server error (503) as an error state and recovers on the next run', async () => {
    province.control.set({ status5xx: { code: 503, count: 1 } });
    await syncNow().click();
    await page.getByTestId('sync-outcome').getByText(/không thành công/).waitFor();
    const detail = page.getByTestId('sync-error').locator('code');
    expect(await detail.textContent()).toContain('HTTP 503');
    // The province answered, with an error: it is failing, not out of reach.
    expect(await page.getByTestId('sync-state').getAttribute('data-health')).toBe('failing');
    expect(await page.getByTestId('sync-error').textContent()).toContain('đang gặp sự cố');

    await syncNow().click();
    await page.getByTestId('sync-outcome').getByText(/^Đồng bộ xong/).waitFor();
    await healthIs('Trực tuyến');
  }, 60_000);

  it('warns when the station clock drifts from the province, and stops warning once it agrees', async () => {
    province.control.set({ clockOffsetMs: 10 * 60_000 });
    await syncNow().click();
    const warning = page.getByTestId('clock-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('Đồng hồ máy trạm chậm hơn hệ thống cấp tỉnh khoảng 10 phút.');

    province.control.set({ clockOffsetMs: 0 });
    await syncNow().click();
    await warning.waitFor({ state: 'detached' });
  }, 30_000);

  it('holds back a withdrawal the province refuses, sends it again on request, and skips it with a reason', async () => {
    // While the line is down the citizen withdraws at the counter, and a provincial
    // officer marks the same dossier processed: the two decisions conflict.
    province.control.set({ offline: true });
    await station.call('dossier.withdraw', { dossierId: dossier.id, reason: 'Công dân xin rút hồ sơ' }, officerToken);
    await healthIs('Mất kết nối');
    const decided = province.store.decide({ MaHoSo: dossier.code, TrangThaiHoSo: 9 });
    expect(decided.ok).toBe(true);
    province.control.set({ offline: false });

    await syncNow().click();
    await page.getByTestId('sync-outcome').getByText(/^Đồng bộ xong/).waitFor();
    const parked = page.getByTestId('parked-events');
    const row = parked.locator('tbody tr');
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('Cập nhật trạng thái hồ sơ');
    expect(await row.textContent()).toContain(dossier.code);
    expect(await row.locator('.ops-reason').textContent()).toMatch(/status regression/);
    // The rest keeps flowing: nothing else waits.
    expect(await pending().textContent()).toBe('0 sự kiện');

    // The province's "processed" cannot apply to a withdrawn dossier: listed, folded.
    const rejected = page.getByTestId('rejected-changes');
    expect(await rejected.locator('summary').textContent()).toContain('Thay đổi từ cấp tỉnh không áp dụng được (1)');
    expect(await rejected.locator('table').isVisible()).toBe(false);
    await rejected.locator('summary').click();
    expect(await rejected.locator('tbody tr').textContent()).toContain('Trạng thái hồ sơ');
    await saveScreenshot(page, 'admin-sync-parked', { fullPage: true });

    // "Gửi lại" really sends it again: the province judges (and refuses) it once more.
    const refusedBefore = province.stats().eventsRejected;
    await row.getByRole('button', { name: 'Gửi lại' }).click();
    await parked.getByText(/^Đã đưa sự kiện số \d+ vào hàng chờ gửi lại\.$/).waitFor();
    await expect.poll(() => province.stats().eventsRejected, { timeout: 15_000 }).toBe(refusedBefore + 1);
    await row.first().waitFor();

    // "Bỏ qua" asks why: it goes to the audit log.
    await row.getByRole('button', { name: 'Bỏ qua' }).click();
    const dialog = page.getByTestId('skip-dialog');
    await dialog.getByRole('button', { name: 'Bỏ qua sự kiện' }).click();
    await dialog.getByText('Vui lòng nhập thông tin này.').waitFor();
    await dialog.getByLabel('Lý do bỏ qua').fill('Hồ sơ đã xử lý xong trên hệ thống cấp tỉnh; công dân được hướng dẫn nhận kết quả');
    await dialog.getByRole('button', { name: 'Bỏ qua sự kiện' }).click();
    await parked.getByText(/^Đã bỏ qua sự kiện số \d+\.$/).waitFor();
    await parked.getByText('Không có sự kiện nào bị giữ lại.').waitFor();
    expect(await row.count()).toBe(0);
  }, 90_000);
});

describe('admin: devices', () => {
  it('configures an OS print queue that does not exist, and the test print fails honestly with an alert on every tab', async () => {
    await page.getByRole('tab', { name: 'Thiết bị' }).click();
    await page.waitForURL(/\/admin\?tab=devices$/);
    const printer = page.getByTestId('printer-state');
    await printer.waitFor();
    expect(await page.getByTestId('printer-state-label').textContent()).toBe('Chưa cấu hình');
    expect(await page.getByRole('button', { name: 'In phiếu thử' }).isDisabled()).toBe(true);
    expect(await page.getByText('Để trống: biên nhận và biểu mẫu được lưu thành tệp PDF trong thư mục spool của trạm để in sau.').count()).toBe(1);
    expect(await page.getByText(/không truyền được chữ tiếng Việt có dấu/).count()).toBe(1);

    const form = page.getByTestId('devices-form');
    await form.getByLabel('Hàng đợi in của hệ điều hành').check();
    await form.getByLabel('Tên hàng đợi in', { exact: true }).fill('khong-ton-tai');
    await form.getByLabel('Khổ giấy').selectOption({ label: '58 mm (384 điểm ảnh)' });
    await form.getByRole('button', { name: 'Thêm máy quét' }).click();
    const scanner = form.getByTestId('scanner-row').first();
    await scanner.getByLabel('Cổng nối tiếp').fill('/dev/ttyUSB9');
    await scanner.getByLabel('Dùng cho quầy').selectOption({ label: 'Quầy 1 – Hộ tịch' });
    // A second scanner in HID-POS mode, named by its USB id: no port to type.
    await form.getByRole('button', { name: 'Thêm máy quét' }).click();
    const hidScanner = form.getByTestId('scanner-row').nth(1);
    await hidScanner.getByLabel('Chế độ kết nối').selectOption({ label: 'HID-POS (không cần cài trình điều khiển)' });
    expect(await hidScanner.getByLabel('Cổng nối tiếp').count()).toBe(0);
    // Looking for plugged-in scanners: node-hid is installed here and this machine has none.
    await hidScanner.getByRole('button', { name: 'Tìm máy quét đang cắm' }).click();
    await hidScanner.getByText(/^Không thấy máy quét HID-POS nào cắm vào máy trạm\./).waitFor();
    await hidScanner.getByLabel(/Mã USB của máy quét/).fill('0C2E:0B8F');
    await hidScanner.getByLabel('Dùng cho quầy').selectOption({ label: 'Quầy 1 – Hộ tịch' });
    await form.getByLabel(/Địa chỉ công khai của trạm/).fill('http://192.168.1.10:8686');
    const scanFolder = form.getByTestId('scan-folder');
    expect(await scanFolder.getByTestId('scan-folder-now').textContent()).toContain('Chưa dùng thư mục máy quét.');
    await scanFolder.getByLabel(/Đường dẫn thư mục/).fill(scanDir);
    await scanFolder.getByLabel('Tệp quét dùng cho quầy').selectOption({ label: 'Quầy 1 – Hộ tịch' });
    // Unsaved settings cannot be test-printed.
    expect(await page.getByText('Lưu cấu hình trước khi in thử.').count()).toBe(1);
    await form.getByRole('button', { name: 'Lưu cấu hình thiết bị' }).click();
    await form.getByText('Đã lưu cấu hình thiết bị.').waitFor();

    expect(await page.getByTestId('printer-state-label').textContent()).toBe('Chưa kiểm tra');
    expect(await page.getByTestId('tracking-base-url').textContent()).toContain('http://192.168.1.10:8686/t/…');
    expect(await scanner.locator('.device-chip').textContent()).not.toBe('Chưa lưu');
    // node-hid is installed here, and this machine has no scanner: the row says what to check.
    expect(await hidScanner.locator('.scanner-row-message').textContent()).toMatch(/^Chưa thấy máy quét \(HID-POS 0c2e:0b8f\)\. Hãy kiểm tra dây cáp USB/);
    // The station holds the scan folder and the form shows it back.
    expect(await scanFolder.getByTestId('scan-folder-now').textContent()).toBe(`Đang dùng${scanDir} → Quầy 1 – Hộ tịch`);
    expect(await scanFolder.getByLabel(/Đường dẫn thư mục/).inputValue()).toBe(scanDir);
    const saved = await station.call('auth.login', { username: admin.username, password: admin.password });
    const devices = await station.call('devices.status', {}, saved.token);
    expect(devices.config.ticketPrinter).toEqual({ kind: 'os', queue: 'khong-ton-tai', widthDots: 384 });
    expect(devices.config.scanners).toHaveLength(2);
    expect(devices.config.scanners[1]).toMatchObject({ kind: 'hid', usbId: '0c2e:0b8f' });
    const counterOne = (await station.call('catalogue.counters', {})).find((candidate) => candidate.number === 1)!;
    expect(devices.config.scanFolder).toEqual({ path: scanDir, counterId: counterOne.id });

    await page.getByRole('button', { name: 'In phiếu thử' }).click();
    await expect.poll(() => printer.getAttribute('data-state'), { timeout: 20_000 }).toBe('offline');
    expect(await page.getByTestId('printer-state-label').textContent()).toBe('Mất kết nối');
    expect(await page.getByTestId('printer-state-message').textContent()).toBe('Cách kết nối máy in phiếu này chưa được hỗ trợ trên máy tính này.');
    const alert = page.getByTestId('device-alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Máy in phiếu số thứ tự: Mất kết nối');
    await saveScreenshot(page, 'admin-devices');
    await saveScreenshot(page, 'admin-devices-settings', { fullPage: true });

    // The alert stays whatever tab the admin opens, until dismissed.
    await page.getByRole('tab', { name: 'Tài khoản' }).click();
    await page.getByTestId('users-table').waitFor();
    expect(await alert.isVisible()).toBe(true);
    await alert.getByRole('button', { name: 'Xem thiết bị' }).click();
    await page.waitForURL(/\/admin\?tab=devices$/);
    await alert.getByRole('button', { name: 'Ẩn thông báo' }).click();
    expect(await page.getByTestId('device-alert').count()).toBe(0);
  }, 60_000);
});

describe('admin: ratings', () => {
  it("shows today's satisfaction per criterion", async () => {
    await page.getByRole('tab', { name: 'Đánh giá' }).click();
    await page.getByText('Hôm nay chưa có lượt đánh giá nào.').waitFor();

    await station.call(
      'rating.submit',
      { dossierCode: dossier.code, scores: { time: 3, attitude: 3, disclosure: 1, convenience: 2, overall: 2 }, comment: null },
      officerToken,
    );
    await page.getByRole('button', { name: 'Làm mới' }).click();
    await page.getByTestId('ratings-headline').getByText('100% công dân hài lòng trở lên (1 lượt đánh giá)').waitFor();
    const table = page.getByTestId('ratings-table');
    expect(await table.locator('tr[data-criterion="disclosure"] td[data-level="1"]').textContent()).toBe('1 (100%)');
    expect(await table.locator('tr[data-criterion="time"] td[data-level="3"]').textContent()).toBe('1 (100%)');
    expect(await table.locator('tr[data-criterion="overall"] td[data-level="3"]').textContent()).toBe('0 (0%)');
    await saveScreenshot(page, 'admin-ratings');

    expect(watched.problems).toEqual([]);
  }, 30_000);
});
