import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openProvincialDatabase } from './database';
import { pushResponseSchema } from '../../main/sync/protocol';
import { tempDir } from '../helpers/tempDir';
import {
  call,
  dossierPayload,
  push,
  putChunk,
  received,
  sessionToken,
  sha256Hex,
  startTestServer,
  statusEvent,
  syncEvent,
} from './provincialFixtures';

const code = (n: number) => `000.00.06.H56-261123-${String(n).padStart(4, '0')}`;

describe('reference provincial server: pushing events', () => {
  it('accepts a new event and stores the dossier by MaHoSo', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    const event = received(code(1));
    const reply = await push(server, token, [event]);
    expect(reply.status).toBe(200);
    expect(pushResponseSchema.parse(reply.body).results).toEqual([{ eventId: event.eventId, status: 'accepted' }]);
    expect(server.store.dossiers.get(code(1))).toMatchObject({ MaHoSo: code(1), TrangThaiHoSo: 2, timesCreated: 1 });
    expect(server.store.dossiers.payloadOf(code(1))).toEqual(event.payload);
  });

  it('answers the same event again as a duplicate with no second effect', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    const event = received(code(1));
    await push(server, token, [event]);
    // A resend may be re-stamped; only the content decides.
    const again = await push(server, token, [{ ...event, seq: event.seq + 100, createdAt: '2026-11-23T05:00:00.000Z' }]);
    expect(again.body.results).toEqual([{ eventId: event.eventId, status: 'duplicate' }]);
    expect(server.store.events.count()).toBe(1);
    expect(server.store.dossiers.get(code(1))?.timesCreated).toBe(1);
    expect(server.stats()).toMatchObject({ eventsAccepted: 1, eventsDuplicate: 1, eventsRejected: 0 });
  });

  it('rejects an eventId reused with different content as a conflict', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    const event = received(code(1));
    await push(server, token, [event]);
    const reused = { ...event, payload: dossierPayload(code(1), 2, { GhiChu: 'khác' }) };
    const reply = await push(server, token, [reused]);
    expect(reply.body.results).toEqual([{ eventId: event.eventId, status: 'rejected', reason: 'conflict: eventId reused with different content' }]);
    expect(server.store.dossiers.payloadOf(code(1))).toEqual(event.payload);
  });

  it('treats key order inside the payload as the same content', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    const event = received(code(1));
    await push(server, token, [event]);
    const reordered = Object.fromEntries(Object.entries(event.payload as object).reverse());
    expect((await push(server, token, [{ ...event, payload: reordered }])).body.results[0]?.status).toBe('duplicate');
  });

  it('rejects invalid events with a reason and still applies the rest of the batch', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    const batch = [
      syncEvent('dossier.received', { ...dossierPayload(code(1), 2), MaHoSo: undefined }),
      received(code(2)),
      syncEvent('dossier.received', dossierPayload(code(3), 11)),
      statusEvent(code(9), 4),
      syncEvent('queue.unknown', { x: 1 }),
      syncEvent('ticket.issued', { serviceDay: '2026-11-23', number: 1 }),
    ];
    const reply = await push(server, token, batch);
    expect(reply.body.results.map((r) => [r.status, r.reason])).toEqual([
      ['rejected', 'MaHoSo missing or invalid'],
      ['accepted', undefined],
      ['rejected', 'TrangThaiHoSo must be an integer from 1 to 10'],
      ['rejected', 'unknown dossier: received event not seen'],
      ['rejected', 'unknown event type: queue.unknown'],
      ['accepted', undefined],
    ]);
    expect(server.store.events.list().map((e) => e.eventId)).toEqual([batch[1]?.eventId, batch[5]?.eventId]);
  });

  it('refuses a status regression out of a final status', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    await push(server, token, [received(code(1)), statusEvent(code(1), 10)]);
    const reply = await push(server, token, [statusEvent(code(1), 4)]);
    expect(reply.body.results[0]).toMatchObject({ status: 'rejected', reason: 'status regression: dossier is final (10), cannot become 4' });
    expect(server.store.dossiers.get(code(1))?.TrangThaiHoSo).toBe(10);
  });

  it('applies a batch in the order given', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    // Received, supplement requested, supplement recorded: the last word is status 2.
    const batch = [received(code(1)), statusEvent(code(1), 5), statusEvent(code(1), 2), received(code(2))];
    const reply = await push(server, token, batch);
    expect(reply.body.results.map((r) => r.eventId)).toEqual(batch.map((e) => e.eventId));
    expect(reply.body.results.every((r) => r.status === 'accepted')).toBe(true);
    expect(server.store.events.list().map((e) => e.eventId)).toEqual(batch.map((e) => e.eventId));
    expect(server.store.dossiers.get(code(1))?.TrangThaiHoSo).toBe(2);
  });

  it('an event that fails while being applied is undone alone: rejected, not stored, the rest of the batch applies', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    // The storage refuses one dossier mid-write (after the event row went in): like a full disk for that one row.
    server.store.db.exec(`CREATE TRIGGER refuse_one BEFORE INSERT ON dossiers WHEN NEW.ma_ho_so = '${code(2)}' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`);
    const batch = [received(code(1)), received(code(2)), statusEvent(code(1), 5), received(code(3))];
    const reply = await push(server, token, batch);
    expect(reply.body.results.map((r) => r.status)).toEqual(['accepted', 'rejected', 'accepted', 'accepted']);
    expect(reply.body.results[1]!.reason).toMatch(/could not apply: refused by the test/);
    expect(server.store.events.list().map((e) => e.eventId)).toEqual([batch[0]!.eventId, batch[2]!.eventId, batch[3]!.eventId]);
    expect(server.store.dossiers.list().map((d) => [d.MaHoSo, d.TrangThaiHoSo, d.timesCreated])).toEqual([
      [code(1), 5, 1],
      [code(3), 2, 1],
    ]);
  });

  it('answers a repeated eventId inside one batch as a duplicate', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    const event = received(code(1));
    const reply = await push(server, token, [event, event]);
    expect(reply.body.results.map((r) => r.status)).toEqual(['accepted', 'duplicate']);
  });

  it('rejects a dossier whose attachment is not uploaded, and accepts the same event once it is', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    const bytes = Buffer.from('giấy chứng sinh (bản scan)');
    const sha = sha256Hex(bytes);
    const event = received(code(1), { TaiLieuNop: [{ TepDinhKemId: sha, TenTepDinhKem: 'giay-chung-sinh.pdf', IsDeleted: false }] });
    expect((await push(server, token, [event])).body.results[0]).toMatchObject({ status: 'rejected', reason: 'attachment missing' });
    expect(server.store.dossiers.get(code(1))).toBeUndefined();

    expect((await putChunk(server, token, sha, 0, bytes.length, bytes)).body.complete).toBe(true);
    expect((await push(server, token, [event])).body.results[0]).toEqual({ eventId: event.eventId, status: 'accepted' });
  });

  it('counts each dossier creation, so double delivery under new eventIds shows', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    await push(server, token, [received(code(1)), received(code(2))]);
    await push(server, token, [received(code(2))]);
    const reply = await call<{ dossiers: { MaHoSo: string; timesCreated: number }[] }>(`${server.url}/control/dossiers`);
    expect(reply.body.dossiers.map((d) => [d.MaHoSo, d.timesCreated])).toEqual([
      [code(1), 1],
      [code(2), 2],
    ]);
  });

  it('answers 400 to a malformed batch and applies none of it', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    const notUuid = { ...received(code(1)), eventId: 'not-a-uuid' };
    expect((await push(server, token, [received(code(2)), notUuid])).status).toBe(400);
    const tooMany = Array.from({ length: 501 }, (_, i) => received(code(i + 1)));
    expect((await push(server, token, tooMany)).status).toBe(400);
    expect(server.store.events.count()).toBe(0);
  });

  it('keeps what it accepted across a restart on the same data folder', async () => {
    const dataDir = tempDir('provincial-');
    const first = await startTestServer({ dataDir });
    const event = received(code(1));
    await push(first, await sessionToken(first), [event]);
    await first.close();

    const second = await startTestServer({ dataDir });
    const reply = await push(second, await sessionToken(second), [event]);
    expect(reply.body.results[0]?.status).toBe('duplicate');
  });

  it('refuses a data folder written by another schema version instead of half-using it', () => {
    const dataDir = tempDir('provincial-');
    const older = new Database(join(dataDir, 'provincial.sqlite'));
    older.exec('CREATE TABLE events (event_id TEXT PRIMARY KEY, content_hash TEXT NOT NULL)');
    older.close();
    expect(() => openProvincialDatabase(dataDir)).toThrow(/schema 0, this server writes 2: use a new --data folder/);
  });

  it('makes a new data folder with 16 KB pages and checkpoints only as a backstop on the request path', () => {
    const db = openProvincialDatabase(tempDir('provincial-'));
    expect(db.pragma('page_size', { simple: true })).toBe(16384);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1024); // 16 MB of WAL
    db.close();
  });
});
