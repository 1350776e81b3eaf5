/**
 * A keyboard-wedge scanner as the page sees it: every character of the payload
 * as a key press a few milliseconds after the previous one, then Enter. The keys
 * carry their own timestamps (as the operating system stamps a USB keyboard's
 * reports) and are sent in one go, so a busy test machine stalling between two
 * keys cannot turn the burst into "typing". (`page.keyboard.type` stamps each key
 * when the browser gets it; on a loaded two-core machine gaps of 70 ms were
 * measured, more than the 30 ms a burst allows.)
 *
 * Vietnamese letters are sent as keys with that text, which real wedges cannot do
 * (they emulate a US keyboard): the test plays a scanner that delivers Unicode.
 */
import type { Page } from 'playwright-core';

export async function wedgeScan(page: Page, payload: string, options: { gapMs?: number } = {}): Promise<void> {
  const gapSeconds = (options.gapMs ?? 4) / 1000;
  const cdp = await page.context().newCDPSession(page);
  try {
    const start = Date.now() / 1000;
    const keys = [...payload].map((character) => ({ key: character, text: character }));
    keys.push({ key: 'Enter', text: '\r' });
    const sent = keys.flatMap(({ key, text }, index) => {
      const at = start + index * gapSeconds;
      const enter = key === 'Enter' ? { code: 'Enter', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13 } : {};
      return [
        cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key, text, unmodifiedText: text, timestamp: at, ...enter }),
        cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, timestamp: at + gapSeconds / 2, ...enter }),
      ];
    });
    await Promise.all(sent);
  } finally {
    await cdp.detach();
  }
}
