import { describe, expect, it } from 'vitest';
import type { OutboxEventRow } from '../../../main/db/repositories/outboxRepository';
import { ManualTimers } from '../../helpers/manualTimers';
import { payloadAttachments as attachmentsOf } from '@domain/dossier/nationalPayload';
import { createSyncScheduler } from '../../../main/sync/scheduler';
import { backoffMs, batchMaxBytes, batchMaxEvents, takeBatch, type SyncRunResult } from '../../../main/sync/syncClient';
import { ManualClock } from '../../helpers/manualClock';

const row = (seq: number, bytes = 100): OutboxEventRow => ({
  seq,
  event_id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
  type: 'dossier.received',
  aggregate_type: 'dossier',
  aggregate_id: `X-${seq}`,
  payload_bytes: bytes,
  attachments: null,
  created_at: '2026-11-23T02:00:00.000Z',
});

describe('batching the outbox', () => {
  it('takes at most batchMaxEvents events (within the protocol limit of 500), in order', () => {
    expect(batchMaxEvents).toBeLessThanOrEqual(500);
    const batch = takeBatch(Array.from({ length: batchMaxEvents + 50 }, (_, i) => row(i + 1)));
    expect(batch.map((r) => r.seq)).toEqual(Array.from({ length: batchMaxEvents }, (_, i) => i + 1));
  });

  it('stops before the byte limit, but always sends at least one event', () => {
    const big = takeBatch([row(1, batchMaxBytes - 10), row(2, 100)]);
    expect(big.map((r) => r.seq)).toEqual([1]);
    expect(takeBatch([row(1, batchMaxBytes * 2)]).map((r) => r.seq)).toEqual([1]);
  });
});

describe('attachments an event refers to', () => {
  it('are the SHA-256 keys in TaiLieuNop, each once', () => {
    const sha = 'ab'.repeat(32);
    expect(attachmentsOf({ TaiLieuNop: [{ TepDinhKemId: sha }, { TepDinhKemId: sha }, { TepDinhKemId: null }, { TepDinhKemId: 'not-a-hash' }] })).toEqual([sha]);
    expect(attachmentsOf({ MaHoSo: 'x' })).toEqual([]);
    expect(attachmentsOf(null)).toEqual([]);
  });
});

describe('back-off', () => {
  it('doubles from one second to five minutes, with ±20 % jitter', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 0.5))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffMs(30, 0.5)).toBe(300_000);
    expect(backoffMs(1, 0)).toBe(800);
    expect(backoffMs(1, 0.999999)).toBe(1200);
  });
});

/** Moves the timers to the last one waiting now, firing them all, and lets the runs they start settle. */
async function fireAll(timers: ManualTimers): Promise<void> {
  timers.advance(Math.max(0, ...timers.waiting()));
  await new Promise((resolve) => setImmediate(resolve));
}

function fakeClient(outcomes: Partial<SyncRunResult>[], clock: ManualClock) {
  let runs = 0;
  let nextAttemptAt: string | null = null;
  return {
    get runs() {
      return runs;
    },
    async runOnce(): Promise<SyncRunResult> {
      const outcome = outcomes[Math.min(runs, outcomes.length - 1)]!;
      runs += 1;
      nextAttemptAt = outcome.ok ? null : new Date(clock.now().getTime() + 120_000).toISOString();
      return { ok: false, pushed: 0, parked: 0, pulled: 0, skippedChanges: 0, uploadedBytes: 0, errorCode: null, ...outcome };
    },
    state: () => ({ lastAttemptAt: null, lastSuccessAt: null, lastError: null, lastErrorCode: null, consecutiveFailures: 0, nextAttemptAt, online: null, clockSkewMs: null }),
  };
}

describe('the sync scheduler', () => {
  it('runs at start, then every minute while all is well', async () => {
    const clock = new ManualClock();
    const t = new ManualTimers();
    const client = fakeClient([{ ok: true }], clock);
    const scheduler = createSyncScheduler({ client, clock, timers: t });
    scheduler.start();
    expect(t.waiting()).toEqual([0]);
    await fireAll(t);
    expect(client.runs).toBe(1);
    expect(t.waiting()).toEqual([60_000]);
    await scheduler.stop();
  });

  it('while the network is down it probes every 30 s even when the back-off is longer', async () => {
    const clock = new ManualClock();
    const t = new ManualTimers();
    const client = fakeClient([{ ok: false, errorCode: 'SYNC_UNREACHABLE' }], clock);
    const scheduler = createSyncScheduler({ client, clock, timers: t });
    scheduler.start();
    await fireAll(t);
    expect(t.waiting()).toEqual([30_000]);
    await scheduler.stop();
  });

  it('other failures wait for the full back-off', async () => {
    const clock = new ManualClock();
    const t = new ManualTimers();
    const client = fakeClient([{ ok: false, errorCode: 'SYNC_PROTOCOL' }], clock);
    const scheduler = createSyncScheduler({ client, clock, timers: t });
    scheduler.start();
    await fireAll(t);
    expect(t.waiting()).toEqual([120_000]);
    await scheduler.stop();
  });

  it('new outbox rows during a run make it run again right after', async () => {
    const clock = new ManualClock();
    const t = new ManualTimers();
    const client = fakeClient([{ ok: true }], clock);
    const scheduler = createSyncScheduler({ client, clock, timers: t });
    scheduler.start();
    const first = scheduler.kick();
    void scheduler.kick(); // arrives while the first run is in progress
    await first;
    expect(client.runs).toBe(2);
    await scheduler.stop();
  });
});
