/**
 * When to sync: at start, as soon as new outbox rows are committed, every minute
 * while all is well (to pull the province's decisions), and after a failure at
 * the back-off time — but never later than the next 30-second probe while the
 * network is down, so the backlog drains as soon as the line comes back.
 * Timers are injected so tests drive time by hand.
 */
import type { Clock } from '@domain/time/clock';
import { systemTimers, type Timers } from '../runtime/timers';
import type { SyncClient, SyncRunResult } from './syncClient';

export interface SchedulerOptions {
  client: Pick<SyncClient, 'runOnce' | 'state'>;
  clock: Clock;
  timers?: Timers;
  idleIntervalMs?: number;
  offlineProbeMs?: number;
  onRun?: (result: SyncRunResult) => void;
}

export function createSyncScheduler(options: SchedulerOptions) {
  const timers = options.timers ?? systemTimers;
  const idle = options.idleIntervalMs ?? 60_000;
  const probe = options.offlineProbeMs ?? 30_000;
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = true;

  function schedule(ms: number): void {
    if (stopped) return;
    if (timer !== null) timers.clearTimeout(timer);
    timer = timers.setTimeout(() => {
      timer = null;
      void run();
    }, Math.max(0, ms));
  }

  function nextDelay(result: SyncRunResult): number {
    if (result.ok) return idle;
    const state = options.client.state();
    const backoff = state.nextAttemptAt ? Date.parse(state.nextAttemptAt) - options.clock.now().getTime() : probe;
    return result.errorCode === 'SYNC_UNREACHABLE' || result.errorCode === 'SYNC_SERVER_ERROR' ? Math.min(backoff, probe) : backoff;
  }

  async function run(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let result: SyncRunResult;
      do {
        again = false;
        result = await options.client.runOnce();
      } while (again && result.ok && !stopped);
      running = null;
      // Told after the run is over, so a status read in the callback is not "in progress".
      options.onRun?.(result);
      schedule(again ? 0 : nextDelay(result));
    })();
    return running;
  }

  return {
    start(): void {
      stopped = false;
      schedule(0);
    },
    /** New work (outbox rows, network back, an admin's "Đồng bộ ngay"): run now. */
    kick(): Promise<void> {
      if (stopped) return Promise.resolve();
      if (timer !== null) {
        timers.clearTimeout(timer);
        timer = null;
      }
      return run();
    },
    async stop(): Promise<void> {
      stopped = true;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      await running;
    },
    /** A run is under way right now. */
    get busy(): boolean {
      return running !== null;
    },
  };
}
export type SyncScheduler = ReturnType<typeof createSyncScheduler>;
