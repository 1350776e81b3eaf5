import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '@contract';
import { openDatabase } from '../../main/db/connection';
import { currentSchemaVersion, latestSchemaVersion, migrate } from '../../main/db/migrate';
import { migrations } from '../../main/db/migrations';
import { outboxRepository } from '../../main/db/repositories/outboxRepository';
import { queueRepository } from '../../main/db/repositories/queueRepository';
import { payloadAttachments } from '@domain/dossier/nationalPayload';
import { tempDir } from '../helpers/tempDir';

const now = new Date('2026-11-23T02:00:00Z');
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function codeOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`;
  }
  return 'no error';
}

describe('the station database', () => {
  it('a new database gets the whole schema of the architecture', () => {
    const db = openDatabase(join(tempDir(), 'a.sqlite3'));
    migrate(db, now);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    for (const table of [
      'site', 'counters', 'service_areas', 'procedures', 'procedure_components', 'tickets', 'citizens', 'dossiers',
      'dossier_documents', 'attachments', 'dossier_events', 'ratings', 'users', 'sessions', 'outbox', 'sync_state',
      'audit_log', 'settings', 'devices',
    ]) {
      expect(tables).toContain(table);
    }
    expect(currentSchemaVersion(db)).toBe(latestSchemaVersion());
    db.close();
  });

  it('runs in WAL mode with foreign keys and a busy timeout', () => {
    const db = openDatabase(join(tempDir(), 'a.sqlite3'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    // 2 = MEMORY: a group commit's savepoint journals never spill to files in /var/tmp.
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
    db.close();
  });

  it('enforces keys and constraints', () => {
    const db = openDatabase(join(tempDir(), 'a.sqlite3'));
    migrate(db, now);
    expect(() =>
      db.prepare("INSERT INTO counter_areas (counter_id, area_id) VALUES (99, 99)").run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.prepare("INSERT INTO site (id, agency_code, agency_name, centre_name, province_name, updated_at) VALUES (1, 'bad', 'a', 'b', 'c', 'x')").run(),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('applies pending migrations in one transaction: a failing one leaves nothing behind', () => {
    const file = join(tempDir(), 'a.sqlite3');
    const db = openDatabase(file);
    const broken = [...migrations, { version: migrations.length + 1, name: 'broken', sql: 'CREATE TABLE extra (x INTEGER); SELECT * FROM missing_table;' }];
    expect(() => migrate(db, now, broken)).toThrow();
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get()).toEqual({ n: 0 });
    migrate(db, now);
    expect(currentSchemaVersion(db)).toBe(latestSchemaVersion());
    db.close();
  });

  it('moves the outbox payloads of an existing database into their own table, byte for byte, still pending, with the attachments they name', () => {
    const db = openDatabase(join(tempDir(), 'a.sqlite3'));
    const before = migrations.findIndex((migration) => migration.name === 'outbox-payloads');
    migrate(db, now, migrations.slice(0, before));
    const payload = JSON.stringify({ MaHoSo: '000.31.38.H56-261123-0001', ChuHoSo: 'Nguyễn Văn Đức' });
    const insert = db.prepare('INSERT INTO outbox (event_id, type, aggregate_type, aggregate_id, payload, created_at, acknowledged_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    insert.run('00000000-0000-4000-8000-000000000001', 'dossier.received', 'dossier', '000.31.38.H56-261123-0001', payload, now.toISOString(), null);
    insert.run('00000000-0000-4000-8000-000000000002', 'site.profile', 'site', '000.31.38.H56', '{}', now.toISOString(), now.toISOString());
    const sha = 'ab'.repeat(32);
    const withScans = JSON.stringify({ TaiLieuNop: [{ TepDinhKemId: sha }, { TepDinhKemId: 'AB'.repeat(32) }, { TepDinhKemId: null }, 7, { TepDinhKemId: sha }] });
    insert.run('00000000-0000-4000-8000-000000000003', 'dossier.status', 'dossier', '000.31.38.H56-261123-0001', withScans, now.toISOString(), null);
    migrate(db, now);
    expect(db.prepare('SELECT o.seq, o.payload_bytes, o.attachments, p.payload FROM outbox o JOIN outbox_payloads p USING (seq) ORDER BY seq').all()).toEqual([
      { seq: 1, payload_bytes: Buffer.byteLength(payload), attachments: null, payload },
      { seq: 2, payload_bytes: 2, attachments: null, payload: '{}' },
      // The same keys payloadAttachments gives (lowercase SHA-256 strings, once each).
      { seq: 3, payload_bytes: Buffer.byteLength(withScans), attachments: JSON.stringify(payloadAttachments(JSON.parse(withScans))), payload: withScans },
    ]);
    const pending = outboxRepository(db).pending(10);
    expect(pending.map((row) => [row.seq, outboxRepository(db).payloadOf(row.seq)])).toEqual([[1, payload], [3, withScans]]);
    expect(outboxRepository(db).pendingTotals()).toEqual({ events: 2, bytes: Buffer.byteLength(payload) + Buffer.byteLength(withScans) });
    db.close();
  });

  it('rebuilds the queue indexes for the hot path (migrations 7 and 8): the calls made before are still found through the new call indexes', () => {
    const db = openDatabase(join(tempDir(), 'a.sqlite3'));
    const before = migrations.findIndex((migration) => migration.name === 'queue-hot-path');
    migrate(db, now, migrations.slice(0, before));
    db.exec(`INSERT INTO service_areas (id, code, name, ticket_prefix) VALUES (1, 'HT', 'Hộ tịch', 'A');
      INSERT INTO counters (id, number, name) VALUES (1, 1, 'Quầy 1');`);
    const ticket = db.prepare(`INSERT INTO tickets (token, service_day, area_id, queue_area_id, seq, number, priority, status, issued_at, counter_id)
      VALUES (?, '2026-11-23', 1, 1, ?, ?, ?, ?, '2026-11-23T01:00:00.000Z', ?)`);
    const event = db.prepare("INSERT INTO ticket_events (ticket_id, kind, counter_id, at) VALUES (?, ?, ?, '2026-11-23T01:30:00.000Z')");
    // A001 (normal) then A002 and A003 (priority) called at counter 1; A003 recalled; A004 waiting.
    ticket.run('t1', 1, 'A001', null, 'done', 1);
    ticket.run('t2', 2, 'A002', 'elderly', 'done', 1);
    ticket.run('t3', 3, 'A003', 'disabled', 'called', 1);
    ticket.run('t4', 4, 'A004', null, 'waiting', null);
    for (const [id, kind, counter] of [[1, 'issued', null], [2, 'issued', null], [3, 'issued', null], [1, 'called', 1], [1, 'finished', 1], [2, 'called', 1], [3, 'called', 1], [3, 'recalled', 1], [4, 'issued', null]] as const) {
      event.run(id, kind, counter);
    }
    migrate(db, now);
    const queue = queueRepository(db);
    expect(queue.consecutivePriorityCalls(1, '2026-11-23')).toBe(2);
    expect(queue.recentCalls('2026-11-23', 10).map((call) => `${call.kind} ${call.number}`)).toEqual(['recalled A003', 'called A003', 'called A002', 'called A001']);
    // The next morning: yesterday's calls count for nothing (and are not walked: the indexes go by time).
    expect(queue.recentCalls('2026-11-24', 10)).toEqual([]);
    expect(queue.consecutivePriorityCalls(1, '2026-11-24')).toBe(0);
    expect(queue.waitingByArea('2026-11-23')).toEqual(new Map([[1, 1]]));
    const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'ticket_events'").all() as { name: string }[]).map((i) => i.name);
    expect(indexes.sort()).toEqual(['ticket_events_calls', 'ticket_events_counter_calls', 'ticket_events_ticket']);
    db.close();
  });

  it('refuses a database made by a newer app, and leaves it as it was', () => {
    const file = join(tempDir(), 'a.sqlite3');
    const db = openDatabase(file);
    migrate(db, now);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')").run();
    db.close();
    const before = sha(file);
    const reopened = openDatabase(file);
    expect(codeOf(() => migrate(reopened, now))).toBe('DATABASE_NEWER');
    reopened.close();
    expect(currentSchemaVersionOf(file)).toBe(999);
    expect(sha(file)).toBe(before);
  });

  it('refuses a file that is not SQLite, without touching it', () => {
    const file = join(tempDir(), 'a.sqlite3');
    writeFileSync(file, 'Đây không phải là cơ sở dữ liệu. '.repeat(20));
    const before = sha(file);
    expect(codeOf(() => openDatabase(file))).toBe('DATABASE_INVALID');
    expect(sha(file)).toBe(before);
  });

  it("refuses another application's SQLite database, without touching it", () => {
    const file = join(tempDir(), 'other.sqlite3');
    const other = new Database(file);
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    other.close();
    const before = sha(file);
    expect(codeOf(() => openDatabase(file))).toBe('DATABASE_INVALID');
    expect(sha(file)).toBe(before);
  });

  it('refuses a damaged database with a clear error', () => {
    const file = join(tempDir(), 'a.sqlite3');
    const db = openDatabase(file);
    migrate(db, now);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = readFileSync(file);
    bytes.fill(0xa5, 100, bytes.length); // keep the header, ruin every page
    writeFileSync(file, bytes);
    const before = sha(file);
    expect(codeOf(() => openDatabase(file))).toBe('DATABASE_INVALID');
    expect(sha(file)).toBe(before);
  });
});

function currentSchemaVersionOf(file: string): number {
  const db = new Database(file, { readonly: true });
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number };
  db.close();
  return row.v;
}

describe('one station per data folder', () => {
  it('refuses a second station before it opens, let alone migrates, the database in use', async () => {
    const { spawn } = await import('node:child_process');
    const { startStation } = await import('../../main/station/station');
    const { silentLogger } = await import('../../main/runtime/logger');
    const dataDir = tempDir();
    const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeFileSync(join(dataDir, 'station.lock'), String(running.pid));
      await expect(startStation({ dataDir, logger: silentLogger })).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(existsSync(join(dataDir, 'motcua.sqlite3'))).toBe(false);
    } finally {
      running.kill();
    }
  });
});
