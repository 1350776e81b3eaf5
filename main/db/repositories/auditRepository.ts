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

export function auditRepository(db: Db) {
  const last = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
  const insert = db.prepare(`INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, details, prev_hash, hash)
    VALUES (@seq, @at, @actor, @action, @entity, @entity_id, @details, @prev_hash, @hash)`);
  const inOrder = db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY seq');
  return {
    last: () => last.get() ?? null,
    insert: (row: AuditRow) => void insert.run(row),
    /** Streams rows so verifying a years-long log does not load it into memory. */
    iterate: () => inOrder.iterate() as IterableIterator<AuditRow>,
  };
}
export type AuditRepository = ReturnType<typeof auditRepository>;
