/**
 * Debian's Chromium driven by playwright-core, quiet (no background traffic), and
 * a page watcher that records what a user would never notice but we care about:
 * script errors, CSP violations, and any request leaving the station's origin.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { repoRoot } from './station';
import { chromiumPath as findChromium } from '../../setup/prerequisites';

export const chromiumPath = findChromium();
export const screenshotDir = join(repoRoot, 'test', 'e2e', 'screenshots');

/** Fails the suite with what to install when the browser is missing. */
export function requireChromium(): void {
  if (!chromiumAvailable()) {
    throw new Error(`Chromium not found at ${chromiumPath}: npm test installs it when run as root (Debian: apt-get install -y chromium fonts-noto-core), or set MOTCUA_CHROMIUM`);
  }
}

export function chromiumAvailable(): boolean {
  return existsSync(chromiumPath);
}

/** `extraArgs` for a test's own needs, e.g. letting the display board play sound without a click. */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      ...extraArgs,
    ],
  });
}

export const viewports = {
  desk: { width: 1366, height: 768 },
  tv: { width: 1920, height: 1080 },
  kioskPortrait: { width: 1080, height: 1920 },
  kioskLandscape: { width: 1920, height: 1080 },
  phone: { width: 390, height: 844 },
} as const;

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Everything that went wrong on the page so far; a healthy screen leaves it empty. */
  problems: string[];
}

/** A fresh browser profile (own localStorage) with one page watched for problems. */
export async function openPage(
  browser: Browser,
  origin: string,
  viewport: { width: number; height: number },
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Chromium logs every 4xx reply as "Failed to load resource"; refused logins,
    // invalid forms and refused uploads are expected API answers, so HTTP status is
    // judged below instead.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    const status = response.status();
    const isApiAnswer = ['/api/call', '/api/upload'].includes(new URL(response.url()).pathname) && status < 500;
    if (status >= 400 && !isApiAnswer) problems.push(`HTTP ${status}: ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    // The browser's own PDF viewer (a form previewed in a frame) loads its parts from
    // chrome:// and its extension: inside the browser, never over the network.
    if (url.startsWith('chrome://') || url.startsWith('chrome-extension://')) return;
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request outside the station: ${url}`);
    }
  });
  return { context, page, problems };
}

export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  // Fonts are bundled; wait for them so the picture shows the real glyphs.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // Finite animations (a new call's flash, a ticket sliding in) are shown at their end.
  await page.screenshot({ path, animations: 'disabled', fullPage: options.fullPage ?? false });
  return path;
}
