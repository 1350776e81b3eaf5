/**
 * What the admin's sync screen makes of the station's sync status: one word for
 * the health of the link, whether an "Đồng bộ ngay" run went through, and how far
 * the clocks drift. Pure, so the rules are tested without a browser.
 */
import type { SyncStatus } from '@contract';

/**
 * - not_configured: no provincial system set up yet;
 * - connecting: set up, no answer either way yet;
 * - online: the last run reached the province and finished;
 * - offline: the province cannot be reached (network, timeouts);
 * - failing: the province answers but the run fails (server errors, credentials, protocol).
 */
export type SyncHealth = 'not_configured' | 'connecting' | 'online' | 'offline' | 'failing';

const unreachable = 'SYNC_UNREACHABLE';

export function syncHealth(status: SyncStatus): SyncHealth {
  if (!status.configured) return 'not_configured';
  if (status.lastErrorCode === unreachable) return 'offline';
  if (status.lastErrorCode !== null) return 'failing';
  if (status.online === true) return 'online';
  if (status.online === false) return 'offline';
  return 'connecting';
}

/** A run answered by this status went through when it left no error and reached the province. */
export function runSucceeded(status: SyncStatus): boolean {
  return status.configured && status.lastErrorCode === null && status.online === true;
}

/** The drift as the largest whole unit people say ("3 phút", "40 giây"), always positive. */
export function skewAmount(skewMs: number): { value: number; unit: 'second' | 'minute' | 'hour' } {
  const seconds = Math.round(Math.abs(skewMs) / 1000);
  if (seconds < 120) return { value: seconds, unit: 'second' };
  if (seconds < 2 * 3600) return { value: Math.round(seconds / 60), unit: 'minute' };
  return { value: Math.round(seconds / 3600), unit: 'hour' };
}

/** The province's clock minus the station's: positive means the station is behind. */
export function stationIsBehind(skewMs: number): boolean {
  return skewMs > 0;
}

/** Pending events at the end of each hour today, as the hour chart wants them. */
export function backlogValues(backlog: SyncStatus['backlog']): Array<{ hour: number; value: number }> {
  return backlog.map((row) => ({ hour: row.hour, value: row.pending }));
}

/** Whether `next` is a later reading than the status on screen (see SyncStatus.reading); a restarted station's always is. */
export function isNewerStatus(shown: SyncStatus | null, next: SyncStatus): boolean {
  return shown === null || next.reading.run !== shown.reading.run || next.reading.seq > shown.reading.seq;
}
