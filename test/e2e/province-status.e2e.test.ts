/**
 * End to end, the province's decisions reaching the counter: a dossier received at
 * the station goes to the reference provincial server (in this process, playing
 * the provincial officers); the province moves it to "Đang xử lý" (4) and then to
 * "Đã xử lý xong" (9); after the next sync the officer at the return desk finds
 * it processed, with both moves in its history marked as the province's.
 * Screenshot: test/e2e/screenshots/return-desk-province.png.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier, Procedure } from '@contract';
import { startProvincialServer, type ProvincialServer } from '../provincial/server';
import { applicants, intakeFor } from '../helpers/dossierFixtures';
import { requireChromium, launchChromium, openPage, saveScreenshot, viewports, type WatchedPage } from './helpers/browser';
import { removeDataDir, seededDataDir, startStation, tempDataDir, type RunningStation } from './helpers/station';

const admin = { username: 'quantri', fullName: 'Trịnh Văn Hải', password: 'mat-khau-quan-tri-4' };
const officer = { username: 'mai.ht', fullName: 'Hoàng Thị Mai', password: 'mat-khau-can-bo-4' };
const site = { id: '000.31.38.H56', secret: 'bi-mat-dong-bo-cua-tram' };

let browser: Browser;
let station: RunningStation;
let province: ProvincialServer;
let provinceDir: string;
let watched: WatchedPage | undefined;
let adminToken: string;
let officerToken: string;

/** Runs the sync now and fails the test if the run did not go through. */
async function syncNow(): Promise<void> {
  const status = await station.call('sync.now', {}, adminToken);
  expect(status.lastErrorCode, status.lastErrorDetail ?? '').toBeNull();
}

beforeAll(async () => {
  requireChromium();
  const { dataDir } = await seededDataDir('province-status', [
    [admin, 'admin'],
    [officer, 'officer'],
  ]);
  provinceDir = tempDataDir('province');
  province = await startProvincialServer({ dataDir: provinceDir, sites: [site] });
  station = await startStation(dataDir);
  adminToken = (await station.call('auth.login', { username: admin.username, password: admin.password })).token;
  officerToken = (await station.call('auth.login', { username: officer.username, password: officer.password })).token;
  browser = await launchChromium();
});

afterAll(async () => {
  await watched?.context.close();
  await browser?.close();
  await station?.stop();
  await province?.close();
  if (station) removeDataDir(station.dataDir);
  if (provinceDir) removeDataDir(provinceDir);
});

describe('province decisions at the counter', () => {
  it('pulls "Đang xử lý" and "Đã xử lý xong" from the province, and the return desk shows them as the province’s', async () => {
    await station.call('sync.configure', { adapter: 'motcua', baseUrl: province.url, siteId: site.id, secret: site.secret }, adminToken);
    const found = await station.call('catalogue.procedures', { query: 'Đăng ký khai sinh' }, officerToken);
    const procedure = found.find((candidate: Procedure) => candidate.name === 'Đăng ký khai sinh');
    if (!procedure) throw new Error('The demo catalogue has no "Đăng ký khai sinh"');
    const dossier: Dossier = (await station.call('dossier.receive', intakeFor(procedure, applicants.lan), officerToken)).dossier;

    await syncNow();
    await expect.poll(() => province.store.dossiers.get(dossier.code)?.TrangThaiHoSo, { timeout: 15_000 }).toBe(2);
    expect(province.store.decide({ MaHoSo: dossier.code, TrangThaiHoSo: 4, NguoiXuLy: 'Phòng Tư pháp' }).ok).toBe(true);
    expect(province.store.decide({ MaHoSo: dossier.code, TrangThaiHoSo: 9, NguoiXuLy: 'Phòng Tư pháp' }).ok).toBe(true);
    await syncNow();
    await expect.poll(async () => (await station.call('dossier.get', { id: dossier.id }, officerToken)).status, { timeout: 15_000 }).toBe(9);

    watched = await openPage(browser, station.url, viewports.desk);
    const { page } = watched;
    await page.goto(`${station.url}/counter`);
    await page.waitForURL(/\/login\?next=%2Fcounter$/);
    await page.getByLabel('Tên đăng nhập').fill(officer.username);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(officer.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('button', { name: /Quầy 1/ }).click();
    await page.locator('[data-tab="return"]').click();
    await page.waitForURL(/\/counter\/tra-ket-qua$/);

    const search = page.getByTestId('return-search');
    await search.getByRole('searchbox').fill(dossier.code);
    await search.getByRole('button', { name: 'Tìm' }).click();
    const results = page.getByTestId('search-results');
    await results.locator(`[data-code="${dossier.code}"]`).getByText('Đã xử lý xong').waitFor();
    await results.locator(`[data-code="${dossier.code}"]`).click();

    const detail = page.getByTestId('dossier-detail').and(page.locator(`[data-code="${dossier.code}"]`));
    await detail.waitFor();
    expect(await detail.getByTestId('dossier-status').first().textContent()).toBe('Đã xử lý xong');
    const history = detail.getByTestId('dossier-history');
    // Received at the counter, then the province's two decisions, in order.
    expect(await history.locator('li').evaluateAll((items) => items.map((item) => `${(item as HTMLElement).dataset.source}:${(item as HTMLElement).dataset.status}`))).toEqual([
      'counter:2',
      'province:4',
      'province:9',
    ]);
    const decided = history.locator('li[data-source="province"]');
    for (const entry of await decided.all()) {
      expect(await entry.locator('.history-source').textContent()).toBe('Hệ thống cấp tỉnh');
      expect(await entry.textContent()).toContain('Phòng Tư pháp');
    }
    expect(await decided.nth(0).locator('.history-status').textContent()).toContain('Đang xử lý');
    expect(await decided.nth(1).locator('.history-status').textContent()).toContain('Đã xử lý xong');
    // Processed by the province: the result can now be handed back at the counter.
    expect(await detail.getByRole('button', { name: 'Trả kết quả' }).isEnabled()).toBe(true);
    await saveScreenshot(page, 'return-desk-province');
    expect(watched.problems).toEqual([]);
  }, 90_000);
});
