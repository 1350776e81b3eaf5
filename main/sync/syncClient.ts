/**
 * One sync pass: probe the province, push the outbox in order (uploading every
 * attachment an event refers to first), then pull what the province decided.
 * Acknowledgements, parked events and the pull cursor are written in SQLite
 * transactions, so a crash at any moment leaves nothing half-done: an event whose
 * reply was lost is sent again and answered "duplicate".
 */
import { AppError } from '@contract';
import type { Db } from '../db/connection';
import type { Repositories } from '../db/repositories';
import type { OutboxEventRow } from '../db/repositories/outboxRepository';
import type { Clock } from '@domain/time/clock';
import type { Logger } from '../runtime/logger';
import type { ProvinceAdapter } from './adapter';
import { attachmentsOfRows, outboxBatch } from './outboxEvents';
import { attachmentChunkBytes, type Change, type EventResult } from './protocol';

export const batchMaxEvents = 500;
export const batchMaxBytes = 2 * 1024 * 1024;
export const maxClockSkewMs = 2 * 60_000;
const maxBackoffMs = 5 * 60_000;

export interface SyncStatusState {
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorCode: string | null;
  consecutiveFailures: number;
  nextAttemptAt: string | null;
  online: boolean | null;
  clockSkewMs: number | null;
}

export const initialSyncState: SyncStatusState = {
  lastAttemptAt: null,
  lastSuccessAt: null,
  lastError: null,
  lastErrorCode: null,
  consecutiveFailures: 0,
  nextAttemptAt: null,
  online: null,
  clockSkewMs: null,
};

/** The last recorded outcome of the sync, as kept in SQLite (the defaults where nothing is yet). */
export function storedSyncState(repos: Pick<Repositories, 'syncState'>): SyncStatusState {
  return { ...initialSyncState, ...repos.syncState.get<SyncStatusState>('status') };
}

export interface RejectedChange {
  cursor: string;
  kind: string;
  reason: string;
  at: string;
}

export interface SyncRunResult {
  ok: boolean;
  pushed: number;
  parked: number;
  pulled: number;
  skippedChanges: number;
  uploadedBytes: number;
  errorCode: string | null;
}

/**
 * The write transaction a page of pulled changes is applied in. The sync service
 * lends its unit of work (so a change gets its audit rows and screen events); the
 * client sees only the transaction's time and how to apply one change in it.
 */
export interface PullTransaction {
  readonly now: Date;
  /** Applies one pulled change; throws an AppError to refuse it. */
  apply(change: Change): void;
}

export interface SyncDeps {
  db: Db;
  repos: Repositories;
  /** Runs `work` as ONE write transaction: a page's changes and the cursor after them commit together. */
  writePulled<T>(work: (tx: PullTransaction) => T): T;
  clock: Clock;
  logger: Logger;
  adapter: ProvinceAdapter;
  /** Reads a stored attachment's bytes by SHA-256. */
  readAttachment: (sha256: string) => Uint8Array;
  /** 0 ≤ x < 1, for back-off jitter (tests pass a fixed value). */
  random?: () => number;
}

export function backoffMs(failures: number, random: number): number {
  const base = Math.min(maxBackoffMs, 1000 * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.8 + 0.4 * random));
}

/** Takes events in outbox order up to the batch limits (always at least one). */
export function takeBatch(rows: readonly OutboxEventRow[]): OutboxEventRow[] {
  const batch: OutboxEventRow[] = [];
  let bytes = 0;
  for (const row of rows) {
    if (batch.length >= batchMaxEvents || (batch.length > 0 && bytes + row.payload_bytes > batchMaxBytes)) break;
    batch.push(row);
    bytes += row.payload_bytes;
  }
  return batch;
}

