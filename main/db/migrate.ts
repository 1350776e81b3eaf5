/**
 * Numbered migrations, applied at start in ONE transaction: either the database
 * reaches the app's schema version or it stays exactly as it was. A database whose
 * schema is newer than the app is refused rather than guessed at.
 */
import { AppError } from '@domain/errors';
import type { Db } from './connection';
import { migrations, type Migration } from './migrations';

export interface MigrationResult {
  from: number;
  to: number;
  applied: number[];
}

export function latestSchemaVersion(list: readonly Migration[] = migrations): number {
  return list.reduce((max, migration) => Math.max(max, migration.version), 0);
}

export function currentSchemaVersion(db: Db): number {
  const table = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (!table) return 0;
  const row = db.prepare('SELECT max(version) AS version FROM schema_migrations').get() as { version: number | null };
  return row.version ?? 0;
}

export function migrate(db: Db, appliedAt: Date, list: readonly Migration[] = migrations): MigrationResult {
  assertOrdered(list);
  const latest = latestSchemaVersion(list);
  const run = db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    ) STRICT`);
    const from = currentSchemaVersion(db);
    if (from > latest) {
      throw new AppError('DATABASE_NEWER', { detail: `Database schema ${from} is newer than the app's ${latest}` });
    }
    const pending = list.filter((migration) => migration.version > from);
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of pending) {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, appliedAt.toISOString());
    }
    return { from, to: latest, applied: pending.map((migration) => migration.version) };
  });
  return run.immediate();
}

function assertOrdered(list: readonly Migration[]): void {
  list.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} has version ${migration.version}, expected ${index + 1}`);
    }
  });
}
