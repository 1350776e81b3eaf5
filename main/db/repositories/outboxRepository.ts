import type { ProvinceEvent, ProvinceEventName } from '@domain/sync/provinceEvents';
import type { Db } from '../connection';

export interface OutboxEntry {
  eventId: string;
  type: ProvinceEventName;
  aggregateType: ProvinceEvent['aggregateType'];
  aggregateId: string;
  payload: unknown;
  /** SHA-256 keys of the attachments the province must hold before this event. */
  attachments: readonly string[];
  createdAt: Date;
}

/** An outbox row's delivery state (its payload is kept apart: it never changes once written). */
export interface OutboxRow {
  seq: number;
  event_id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  /** The payload's size in UTF-8 bytes. */
  payload_bytes: number;
  /** JSON array of the attachments' SHA-256 keys, or null for none. */
  attachments: string | null;
  created_at: string;
  attempts: number;
  last_error: string | null;
  acknowledged_at: string | null;
  parked_at: string | null;
  parked_reason: string | null;
}

/** A pending event as the sync batches it; its payload is read only when needed (the batch's JSON is rendered by SQLite). */
export type OutboxEventRow = Pick<OutboxRow, 'seq' | 'event_id' | 'type' | 'aggregate_type' | 'aggregate_id' | 'created_at' | 'payload_bytes' | 'attachments'>;

/** What the province must hear of, in order, until it acknowledges it (or an admin skips it). */
export interface OutboxRepository {
  append(entry: OutboxEntry): number;
  /** The oldest pending events (neither acknowledged nor parked), in outbox order. */
  pending(limit: number): OutboxEventRow[];
  /** Pending rows after `seq` (the next sync batch while the previous one is still unanswered). */
  pendingAfter(seq: number, limit: number): OutboxEventRow[];
  /** The committed payload JSON of an event. */
  payloadOf(seq: number): string | null;
  /**
   * The pending events from `firstSeq` to `lastSeq` as the JSON array the sync
   * protocol sends, rendered by SQLite in one statement (no row, string or buffer
   * per event in JavaScript), with their seqs in the order the array has them.
   */
  eventsJson(firstSeq: number, lastSeq: number): { seqs: string; json: Buffer };
  pendingTotals(): { events: number; bytes: number };
  acknowledge(seq: number, at: Date): boolean;
  /** Acknowledges many rows with one statement (a sync batch); returns how many changed. */
  acknowledgeAll(seqs: readonly number[], at: Date): number;
  park(seq: number, reason: string, at: Date): void;
  unpark(seq: number): boolean;
  parked(): OutboxRow[];
  bySeq(seq: number): OutboxRow | null;
  /** Rows still pending or acknowledged since `since`: enough to draw today's backlog. */
  timelineSince(since: Date): { created_at: string; acknowledged_at: string | null; parked_at: string | null }[];
}

