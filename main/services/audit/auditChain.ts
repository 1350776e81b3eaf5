/**
 * The audit log is a hash chain: each row stores SHA-256(previous hash + canonical
 * row content). Editing, deleting or reordering any row breaks every hash after it,
 * and `verifyAuditChain` names the first row that no longer fits.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '@domain/text/canonicalJson';
import type { AuditRepository, AuditRow } from '../../db/repositories/auditRepository';

export const genesisHash = '0'.repeat(64);

export type AuditContent = Omit<AuditRow, 'hash' | 'prev_hash'>;

export function auditHash(prevHash: string, content: AuditContent): string {
  return createHash('sha256')
    .update(prevHash)
    .update(
      canonicalJson({
        seq: content.seq,
        at: content.at,
        actor: content.actor,
        action: content.action,
        entity: content.entity,
        entity_id: content.entity_id,
        details: content.details,
      }),
    )
    .digest('hex');
}

export interface AuditVerification {
  intact: boolean;
  checked: number;
  firstBrokenSeq: number | null;
}

export function verifyAuditChain(rows: Iterable<AuditRow>): AuditVerification {
  let prevHash = genesisHash;
  let expectedSeq: number | null = null;
  let checked = 0;
  for (const row of rows) {
    checked += 1;
    const gap = expectedSeq !== null && row.seq !== expectedSeq;
    if (gap || row.prev_hash !== prevHash || auditHash(prevHash, row) !== row.hash) {
      return { intact: false, checked, firstBrokenSeq: row.seq };
    }
    prevHash = row.hash;
    expectedSeq = row.seq + 1;
  }
  return { intact: true, checked, firstBrokenSeq: null };
}

export function appendAudit(
  repo: AuditRepository,
  entry: { at: Date; actor: string; action: string; entity: string; entityId: string | number | null; details: unknown },
): AuditRow {
  const last = repo.last();
  const content: AuditContent = {
    seq: (last?.seq ?? 0) + 1,
    at: entry.at.toISOString(),
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId === null ? null : String(entry.entityId),
    details: canonicalJson(entry.details ?? {}),
  };
  const prevHash = last?.hash ?? genesisHash;
  const row: AuditRow = { ...content, prev_hash: prevHash, hash: auditHash(prevHash, content) };
  repo.insert(row);
  return row;
}
