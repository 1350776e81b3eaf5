/**
 * End to end: the React UI served by a real headless station, driven in Chromium.
 * Every role's screen is opened the way people at a commune centre would open it,
 * and a screenshot of each is kept under test/e2e/screenshots/ for review.
 */
import type { Browser, Page, WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium, launchChromium, openPage, saveScreenshot, viewports } from './helpers/browser';
import { motcua, removeDataDir, seededDataDir, startStation, tempDataDir, type RunningStation } from './helpers/station';

const officer = { username: 'binh.tt', fullName: 'Trần Thị Bình', password: 'mat-khau-can-bo-1' };
const admin = { username: 'quantri', fullName: 'Nguyễn Văn An', password: 'mat-khau-quan-tri-1' };

let browser: Browser;
let station: RunningStation;
let centreName: string;
/** Names of every account on the demo station: none may ever reach the hall display. */
let personNames: string[];

async function signIn(page: Page, account: { username: string; password: string }): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(account.username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Seconds since midnight, Vietnam time, of an instant or of a displayed "HH:MM:SS". */
function vietnamSecondOfDay(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
  return part('hour') * 3600 + part('minute') * 60 + part('second');
}

beforeAll(async () => {
  requireChromium();
  const { dataDir, demoNames } = await seededDataDir('roles', [
    [officer, 'officer'],
    [admin, 'admin'],
  ]);
  personNames = [officer.fullName, admin.fullName, ...demoNames];
  station = await startStation(dataDir);
  const info = await station.call('system.info', {});
  centreName = info.site?.centreName ?? '';
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await station?.stop();
  if (station) removeDataDir(station.dataDir);
});

describe('role picker', () => {
  it('greets in Vietnamese with the centre name and one tile per screen', async () => {
    const { page, context, problems } = await openPage(browser, station.url, viewports.desk);
    await page.goto(`${station.url}/`);
    await page.getByRole('heading', { name: 'Chọn màn hình làm việc' }).waitFor();

    expect(centreName).not.toBe('');
    expect(await page.getByTestId('centre-name').textContent()).toBe(centreName);
    for (const tile of ['Kiosk lấy số', 'Quầy tiếp nhận', 'Màn hình hiển thị', 'Quản trị']) {
      expect(await page.getByRole('link', { name: new RegExp(tile) }).count()).toBe(1);
    }
    // The Vietnamese glyphs come from the bundled Be Vietnam Pro, not a fallback font.
    // (Once the fonts the page asked for have arrived: on a busy machine that takes a moment.)
    expect(
      await page.evaluate(async () => {
        await document.fonts.ready;
        return document.fonts.check('700 16px "Be Vietnam Pro"', 'Quầy tiếp nhận');
      }),
    ).toBe(true);
    await saveScreenshot(page, 'role-picker');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Choose a screen' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Choose a screen' }).waitFor();
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { name: 'Chọn màn hình làm việc' }).waitFor();

    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('counter', () => {
  it('sends an officer through login to the counter screen and back out', async () => {
    const { page, context, problems } = await openPage(browser, station.url, viewports.desk);
    await page.goto(`${station.url}/`);
    await page.getByRole('link', { name: /Quầy tiếp nhận/ }).click();
    await page.waitForURL(/\/login\?next=%2Fcounter$/);
    await page.getByText('Đăng nhập để mở màn hình Quầy tiếp nhận').waitFor();

    await signIn(page, { username: officer.username, password: 'sai-mat-khau' });
    await page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();

    await signIn(page, officer);
    await page.waitForURL(/\/counter$/);
    await page.getByRole('heading', { name: 'Chọn quầy làm việc' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('motcua.session'))).toBeTruthy();

    await page.getByRole('button', { name: /Quầy 2/ }).click();
    expect(await page.getByTestId('counter-number').textContent()).toBe('Quầy số 2');
    expect(await page.getByTestId('signed-in-user').textContent()).toContain(officer.fullName);
    expect(await page.getByTestId('centre-name').textContent()).toBe(centreName);
    // A closed counter opens first, with the areas it serves ticked.
    await page.getByRole('heading', { name: 'Mở quầy số 2' }).waitFor();
    expect(await page.getByTestId('open-counter').getByRole('checkbox', { checked: true }).count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'counter');

    // The chosen counter is remembered on this computer.
    await page.reload();
    await page.getByTestId('counter-number').waitFor();
    expect(await page.getByTestId('counter-number').textContent()).toBe('Quầy số 2');

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/login$/);
    expect(await page.evaluate(() => localStorage.getItem('motcua.session'))).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('tells an officer that the admin screen is not theirs', async () => {
    const { page, context, problems } = await openPage(browser, station.url, viewports.desk);
    await page.goto(`${station.url}/admin`);
    await page.waitForURL(/\/login\?next=%2Fadmin$/);
    await signIn(page, officer);
    await page.getByRole('heading', { name: 'Không có quyền truy cập' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('kiosk', () => {
  it('shows the service areas as large tiles and goes back to the start after 15 s idle', async () => {
    const { page, context, problems } = await openPage(browser, station.url, viewports.kioskPortrait);
    await page.clock.install();
    await page.goto(`${station.url}/kiosk`);
    const tiles = page.getByTestId('kiosk-areas').getByRole('button');
    await tiles.first().waitFor();
    const catalogue = await station.call('catalogue.serviceAreas', {});
    const names = catalogue.filter((area) => area.active).map((area) => area.name);
    expect((await tiles.allTextContents()).sort()).toEqual([...names].sort());
    // Touch targets big enough for a finger on a portrait kiosk.
    const box = await tiles.first().boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(120);
    expect(await page.locator('input, textarea').count()).toBe(0);
    await saveScreenshot(page, 'kiosk');

    const chosen = await tiles.nth(1).textContent();
    await tiles.nth(1).click();
    const category = page.getByTestId('kiosk-priorities');
    await category.waitFor();
    expect(await page.locator('.kiosk-chosen-name').textContent()).toBe(chosen);
    await saveScreenshot(page, 'kiosk-category');

    await page.clock.runFor(15_000);
    await category.waitFor({ state: 'detached' });
    await tiles.first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('display', () => {
  it('shows the centre, Vietnam time and an empty board, and marks a lost connection', async () => {
    const { page, context, problems } = await openPage(browser, station.url, viewports.tv);
    let stationReachable = true;
    const sockets: WebSocketRoute[] = [];
    await page.routeWebSocket(/\/api\/events$/, (socket) => {
      if (!stationReachable) return socket.close();
      socket.connectToServer();
      sockets.push(socket);
    });

    await page.goto(`${station.url}/display`);
    await page.getByText('Chưa có lượt gọi').waitFor();
    expect(await page.getByTestId('centre-name').textContent()).toBe(centreName);

    // The browser runs in Paris time; the board must still show Vietnam time.
    const shown = (await page.getByTestId('display-clock').textContent()) ?? '';
    expect(shown).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    const [hours, minutes, seconds] = shown.split(':').map(Number) as [number, number, number];
    const drift = Math.abs(hours * 3600 + minutes * 60 + seconds - vietnamSecondOfDay(new Date()));
    expect(Math.min(drift, 86_400 - drift)).toBeLessThanOrEqual(5);

    const text = (await page.locator('body').textContent()) ?? '';
    for (const name of personNames) expect(text).not.toContain(name);
    expect(await page.getByTestId('offline-mark').count()).toBe(0);
    await saveScreenshot(page, 'display');

    stationReachable = false;
    for (const socket of sockets.splice(0)) await socket.close();
    await page.getByTestId('offline-mark').waitFor();
    await saveScreenshot(page, 'display-offline');

    stationReachable = true;
    await page.getByTestId('offline-mark').waitFor({ state: 'detached', timeout: 20_000 });
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});

describe('reconnection', () => {
  it('brings a screen back online after the station restarts, and reloads what it shows', async () => {
    const dataDir = tempDataDir('restart');
    await motcua(
      ['user', 'add', '--data', dataDir, '--role', 'admin', '--username', admin.username, '--name', admin.fullName, '--password-stdin'],
      `${admin.password}\n`,
    );
    let restartable = await startStation(dataDir);
    try {
      const { page, context, problems } = await openPage(browser, restartable.url, viewports.tv);
      let infoReads = 0;
      page.on('request', (request) => {
        if (request.url().endsWith('/api/call') && (request.postData() ?? '').includes('"system.info"')) infoReads += 1;
      });
      await page.goto(`${restartable.url}/display`);
      await page.getByText('Chưa có lượt gọi').waitFor();
      const readsBefore = infoReads;

      await restartable.stop();
      await page.getByTestId('offline-mark').waitFor();
      restartable = await startStation(dataDir, { port: restartable.port });
      // A new station run cannot replay old events: the screen must resync, not just reconnect.
      await page.getByTestId('offline-mark').waitFor({ state: 'detached', timeout: 20_000 });
      await expect.poll(() => infoReads, { timeout: 10_000 }).toBeGreaterThan(readsBefore);
      // Refused connections while the station was down are the point of the test.
      expect(problems.filter((problem) => !/\/api\/(call|events)/.test(problem))).toEqual([]);
      await context.close();
    } finally {
      await restartable.stop();
      removeDataDir(dataDir);
    }
  }, 90_000);
});

describe('admin', () => {
  it('lets the administrator edit the site, manage accounts and check the audit chain', async () => {
    const { page, context, problems } = await openPage(browser, station.url, viewports.desk);
    await page.goto(`${station.url}/`);
    await page.getByRole('link', { name: /Quản trị/ }).click();
    await page.waitForURL(/\/login\?next=%2Fadmin$/);
    await signIn(page, admin);
    await page.waitForURL(/\/admin$/);
    await page.getByTestId('site-facts').waitFor();
    expect(await page.getByTestId('site-facts').textContent()).toContain(centreName);
    await saveScreenshot(page, 'admin-site');

    await page.getByRole('button', { name: 'Sửa thông tin' }).click();
    await page.getByLabel(/Số điện thoại/).fill('0237 3800 999');
    await page.getByRole('button', { name: 'Lưu thông tin' }).click();
    await page.getByText('Đã lưu thông tin đơn vị.').waitFor();
    expect((await station.call('site.get', {})).phone).toBe('0237 3800 999');

    await page.getByRole('tab', { name: 'Tài khoản' }).click();
    const table = page.getByTestId('users-table');
    await table.getByText(officer.fullName).waitFor();
    const form = page.getByTestId('create-user-form');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    expect(await form.getByText('Vui lòng nhập thông tin này.').count()).toBe(3);
    await form.getByLabel('Họ và tên').fill('Đỗ Thị Mai');
    await form.getByLabel('Tên đăng nhập').fill('mai.dt');
    await form.getByLabel('Mật khẩu').fill('ab');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await form.getByText('Mật khẩu phải có ít nhất 8 ký tự').first().waitFor();
    await form.getByLabel('Mật khẩu').fill('mat-khau-moi-1');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await form.getByText('Đã tạo tài khoản mai.dt.').waitFor();
    const row = table.locator('tr', { hasText: 'mai.dt' });
    await row.getByRole('button', { name: 'Khóa' }).click();
    await row.getByText('Đã khóa').waitFor();
    await saveScreenshot(page, 'admin-users');

    await page.getByRole('tab', { name: 'Nhật ký' }).click();
    await page.getByRole('button', { name: 'Kiểm tra ngay' }).click();
    await page.getByTestId('audit-result').getByText('Chuỗi nhật ký nguyên vẹn').waitFor();
    await saveScreenshot(page, 'admin-audit');

    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('first run', () => {
  it('opens the setup screen on an empty station and creates the first administrator', async () => {
    const empty = await startStation(tempDataDir('setup'));
    try {
      const { page, context, problems } = await openPage(browser, empty.url, viewports.desk);
      await page.goto(`${empty.url}/`);
      await page.waitForURL(/\/setup$/);
      await page.getByRole('heading', { name: 'Thiết lập lần đầu' }).waitFor();
      await saveScreenshot(page, 'setup');

      await page.getByLabel('Họ và tên').fill(admin.fullName);
      await page.getByLabel('Tên đăng nhập').fill(admin.username);
      await page.getByLabel('Mật khẩu', { exact: true }).fill(admin.password);
      await page.getByLabel('Nhập lại mật khẩu').fill(admin.password);
      await page.getByRole('button', { name: 'Tạo tài khoản quản trị' }).click();

      await page.waitForURL(/\/admin$/);
      await page.getByTestId('site-form').waitFor();
      await page.getByLabel('Tên trung tâm').fill('Trung tâm Phục vụ hành chính công phường Ba Đình');
      await page.getByLabel('Tên cơ quan').fill('Ủy ban nhân dân phường Ba Đình');
      await page.getByLabel(/Mã định danh cơ quan/).fill('000.00.01.H01');
      await page.getByLabel(/Tỉnh, thành phố/).fill('Thành phố Hà Nội');
      await saveScreenshot(page, 'admin-first-site');
      await page.getByRole('button', { name: 'Lưu thông tin' }).click();
      await page.getByText('Đã lưu thông tin đơn vị.').waitFor();
      await page
        .getByTestId('centre-name')
        .getByText('Trung tâm Phục vụ hành chính công phường Ba Đình')
        .waitFor();

      expect((await empty.call('system.info', {})).setupRequired).toBe(false);
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await empty.stop();
      removeDataDir(empty.dataDir);
    }
  }, 90_000);
});
