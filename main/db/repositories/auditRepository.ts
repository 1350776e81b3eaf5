import type { Db } from '../connection';

export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

/** The audit log's hash chain: appended to, never changed. */
export interface AuditRepository {
  /** The chain's head, which the next row hashes over. */
  last(): { seq: number; hash: string } | null;
  insert(row: AuditRow): void;
  /** Streams rows so verifying a years-long log does not load it into memory. */
  iterate(): IterableIterator<AuditRow>;
}

export function auditRepository(db: Db): AuditRepository {
  const last = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
  const insert = db.prepare(`INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, details, prev_hash, hash)
    VALUES (@seq, @at, @actor, @action, @entity, @entity_id, @details, @prev_hash, @hash)`);
  const inOrder = db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY seq');
  return {
    last: () => last.get() ?? null,
    insert: (row: AuditRow) => void insert.run(row),
    iterate: () => inOrder.iterate() as IterableIterator<AuditRow>,
  };
}