export function createSyncClient(deps: SyncDeps) {
  const { db, repos, clock, adapter, logger } = deps;
  const random = deps.random ?? Math.random;

  const state = (): SyncStatusState => storedSyncState(repos);
  const saveState = (next: SyncStatusState) => repos.syncState.set('status', next, clock.now());

  async function upload(sha256: string): Promise<number> {
    let server = await adapter.attachmentState(sha256);
    if (server.complete) return 0;
    const bytes = deps.readAttachment(sha256);
    let offset = server.received;
    let sent = 0;
    for (let guard = 0; offset < bytes.length && guard < 10_000; guard += 1) {
      const chunk = bytes.subarray(offset, Math.min(bytes.length, offset + attachmentChunkBytes));
      server = await adapter.uploadChunk(sha256, offset, bytes.length, chunk);
      sent += chunk.length;
      if (server.complete) return sent;
      // The server says how much it holds: continue from there (also after a 409).
      offset = server.received;
    }
    if (!server.complete) throw new AppError('SYNC_PROTOCOL', { detail: 'attachment upload did not complete' });
    return sent;
  }

  /** The attachments a batch must have uploaded before it leaves (none when the adapter takes no attachments). */
  function attachmentKeysOf(batch: readonly OutboxEventRow[]): Set<string> {
    return adapter.capabilities.attachments ? attachmentsOfRows(batch) : new Set();
  }

  async function uploadAll(keys: ReadonlySet<string>, result: SyncRunResult): Promise<void> {
    for (const sha256 of keys) result.uploadedBytes += await upload(sha256);
  }

  /** Parks what the province rejected and acknowledges the rest, in one transaction. */
  function settle(batch: readonly OutboxEventRow[], results: readonly EventResult[], result: SyncRunResult): void {
    const now = clock.now();
    let parked = 0;
    db.transaction(() => {
      const accepted: number[] = [];
      results.forEach((answer, index) => {
        const row = batch[index]!;
        if (answer.status === 'rejected') {
          repos.outbox.park(row.seq, answer.reason ?? 'rejected by the provincial system', now);
          parked += 1;
        } else {
          accepted.push(row.seq);
        }
      });
      // One statement for the batch's acknowledgements.
      repos.outbox.acknowledgeAll(accepted, now);
    }).immediate();
    result.parked += parked;
    result.pushed += results.length - parked;
    if (parked) logger.warn('Sync parked events the province rejected', { parked });
  }

  /**
   * Batches go one at a time: batch n+1 leaves only after the province answered
   * batch n (so it applied n first: order per dossier holds). Station-side work
   * overlaps the province's: the next batch is read while the current one is
   * unanswered, and a batch is acknowledged while the next one is on its way.
   */
  async function pushPending(result: SyncRunResult): Promise<void> {
    const send = (rows: readonly OutboxEventRow[]) => adapter.push(outboxBatch(rows, repos.outbox));
    let batch = takeBatch(repos.outbox.pending(batchMaxEvents));
    if (batch.length === 0) return;
    await uploadAll(attachmentKeysOf(batch), result);
    let inFlight = send(batch);
    for (;;) {
      const next = takeBatch(repos.outbox.pendingAfter(batch.at(-1)!.seq, batchMaxEvents));
      const answer = await inFlight;
      recordSkew(answer.serverTime);
      // The next batch leaves now unless it needs attachments uploaded first (they must precede it).
      const nextUploads = attachmentKeysOf(next);
      let nextFlight: typeof inFlight | null = null;
      if (next.length > 0 && nextUploads.size === 0) {
        nextFlight = send(next);
        nextFlight.catch(() => {}); // awaited below; a failure must not go unhandled while this batch is settled
        // Let the request leave before the synchronous settling and reading below: node:http writes it on a later tick.
        await new Promise((resolve) => setImmediate(resolve));
      }
      settle(batch, answer.results, result);
      if (next.length === 0) return;
      if (!nextFlight) {
        await uploadAll(nextUploads, result);
        nextFlight = send(next);
      }
      batch = next;
      inFlight = nextFlight;
    }
  }

  async function pullChanges(result: SyncRunResult): Promise<void> {
    if (!adapter.capabilities.pull) return;
    for (let pages = 0; pages < 50; pages += 1) {
      const cursor = repos.syncState.get<string>('pull.cursor') ?? '0';
      const page = await adapter.changes(cursor, 200);
      recordSkew(page.serverTime);
      if (BigInt(page.nextCursor) < BigInt(cursor) || page.changes.some((c) => BigInt(c.cursor) <= BigInt(cursor))) {
        throw new AppError('SYNC_PROTOCOL', { detail: `changes: cursor went backwards (${page.nextCursor} < ${cursor})` });
      }
      deps.writePulled((tx) => {
        const rejected: RejectedChange[] = [];
        for (const change of page.changes) {
          try {
            // A savepoint per change: one the rules refuse is undone alone, the rest applies.
            db.transaction(() => tx.apply(change))();
            result.pulled += 1;
          } catch (error) {
            const appError = error instanceof AppError ? error : new AppError('INTERNAL', { detail: (error as Error).message });
            rejected.push({ cursor: change.cursor, kind: change.kind, reason: appError.detail, at: tx.now.toISOString() });
          }
        }
        if (rejected.length) {
          result.skippedChanges += rejected.length;
          const kept = [...(repos.syncState.get<RejectedChange[]>('pull.rejected') ?? []), ...rejected].slice(-50);
          repos.syncState.set('pull.rejected', kept, tx.now);
          logger.warn('Sync skipped pulled changes the rules do not allow', { skipped: rejected.length });
        }
        repos.syncState.set('pull.cursor', page.nextCursor, tx.now);
      });
      if (!page.hasMore) return;
    }
  }

  /** Written only when it moved by more than a second: not a disk write per batch. */
  function recordSkew(serverTime: Date): void {
    const skew = serverTime.getTime() - clock.now().getTime();
    const current = state();
    if (current.clockSkewMs === null || Math.abs(current.clockSkewMs - skew) > 1000) saveState({ ...current, clockSkewMs: skew });
  }

  return {
    state,

    /** One full pass. Never throws: the outcome and the next attempt are recorded in SQLite. */
    async runOnce(): Promise<SyncRunResult> {
      const result: SyncRunResult = { ok: false, pushed: 0, parked: 0, pulled: 0, skippedChanges: 0, uploadedBytes: 0, errorCode: null };
      const startedAt = clock.now();
      saveState({ ...state(), lastAttemptAt: startedAt.toISOString() });
      try {
        const { serverTime } = await adapter.health();
        recordSkew(serverTime);
        await pushPending(result);
        await pullChanges(result);
        result.ok = true;
        saveState({ ...state(), lastSuccessAt: clock.now().toISOString(), lastError: null, lastErrorCode: null, consecutiveFailures: 0, nextAttemptAt: null, online: true });
      } catch (error) {
        const appError = error instanceof AppError ? error : new AppError('INTERNAL', { detail: (error as Error)?.message ?? String(error) });
        const current = state();
        const failures = current.consecutiveFailures + 1;
        result.errorCode = appError.code;
        saveState({
          ...current,
          lastError: appError.detail,
          lastErrorCode: appError.code,
          consecutiveFailures: failures,
          nextAttemptAt: new Date(clock.now().getTime() + backoffMs(failures, random())).toISOString(),
          online: appError.code === 'SYNC_UNREACHABLE' ? false : current.online,
        });
        logger.warn('Sync run failed', { code: appError.code, detail: appError.detail, failures });
      }
      return result;
    },
  };
}
export type SyncClient = ReturnType<typeof createSyncClient>;
