import type { Db } from '../connection';

/** What the sync knows between runs (cursor, attempts, last error, next try…), as JSON under a key. */
export interface SyncStateRepository {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown, now: Date): void;
}

export function syncStateRepository(db: Db): SyncStateRepository {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM sync_state WHERE key = ?');
  const upsert = db.prepare(`INSERT INTO sync_state (key, value, updated_at) VALUES (@key, @value, @now)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`);
  return {
    get<T>(key: string): T | undefined {
      const row = select.get(key);
      return row ? (JSON.parse(row.value) as T) : undefined;
    },
    set(key: string, value: unknown, now: Date): void {
      upsert.run({ key, value: JSON.stringify(value), now: now.toISOString() });
    },
  };
}
