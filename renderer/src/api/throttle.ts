/** How often at most a screen reloads on pushed changes while the hall is busy (counter, tracking, dashboards). */
export const pushedReloadMs = 250;

/**
 * At most one run per `intervalMs`, and always one after the last request: a burst
 * of pushed changes (a morning rush moves the queue many times a second) costs a
 * screen one reload at once and one at the end, not one per change.
 */
export function throttled(run: () => void, intervalMs: number, timers: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> = globalThis) {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const fire = () => {
    timer = null;
    last = Date.now();
    run();
  };
  return {
    request(): void {
      if (timer !== null) return;
      const wait = last + intervalMs - Date.now();
      if (wait <= 0) fire();
      else timer = timers.setTimeout(fire, wait);
    },
    cancel(): void {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
  };
}
