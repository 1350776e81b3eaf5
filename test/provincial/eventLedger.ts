/**
 * Applying a pushed batch: in the order given, in ONE transaction (the server's own
 * commit), one result per event. Each event is idempotent by its eventId: the same
 * content again is a duplicate with no second effect, other content under the same
 * id is a conflict. An invalid event is rejected and not stored (so it is judged
 * afresh when the station retries it, e.g. after uploading a missing attachment);
 * the rest of the batch is still applied.
 */
import { provinceEvents } from '@domain/sync/provinceEvents';
import type { EventResult, SyncEvent } from '../../main/sync/protocol';
import type { AttachmentStore } from './attachmentStore';
import { eventContentHash } from './contentHash';
import type { ProvincialDb } from './database';
import type { DossierBook } from './dossierBook';
import { creatingEventTypes, dossierEventTypes, readDossierPayload, recordedEventTypes, statusMoveProblem, type DossierFacts } from './dossierRules';

export const conflictReason = 'conflict: eventId reused with different content';
export const attachmentMissingReason = 'attachment missing';

export interface StoredEvent {
  eventId: string;
  siteId: string;
  seq: number;
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: unknown;
  appliedAt: string;
}

export interface BatchOutcome {
  results: EventResult[];
  /** MaHoSo of the dossiers a dossier.received event brought in with this batch. */
  received: string[];
}

type Judgement =
  | { status: 'duplicate' | 'rejected'; reason?: string }
  | { status: 'accept'; dossier: DossierFacts | null; /** Whether the province already has this dossier. */ known: boolean };

/** Thrown out of the all-or-nothing pass when one event fails to apply: the batch is then applied event by event. */
class EventFailed extends Error {}

type StoredContent = { type: string; aggregate_type: string; aggregate_id: string; payload: string };

/**
 * Whether an event means what the stored one under its eventId meant. Only asked
 * when an eventId comes again (a resend), so nothing is hashed for a new event:
 * the payload is stored as received and both sides are fingerprinted here.
 */
function sameContent(stored: StoredContent, event: SyncEvent): boolean {
  const storedEvent = { type: stored.type, aggregateType: stored.aggregate_type, aggregateId: stored.aggregate_id, payload: JSON.parse(stored.payload) as unknown };
  return eventContentHash(storedEvent) === eventContentHash({ ...event, payload: event.payload ?? null });
}

