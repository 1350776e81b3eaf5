import type { Db } from '../connection';

/** Small station settings as JSON values under a key (office hours, LAN port…). */
export interface SettingsRepository {
  /** The stored JSON value, unchecked: its reader parses it. */
  get(key: string): unknown;
  set(key: string, value: unknown, now: Date): void;
}

export function settingsRepository(db: Db): SettingsRepository {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const upsert = db.prepare(`INSERT INTO settings (key, value, updated_at) VALUES (@key, @value, @now)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`);
  return {
    get(key: string): unknown {
      const row = select.get(key);
      return row ? (JSON.parse(row.value) as unknown) : undefined;
    },
    set(key: string, value: unknown, now: Date): void {
      upsert.run({ key, value: JSON.stringify(value), now: now.toISOString() });
    },
  };
}
