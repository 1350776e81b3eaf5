import type { Db } from '../connection';

export interface OutboxEntry {
  eventId: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: unknown;
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
  created_at: string;
  attempts: number;
  last_error: string | null;
  acknowledged_at: string | null;
  parked_at: string | null;
  parked_reason: string | null;
}

/** A pending event as the sync sends it: the payload is the committed JSON, as UTF-8 bytes. */
export interface OutboxEventRow {
  seq: number;
  event_id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  created_at: string;
  payload: Buffer;
}

export function outboxRepository(db: Db) {
  const insert = db.prepare(`INSERT INTO outbox (event_id, type, aggregate_type, aggregate_id, payload_bytes, created_at)
    VALUES (@eventId, @type, @aggregateType, @aggregateId, @payloadBytes, @createdAt)`);
  const insertPayload = db.prepare('INSERT INTO outbox_payloads (seq, payload) VALUES (?, ?)');
  // Read as a BLOB: the sync puts the bytes on the wire as they are, never decoding them into a JS string.
  const pendingEvents = `SELECT o.seq, o.event_id, o.type, o.aggregate_type, o.aggregate_id, o.created_at, CAST(p.payload AS BLOB) AS payload
    FROM outbox o JOIN outbox_payloads p ON p.seq = o.seq
    WHERE o.acknowledged_at IS NULL AND o.parked_at IS NULL`;
  const pending = db.prepare<[number], OutboxEventRow>(`${pendingEvents} ORDER BY o.seq LIMIT ?`);
  const pendingAfter = db.prepare<[number, number], OutboxEventRow>(`${pendingEvents} AND o.seq > ? ORDER BY o.seq LIMIT ?`);
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
          createdAt: entry.createdAt.toISOString(),
        }).lastInsertRowid,
      );
      insertPayload.run(seq, payload);
      return seq;
    },
    /** The oldest pending events (neither acknowledged nor parked), in outbox order. */
    pending: (limit: number) => pending.all(limit),
    /** Pending rows after `seq` (the next sync batch while the previous one is still unanswered). */
    pendingAfter: (seq: number, limit: number) => pendingAfter.all(seq, limit),
    pendingTotals: () => {
      const row = pendingTotals.get()!;
      return { events: row.n, bytes: row.bytes ?? 0 };
    },
    acknowledge: (seq: number, at: Date) => acknowledge.run(at.toISOString(), seq).changes > 0,
    /** Acknowledges many rows with one statement (a sync batch); returns how many changed. */
    acknowledgeAll: (seqs: readonly number[], at: Date) => (seqs.length ? acknowledgeAll.run(at.toISOString(), JSON.stringify(seqs)).changes : 0),
    park: (seq: number, reason: string, at: Date) => void park.run(at.toISOString(), reason.slice(0, 1000), seq),
    unpark: (seq: number) => unpark.run(seq).changes > 0,
    parked: () => parked.all(),
    bySeq: (seq: number) => bySeq.get(seq) ?? null,
    /** Rows still pending or acknowledged since `since`: enough to draw today's backlog. */
    timelineSince: (since: Date) => timeline.all(since.toISOString()),
  };
}
export type OutboxRepository = ReturnType<typeof outboxRepository>;
