/**
 * The provincial server's own SQLite file (never the station's): WAL, one schema
 * created on first open. `synchronous = NORMAL` is durable across a crash of the
 * server process, which is what the tests exercise; a power cut is not simulated.
 * Checkpoints are the checkpointer's (checkpointer.ts); the automatic one is only
 * a backstop, at 16 MB of WAL (four times SQLite's default). Pages are 16 KB, not
 * 4 KB: the rows are mostly payloads of 1–2 KB, and a push batch then commits a
 * quarter as many WAL frames (the province's CPU per batch fell by 10–15 %).
 * A folder made with 4 KB pages keeps them (SQLite fixes the size at creation).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export type ProvincialDb = Database.Database;

const schema = `
CREATE TABLE IF NOT EXISTS sites (
  id          TEXT PRIMARY KEY,
  salt        BLOB NOT NULL,
  secret_hash BLOB NOT NULL,
  created_at  TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
  token_hash TEXT PRIMARY KEY,
  site_id    TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  expires_at INTEGER NOT NULL
);
-- The rowid (implicit) is the order in which events were applied.
CREATE TABLE IF NOT EXISTS events (
  event_id       TEXT PRIMARY KEY,
  site_id        TEXT NOT NULL,
  seq            INTEGER NOT NULL,
  type           TEXT NOT NULL,
  aggregate_type TEXT NOT NULL,
  aggregate_id   TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  payload        TEXT NOT NULL,
  applied_at     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_site ON events(site_id);
CREATE TABLE IF NOT EXISTS dossiers (
  ma_ho_so      TEXT PRIMARY KEY,
  site_id       TEXT NOT NULL,
  status        INTEGER NOT NULL,
  -- The events rowid of the latest payload (stored once, in events); its TrangThaiHoSo gives way to status.
  payload_event INTEGER NOT NULL,
  -- Accepted dossier.received / dossier.refused events for this code: exactly 1 when delivery is exactly-once.
  times_created INTEGER NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS attachments (
  sha256       TEXT PRIMARY KEY,
  total        INTEGER NOT NULL,
  received     INTEGER NOT NULL,
  complete     INTEGER NOT NULL DEFAULT 0,
  created_at   TEXT NOT NULL,
  completed_at TEXT
);
-- site_id NULL: a change for every site (catalogue, calendar).
CREATE TABLE IF NOT EXISTS changes (
  cursor     INTEGER PRIMARY KEY AUTOINCREMENT,
  kind       TEXT NOT NULL,
  site_id    TEXT,
  data       TEXT NOT NULL,
  created_at TEXT NOT NULL
);
`;

/** Bumped when the schema changes; a folder of another version is refused, not half-used (this server has no migrations). */
export const provincialSchemaVersion = 2;

export const databaseFileName = 'provincial.sqlite';
export const pageBytes = 16384;
export const backstopCheckpointPages = (16 * 1024 * 1024) / pageBytes;

export function openProvincialDatabase(dataDir: string): ProvincialDb {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, databaseFileName));
  const hasTables = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n > 0;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (hasTables && version !== provincialSchemaVersion) {
    db.close();
    throw new Error(`${dataDir} holds a reference server database of schema ${version}, this server writes ${provincialSchemaVersion}: use a new --data folder`);
  }
  db.pragma(`page_size = ${pageBytes}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma(`wal_autocheckpoint = ${backstopCheckpointPages}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(schema);
  db.pragma(`user_version = ${provincialSchemaVersion}`);
  return db;
}
