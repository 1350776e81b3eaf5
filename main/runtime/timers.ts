/**
 * The timers the station's background loops need (the sync schedule, a scanner's
 * reconnect back-off and idle gap, the scan-folder poll), injected so tests move
 * time by hand instead of sleeping.
 */
export type TimerHandle = unknown;

export interface Timers {
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

export const systemTimers: Timers = {
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // A loop waiting for its next turn must not keep a CLI or a test process alive.
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Resolves when `work` settles or after `ms`, whichever comes first (a device that hangs must not hold its caller). */
export function settledWithin(work: Promise<unknown>, ms: number, timers: Timers): Promise<void> {
  return new Promise((resolve) => {
    const timer = timers.setTimeout(resolve, ms);
    const done = () => {
      timers.clearTimeout(timer);
      resolve();
    };
    work.then(done, done);
  });
}
