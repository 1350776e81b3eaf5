import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '@contract';
import { backlogValues, isNewerStatus, runSucceeded, skewAmount, stationIsBehind, syncHealth } from '../../../renderer/src/screens/admin/syncView';

const status = (change: Partial<SyncStatus> = {}): SyncStatus => ({
  configured: true,
  adapter: 'motcua',
  serverUrl: 'https://dongbo.thanhhoa.gov.vn',
  settings: { siteId: '000.31.38.H56', username: null, madonvi: null, caPinned: false },
  online: null,
  running: true,
  inProgress: false,
  lastAttemptAt: null,
  lastSuccessAt: null,
  nextAttemptAt: null,
  lastErrorCode: null,
  lastErrorMessage: null,
  lastErrorDetail: null,
  pendingEvents: 0,
  pendingBytes: 0,
  clockSkewMs: null,
  clockWarning: false,
  parked: [],
  rejectedChanges: [],
  backlog: [],
  reading: { run: 'run-1', seq: 1 },
  ...change,
});

describe('sync health on the admin screen', () => {
  it('is "not configured" without settings, whatever else the status says', () => {
    expect(syncHealth(status({ configured: false, online: false, lastErrorCode: 'SYNC_UNREACHABLE' }))).toBe('not_configured');
  });

  it('is "connecting" right after configuring, before any answer', () => {
    expect(syncHealth(status())).toBe('connecting');
  });

  it('is "online" after a run that reached the province and left no error', () => {
    expect(syncHealth(status({ online: true }))).toBe('online');
  });

  it('is "offline" when the province cannot be reached', () => {
    expect(syncHealth(status({ online: false, lastErrorCode: 'SYNC_UNREACHABLE' }))).toBe('offline');
  });

  it('is "failing", not "offline", when the province answers but refuses the credentials', () => {
    // The station keeps `online` from the run before: an auth failure does not say the line is down.
    expect(syncHealth(status({ online: true, lastErrorCode: 'SYNC_AUTH' }))).toBe('failing');
    expect(syncHealth(status({ online: false, lastErrorCode: 'SYNC_AUTH' }))).toBe('failing');
  });

  it('counts a "Đồng bộ ngay" as done only when it reached the province without error', () => {
    expect(runSucceeded(status({ online: true }))).toBe(true);
    expect(runSucceeded(status({ online: true, lastErrorCode: 'SYNC_PROTOCOL' }))).toBe(false);
    expect(runSucceeded(status({ online: false, lastErrorCode: 'SYNC_UNREACHABLE' }))).toBe(false);
    expect(runSucceeded(status({ configured: false }))).toBe(false);
  });
});

describe('clock skew', () => {
  it('says seconds under two minutes, minutes under two hours, then hours', () => {
    expect(skewAmount(45_000)).toEqual({ value: 45, unit: 'second' });
    expect(skewAmount(-150_000)).toEqual({ value: 3, unit: 'minute' });
    expect(skewAmount(3 * 3600_000)).toEqual({ value: 3, unit: 'hour' });
  });

  it('reads a positive skew (province ahead) as the station being behind', () => {
    expect(stationIsBehind(180_000)).toBe(true);
    expect(stationIsBehind(-180_000)).toBe(false);
  });
});

describe('backlog chart', () => {
  it('draws the pending count at the end of each hour', () => {
    expect(backlogValues([{ hour: 7, pending: 0 }, { hour: 8, pending: 12 }])).toEqual([
      { hour: 7, value: 0 },
      { hour: 8, value: 12 },
    ]);
  });
});

describe('the status the sync screen keeps', () => {
  it('keeps the later reading, whether the reply or the push arrives first, whatever the clocks say', () => {
    const beforeRun = status({ lastErrorCode: 'SYNC_AUTH', reading: { run: 'run-1', seq: 7 } });
    // The station's clock was set back an hour between the two readings: the order still holds.
    const afterRun = status({ online: true, lastSuccessAt: '2026-11-23T01:00:00.180Z', reading: { run: 'run-1', seq: 8 } });
    expect(isNewerStatus(null, beforeRun)).toBe(true);
    expect(isNewerStatus(beforeRun, afterRun)).toBe(true);
    // The run's push came first; the configure reply, read before the run, must not undo it.
    expect(isNewerStatus(afterRun, beforeRun)).toBe(false);
    expect(isNewerStatus(afterRun, afterRun)).toBe(false);
    // After a restart the station counts again from 1: its first reading is taken.
    expect(isNewerStatus(afterRun, status({ reading: { run: 'run-2', seq: 1 } }))).toBe(true);
  });
});