export function eventLedger(db: ProvincialDb, now: () => Date, dossiers: DossierBook, attachments: AttachmentStore) {
  const byId = db.prepare<[string], StoredContent>('SELECT type, aggregate_type, aggregate_id, payload FROM events WHERE event_id = ?');
  const insert = db.prepare(
    `INSERT INTO events (event_id, site_id, seq, type, aggregate_type, aggregate_id, created_at, payload, applied_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT), ?)`,
  );
  type EventRow = { event_id: string; site_id: string; seq: number; type: string; aggregate_type: string; aggregate_id: string; payload: string; applied_at: string };
  const allRows = db.prepare<[], EventRow>('SELECT * FROM events ORDER BY rowid');
  const siteRows = db.prepare<[string], EventRow>('SELECT * FROM events WHERE site_id = ? ORDER BY rowid');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM events');
  const counters = { accepted: 0, duplicate: 0, rejected: 0 };

  function judge(siteId: string, event: SyncEvent): Judgement {
    const stored = byId.get(event.eventId);
    if (stored) return sameContent(stored, event) ? { status: 'duplicate' } : { status: 'rejected', reason: conflictReason };
    if (recordedEventTypes.has(event.type)) {
      const isObject = typeof event.payload === 'object' && event.payload !== null;
      return isObject ? { status: 'accept', dossier: null, known: false } : { status: 'rejected', reason: 'payload must be an object' };
    }
    if (!dossierEventTypes.has(event.type)) return { status: 'rejected', reason: `unknown event type: ${event.type.slice(0, 64)}` };

    const reading = readDossierPayload(event.payload);
    if (!reading.ok) return { status: 'rejected', reason: reading.reason };
    const facts = reading.value;
    const current = dossiers.get(facts.MaHoSo);
    if (!current && event.type === provinceEvents.dossierStatus.name) return { status: 'rejected', reason: 'unknown dossier: received event not seen' };
    if (current && current.siteId !== siteId) return { status: 'rejected', reason: 'MaHoSo belongs to another site' };
    const regression = current ? statusMoveProblem(current.TrangThaiHoSo, facts.TrangThaiHoSo) : null;
    if (regression) return { status: 'rejected', reason: regression };
    if (facts.attachments.some((sha) => !attachments.isComplete(sha))) return { status: 'rejected', reason: attachmentMissingReason };
    return { status: 'accept', dossier: facts, known: current !== undefined };
  }

  /** `sentPayload`: the payload's JSON as the station sent it, when the body was read for it (payloadBytes.ts). */
  function applyEvent(siteId: string, event: SyncEvent, judgement: Judgement & { status: 'accept' }, sentPayload: Buffer | undefined): void {
    const at = now().toISOString();
    const payloadJson = sentPayload ?? JSON.stringify(event.payload ?? null);
    const { lastInsertRowid } = insert.run(event.eventId, siteId, event.seq, event.type, event.aggregateType, event.aggregateId, event.createdAt, payloadJson, at);
    const { dossier } = judgement;
    if (dossier) dossiers.store(siteId, dossier.MaHoSo, dossier.TrangThaiHoSo, Number(lastInsertRowid), creatingEventTypes.has(event.type), judgement.known);
  }
  // Nested in the batch's transaction this is a savepoint: a failing event undoes only itself.
  const applyEventAlone = db.transaction(applyEvent);

  /**
   * One pass over the batch. `isolated`: each event in its own savepoint, and one
   * that fails to apply is rejected alone. Otherwise no savepoints (they cost a
   * statement pair per event) and the first failure aborts the pass by throwing.
   */
  function runBatch(siteId: string, events: SyncEvent[], sentPayloads: readonly (Buffer | undefined)[] | null, isolated: boolean): BatchOutcome {
    const results: EventResult[] = [];
    const received: string[] = [];
    for (const [index, event] of events.entries()) {
      const judgement = judge(siteId, event);
      if (judgement.status !== 'accept') {
        results.push({ eventId: event.eventId, status: judgement.status, ...(judgement.reason ? { reason: judgement.reason } : {}) });
        continue;
      }
      try {
        const sentPayload = sentPayloads?.[index];
        if (isolated) applyEventAlone(siteId, event, judgement, sentPayload);
        else applyEvent(siteId, event, judgement, sentPayload);
      } catch (error) {
        if (!isolated) throw new EventFailed((error as Error).message);
        results.push({ eventId: event.eventId, status: 'rejected', reason: `could not apply: ${(error as Error).message}`.slice(0, 1000) });
        continue;
      }
      results.push({ eventId: event.eventId, status: 'accepted' });
      if (event.type === provinceEvents.dossierReceived.name && judgement.dossier) received.push(judgement.dossier.MaHoSo);
    }
    return { results, received };
  }

  const applyBatch = db.transaction(runBatch);

  /** All at once; if an event fails to apply, that pass is rolled back whole and the batch is applied event by event. */
  function applyAndCommit(siteId: string, events: SyncEvent[], sentPayloads: readonly (Buffer | undefined)[] | null): BatchOutcome {
    try {
      return applyBatch.immediate(siteId, events, sentPayloads, false);
    } catch (error) {
      if (!(error instanceof EventFailed)) throw error;
      return applyBatch.immediate(siteId, events, sentPayloads, true);
    }
  }

  const toStored = (row: EventRow): StoredEvent => ({
    eventId: row.event_id,
    siteId: row.site_id,
    seq: row.seq,
    type: row.type,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    payload: JSON.parse(row.payload),
    appliedAt: row.applied_at,
  });

  return {
    /**
     * Applies and commits the batch; the caller answers only after this returns.
     * `sentPayloads[i]`: event i's payload JSON as sent (else its parsed payload is serialised).
     */
    apply(siteId: string, events: SyncEvent[], sentPayloads: readonly (Buffer | undefined)[] | null = null): BatchOutcome {
      if (sentPayloads && sentPayloads.length !== events.length) throw new Error('one sent payload per event expected');
      const outcome = applyAndCommit(siteId, events, sentPayloads);
      for (const result of outcome.results) counters[result.status] += 1;
      return outcome;
    },

    /** Stored events in the order they were applied. */
    list(siteId?: string): StoredEvent[] {
      return (siteId ? siteRows.all(siteId) : allRows.all()).map(toStored);
    },

    count(): number {
      return count.get()?.n ?? 0;
    },

    counters,

    resetCounters(): void {
      counters.accepted = counters.duplicate = counters.rejected = 0;
    },
  };
}
export type EventLedger = ReturnType<typeof eventLedger>;
