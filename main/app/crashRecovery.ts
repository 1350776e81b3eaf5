/**
 * A renderer that dies is reloaded: an unattended kiosk or display board must come
 * back by itself. A renderer that keeps dying is reloaded more slowly, so a crash
 * loop does not burn the machine's CPU.
 */
import type { WebContents } from 'electron';

export const crashWindowMs = 60_000;
export const quickReloadsPerWindow = 3;
export const slowReloadDelayMs = 15_000;

/** How long to wait before reloading, given when the earlier crashes happened. */
export function crashReloadDelay(earlierCrashes: readonly number[], now: number): number {
  const recent = earlierCrashes.filter((at) => now - at < crashWindowMs).length;
  return recent < quickReloadsPerWindow ? 0 : slowReloadDelayMs;
}

/** Reloads the page after its renderer process is gone, except on a clean exit. */
export function reloadAfterCrash(contents: WebContents, now: () => number = Date.now): void {
  const crashes: number[] = [];
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    const at = now();
    const delay = crashReloadDelay(crashes, at);
    crashes.push(at);
    while (crashes.length > 0 && at - (crashes[0] ?? at) >= crashWindowMs) crashes.shift();
    console.warn(`[motcua] renderer gone (${details.reason}, exit ${details.exitCode}); reloading in ${delay} ms`);
    setTimeout(() => {
      if (!contents.isDestroyed()) contents.reload();
    }, delay);
  });
}