export function outboxRepository(db: Db): OutboxRepository {
  const insert = db.prepare(`INSERT INTO outbox (event_id, type, aggregate_type, aggregate_id, payload_bytes, attachments, created_at)
    VALUES (@eventId, @type, @aggregateType, @aggregateId, @payloadBytes, @attachments, @createdAt)`);
  const insertPayload = db.prepare('INSERT INTO outbox_payloads (seq, payload) VALUES (?, ?)');
  const pendingEvents = `SELECT seq, event_id, type, aggregate_type, aggregate_id, created_at, payload_bytes, attachments
    FROM outbox WHERE acknowledged_at IS NULL AND parked_at IS NULL`;
  const pending = db.prepare<[number], OutboxEventRow>(`${pendingEvents} ORDER BY seq LIMIT ?`);
  const pendingAfter = db.prepare<[number, number], OutboxEventRow>(`${pendingEvents} AND seq > ? ORDER BY seq LIMIT ?`);
  const payloadOf = db.prepare<[number], string>('SELECT payload FROM outbox_payloads WHERE seq = ?').pluck();
  // The protocol's event objects (PROTOCOL.md; keys in the order outboxEvents.ts gives them), payloads embedded as stored.
  // SQLite does not promise the order of an unordered group_concat (an ordered one sorts every event's text in a temporary
  // B-tree, doubling the cost), but every aggregate of a statement steps over the same rows in the same order: the seqs
  // concatenated alongside show the order the events were joined in.
  const eventsJson = db.prepare<[number, number], { seqs: string | null; json: Buffer | null }>(
    `SELECT group_concat(o.seq, ',') AS seqs, CAST('[' || group_concat(format(
        '{"eventId":%s,"seq":%d,"type":%s,"aggregateType":%s,"aggregateId":%s,"createdAt":%s,"payload":%s}',
        json_quote(o.event_id), o.seq, json_quote(o.type), json_quote(o.aggregate_type), json_quote(o.aggregate_id),
        json_quote(o.created_at), p.payload), ',') || ']' AS BLOB) AS json
    FROM outbox o JOIN outbox_payloads p ON p.seq = o.seq
    WHERE o.seq BETWEEN ? AND ? AND o.acknowledged_at IS NULL AND o.parked_at IS NULL`,
  );
  const pendingTotals = db.prepare<[], { n: number; bytes: number | null }>(
    'SELECT count(*) AS n, sum(payload_bytes) AS bytes FROM outbox WHERE acknowledged_at IS NULL AND parked_at IS NULL',
  );
  const acknowledge = db.prepare('UPDATE outbox SET acknowledged_at = ?, last_error = NULL WHERE seq = ? AND acknowledged_at IS NULL');
  const acknowledgeAll = db.prepare(
    'UPDATE outbox SET acknowledged_at = ?, last_error = NULL WHERE seq IN (SELECT value FROM json_each(?)) AND acknowledged_at IS NULL',
  );
  const park = db.prepare('UPDATE outbox SET parked_at = ?, parked_reason = ?, attempts = attempts + 1 WHERE seq = ?');
  const unpark = db.prepare('UPDATE outbox SET parked_at = NULL, parked_reason = NULL WHERE seq = ? AND parked_at IS NOT NULL');
  const parked = db.prepare<[], OutboxRow>(
    'SELECT * FROM outbox WHERE parked_at IS NOT NULL AND acknowledged_at IS NULL ORDER BY seq',
  );
  const bySeq = db.prepare<[number], OutboxRow>('SELECT * FROM outbox WHERE seq = ?');
  const timeline = db.prepare<[string], { created_at: string; acknowledged_at: string | null; parked_at: string | null }>(
    'SELECT created_at, acknowledged_at, parked_at FROM outbox WHERE acknowledged_at IS NULL OR acknowledged_at >= ?',
  );
  return {
    append(entry: OutboxEntry): number {
      const payload = JSON.stringify(entry.payload);
      const seq = Number(
        insert.run({
          eventId: entry.eventId,
          type: entry.type,
          aggregateType: entry.aggregateType,
          aggregateId: entry.aggregateId,
          payloadBytes: Buffer.byteLength(payload),
          attachments: entry.attachments.length > 0 ? JSON.stringify(entry.attachments) : null,
          createdAt: entry.createdAt.toISOString(),
        }).lastInsertRowid,
      );
      insertPayload.run(seq, payload);
      return seq;
    },
    pending: (limit: number) => pending.all(limit),
    pendingAfter: (seq: number, limit: number) => pendingAfter.all(seq, limit),
    payloadOf: (seq: number) => payloadOf.get(seq) ?? null,
    eventsJson: (firstSeq: number, lastSeq: number) => {
      const row = eventsJson.get(firstSeq, lastSeq)!;
      return { seqs: row.seqs ?? '', json: row.json ?? Buffer.from('[]') };
    },
    pendingTotals: () => {
      const row = pendingTotals.get()!;
      return { events: row.n, bytes: row.bytes ?? 0 };
    },
    acknowledge: (seq: number, at: Date) => acknowledge.run(at.toISOString(), seq).changes > 0,
    acknowledgeAll: (seqs: readonly number[], at: Date) => (seqs.length ? acknowledgeAll.run(at.toISOString(), JSON.stringify(seqs)).changes : 0),
    park: (seq: number, reason: string, at: Date) => void park.run(at.toISOString(), reason.slice(0, 1000), seq),
    unpark: (seq: number) => unpark.run(seq).changes > 0,
    parked: () => parked.all(),
    bySeq: (seq: number) => bySeq.get(seq) ?? null,
    timelineSince: (since: Date) => timeline.all(since.toISOString()),
  };
}
