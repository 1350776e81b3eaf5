import type { Db } from '../connection';

export interface OutboxEntry {
  eventId: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: unknown;
  createdAt: Date;
}

export interface OutboxRow {
  seq: number;
  event_id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: string;
  created_at: string;
  attempts: number;
  last_error: string | null;
  acknowledged_at: string | null;
  parked_at: string | null;
}

export function outboxRepository(db: Db) {
  const insert = db.prepare(`INSERT INTO outbox (event_id, type, aggregate_type, aggregate_id, payload, created_at)
    VALUES (@eventId, @type, @aggregateType, @aggregateId, @payload, @createdAt)`);
  const pending = db.prepare<[number], OutboxRow>(
    'SELECT * FROM outbox WHERE acknowledged_at IS NULL AND parked_at IS NULL ORDER BY seq LIMIT ?',
  );
  const pendingCount = db.prepare<[], { n: number }>(
    'SELECT count(*) AS n FROM outbox WHERE acknowledged_at IS NULL AND parked_at IS NULL',
  );
  return {
    append(entry: OutboxEntry): number {
      return Number(
        insert.run({
          ...entry,
          payload: JSON.stringify(entry.payload),
          createdAt: entry.createdAt.toISOString(),
        }).lastInsertRowid,
      );
    },
    pending: (limit: number) => pending.all(limit),
    pendingCount: () => pendingCount.get()!.n,
  };
}
export type OutboxRepository = ReturnType<typeof outboxRepository>;
