import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '@contract';
import { openDatabase } from '../../main/db/connection';
import { currentSchemaVersion, latestSchemaVersion, migrate } from '../../main/db/migrate';
import { migrations } from '../../main/db/migrations';
import { auditRepository } from '../../main/db/repositories/auditRepository';
import { dossierRepository } from '../../main/db/repositories/dossierRepository';
import { outboxRepository } from '../../main/db/repositories/outboxRepository';
import { queueRepository } from '../../main/db/repositories/queueRepository';
import { nationalDateTime, payloadAttachments } from '@domain/dossier/nationalPayload';
import { appendAudit } from '../../main/services/audit/auditChain';
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

  it('turns the postponements of an existing database, known by their note, into data (migration 9)', () => {
    const db = openDatabase(join(tempDir(), 'a.sqlite3'));
    migrate(db, now, migrations.slice(0, migrations.findIndex((migration) => migration.name === 'postponements')));
    const old = previousVersionDossiers(db);
    // Received due 26/11 17:00; postponed on 27/11 to 1/12 09:00.
    const lan = old.receive(1, '2026-11-26T10:00:00.000Z');
    old.postpone(lan, '2026-11-27T02:00:00.000Z', '2026-12-01T02:00:00.000Z', 'Cần xác minh tại nơi cư trú');
    // A supplement recorded (the wait added 2 h 17 min 42.5 s), then postponed twice.
    const duc = old.receive(2, '2026-11-27T10:00:00.000Z');
    old.move(duc, 2, 5, '2026-11-24T02:00:00.000Z', 'Thiếu trích lục', {});
    old.move(duc, 5, 2, '2026-11-24T04:17:42.500Z', 'Đã nhận hồ sơ bổ sung', { due: '2026-11-27T12:17:42.500Z', sendDue: true });
    old.postpone(duc, '2026-11-30T02:00:00.000Z', '2026-12-03T02:00:00.000Z', 'Chờ ý kiến của Sở Tư pháp');
    old.postpone(duc, '2026-12-03T01:00:00.000Z', '2026-12-08T09:00:00.000Z', 'Hẹn lại ngày trả: lần hai');
    // A postponement whose audit and outbox rows are missing keeps the dossier's own dates; a province note alike is no postponement.
    const hoa = old.receive(3, '2026-11-26T10:00:00.000Z');
    old.postpone(hoa, '2026-11-27T02:00:00.000Z', '2026-12-02T02:00:00.000Z', 'Mất điện', { recorded: false });
    db.prepare(`INSERT INTO dossier_events (dossier_id, status_from, status_to, source, note, at)
      VALUES (?, 2, 2, 'province', 'Hẹn lại ngày trả: theo Sở', '2026-11-28T02:00:00.000Z')`).run(hoa);

    migrate(db, now);
    const dossiers = dossierRepository(db);
    const postponementsOf = (id: number) =>
      dossiers.events(id).flatMap((e) => (e.new_due_at === null ? [] : [[e.previous_due_at, e.new_due_at, e.postpone_reason, e.note]]));
    expect(postponementsOf(lan)).toEqual([
      ['2026-11-26T10:00:00.000Z', '2026-12-01T02:00:00.000Z', 'Cần xác minh tại nơi cư trú', 'Hẹn lại ngày trả: Cần xác minh tại nơi cư trú'],
    ]);
    expect(postponementsOf(duc)).toEqual([
      // The supplement's extended date as the province was sent it (to the second).
      ['2026-11-27T12:17:42.000Z', '2026-12-03T02:00:00.000Z', 'Chờ ý kiến của Sở Tư pháp', 'Hẹn lại ngày trả: Chờ ý kiến của Sở Tư pháp'],
      ['2026-12-03T02:00:00.000Z', '2026-12-08T09:00:00.000Z', 'Hẹn lại ngày trả: lần hai', 'Hẹn lại ngày trả: Hẹn lại ngày trả: lần hai'],
    ]);
    expect(postponementsOf(hoa)).toEqual([['2026-11-26T10:00:00.000Z', '2026-12-02T02:00:00.000Z', 'Mất điện', 'Hẹn lại ngày trả: Mất điện']]);
    expect(dossiers.lastPostponement(duc)).toEqual({
      previous_due_at: '2026-12-03T02:00:00.000Z',
      new_due_at: '2026-12-08T09:00:00.000Z',
      reason: 'Hẹn lại ngày trả: lần hai',
      at: '2026-12-03T01:00:00.000Z',
    });
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

/** Dossiers written as the station did before migration 9: a postponement was an event note, an audit row and an outbox row. */
function previousVersionDossiers(db: ReturnType<typeof openDatabase>) {
  db.exec(`INSERT INTO service_areas (id, code, name, ticket_prefix) VALUES (1, 'HT', 'Hộ tịch', 'A');
    INSERT INTO procedures (id, code, name, name_folded, area_id, time_limit_kind, time_limit_value, updated_at)
      VALUES (1, '1.000656', 'Cấp giấy xác nhận tình trạng hôn nhân', 'cap giay xac nhan tinh trang hon nhan', 1, 'working_days', 3, '2026-11-01T00:00:00.000Z');
    INSERT INTO citizens (id, full_name, name_folded, created_at, updated_at) VALUES (1, 'Trần Thị Lan', 'tran thi lan', '2026-11-23T02:00:00.000Z', '2026-11-23T02:00:00.000Z');`);
  const audit = auditRepository(db);
  const outbox = outboxRepository(db);
  let events = 0;
  const codeOf = (id: number) => `000.31.38.H56-261123-${String(id).padStart(4, '0')}`;
  const dueOf = (id: number) => (db.prepare('SELECT due_at FROM dossiers WHERE id = ?').get(id) as { due_at: string }).due_at;
  const send = (id: number, at: string, due: string) =>
    outbox.append({
      eventId: `00000000-0000-4000-8000-${String(++events).padStart(12, '0')}`,
      type: 'dossier.status',
      aggregateType: 'dossier',
      aggregateId: codeOf(id),
      payload: { MaHoSo: codeOf(id), NgayHenTra: nationalDateTime(new Date(due)) },
      attachments: [],
      createdAt: new Date(at),
    });
  const event = db.prepare(`INSERT INTO dossier_events (dossier_id, status_from, status_to, source, note, at) VALUES (?, ?, ?, 'counter', ?, ?)`);
  return {
    receive(id: number, due: string): number {
      db.prepare(`INSERT INTO dossiers (id, code, receipt_day, seq, procedure_id, applicant_id, status, received_at, due_at, created_at, updated_at)
        VALUES (?, ?, '2026-11-23', ?, 1, 1, 2, '2026-11-23T02:00:00.000Z', ?, '2026-11-23T02:00:00.000Z', '2026-11-23T02:00:00.000Z')`).run(id, codeOf(id), id, due);
      event.run(id, null, 2, null, '2026-11-23T02:00:00.000Z');
      return id;
    },
    move(id: number, from: number, to: number, at: string, note: string, change: { due?: string; sendDue?: boolean }): void {
      if (change.due) db.prepare('UPDATE dossiers SET due_at = ?, original_due_at = coalesce(original_due_at, due_at), status = ? WHERE id = ?').run(change.due, to, id);
      else db.prepare('UPDATE dossiers SET status = ? WHERE id = ?').run(to, id);
      event.run(id, from, to, note, at);
      send(id, at, dueOf(id));
    },
    postpone(id: number, at: string, newDue: string, reason: string, { recorded = true } = {}): void {
      db.prepare('UPDATE dossiers SET due_at = ?, original_due_at = coalesce(original_due_at, due_at) WHERE id = ?').run(newDue, id);
      event.run(id, 2, 2, `Hẹn lại ngày trả: ${reason}`, at);
      if (!recorded) return;
      send(id, at, newDue);
      appendAudit(audit, { at: new Date(at), actor: 'user:1', action: 'dossier.postpone', entity: 'dossier', entityId: id, details: { code: codeOf(id), newDueAt: newDue } });
    },
  };
}

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
