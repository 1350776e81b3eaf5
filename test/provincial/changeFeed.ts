/**
 * What the province decides, as a feed the stations pull: an append-only table
 * whose autoincrement cursor never goes backwards. A change may be for one site
 * (a dossier's status) or for all (catalogue, calendar).
 */
import { changeSchema, type Change } from '../../main/sync/protocol';
import type { ProvincialDb } from './database';
import { firstIssue } from './zodIssue';

export type ChangeCheck = { ok: true; change: { kind: Change['kind']; data: unknown } } | { ok: false; reason: string };

/** Validates a change against the protocol's schema, so the feed never serves what a station cannot parse. */
export function checkChange(kind: unknown, data: unknown): ChangeCheck {
  const parsed = changeSchema.safeParse({ cursor: '0', kind, data });
  if (!parsed.success) return { ok: false, reason: `invalid change: ${firstIssue(parsed.error, 'change') ?? 'unknown'}` };
  return { ok: true, change: { kind: parsed.data.kind, data: parsed.data.data } };
}

export interface ChangesPage {
  changes: Change[];
  nextCursor: string;
  hasMore: boolean;
}

export function changeFeed(db: ProvincialDb, now: () => Date) {
  const insert = db.prepare('INSERT INTO changes (kind, site_id, data, created_at) VALUES (?, ?, ?, ?)');
  const after = db.prepare<[bigint, string, number], { cursor: bigint; kind: string; data: string }>(
    'SELECT cursor, kind, data FROM changes WHERE cursor > ? AND (site_id IS NULL OR site_id = ?) ORDER BY cursor LIMIT ?',
  );
  after.safeIntegers(true);
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM changes');

  return {
    /** Appends a change that `checkChange` accepted; returns its cursor. */
    append(change: { kind: Change['kind']; data: unknown }, siteId: string | null): string {
      const result = insert.run(change.kind, siteId, JSON.stringify(change.data), now().toISOString());
      return String(result.lastInsertRowid);
    },

    /** Up to `limit` changes for `siteId` after `cursor`; nextCursor is never below `cursor`. */
    page(siteId: string, cursor: string, limit: number): ChangesPage {
      const rows = after.all(BigInt(cursor), siteId, limit + 1);
      const page = rows.slice(0, limit);
      const changes = page.map((row) => ({ cursor: String(row.cursor), kind: row.kind, data: JSON.parse(row.data) }) as Change);
      const last = page.at(-1);
      return { changes, nextCursor: String(last ? last.cursor : BigInt(cursor)), hasMore: rows.length > limit };
    },

    count(): number {
      return count.get()?.n ?? 0;
    },
  };
}
export type ChangeFeed = ReturnType<typeof changeFeed>;
