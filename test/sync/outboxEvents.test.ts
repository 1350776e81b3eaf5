import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/db/connection';
import { migrate } from '../../main/db/migrate';
import { outboxRepository } from '../../main/db/repositories/outboxRepository';
import { payloadAttachments } from '@domain/dossier/nationalPayload';
import { attachmentsOfRows, outboxBatch, pushRequestBody } from '../../main/sync/outboxEvents';
import { tempDir } from '../helpers/tempDir';

const sha = 'ab'.repeat(32);
const payload = { MaHoSo: 'H56-0001', TrangThaiHoSo: 2, ChuHoSo: 'Nguyễn Văn "Đức"\n', TaiLieuNop: [{ TepDinhKemId: sha, IsDeleted: false }, { TepDinhKemId: null }] };
const createdAt = new Date('2026-11-23T02:00:00.000Z');

function outboxWith(entries: { payload: unknown; aggregateId?: string }[]) {
  const db = openDatabase(join(tempDir(), 'a.sqlite3'));
  migrate(db, createdAt);
  const outbox = outboxRepository(db);
  entries.forEach((entry, index) =>
    outbox.append({
      eventId: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
      type: 'dossier.received',
      aggregateType: 'dossier',
      aggregateId: entry.aggregateId ?? `H56-000${index + 1}`,
      payload: entry.payload,
      attachments: payloadAttachments(entry.payload), // as the unit of work records them
      createdAt,
    }),
  );
  return { db, outbox };
}

const plainEvent = (event: Record<string, unknown>) => ({ ...event });

describe('outbox rows on the wire', () => {
  it('the events body is rendered from the stored payloads and is byte for byte JSON.stringify({siteId, events})', () => {
    const { db, outbox } = outboxWith([{ payload }, { payload: { number: 'A001' } }, { payload: [1, 'x', null] }]);
    const events = outboxBatch(outbox.pending(10), outbox);
    const plain = events.map(plainEvent); // what another adapter sees: payloads read and parsed on demand
    expect(plain[0]).toEqual({ eventId: '00000000-0000-4000-8000-000000000001', seq: 1, type: 'dossier.received', aggregateType: 'dossier', aggregateId: 'H56-0001', createdAt: createdAt.toISOString(), payload });
    expect(pushRequestBody('000.31.38.H56', events).toString('utf8')).toBe(JSON.stringify({ siteId: '000.31.38.H56', events: plain }));
    db.close();
  });

  it('escapes what JSON must in the event fields (the same JSON, if not the same bytes, as JSON.stringify)', () => {
    const { db, outbox } = outboxWith([{ payload: { note: 'x' }, aggregateId: 'Mã "lạ"\\\n\u0001\t\u2028' }]);
    const events = outboxBatch(outbox.pending(10), outbox);
    expect(JSON.parse(pushRequestBody('s', events).toString('utf8'))).toEqual({ siteId: 's', events: events.map(plainEvent) });
    db.close();
  });

  it('serialises the events instead when the outbox changed after the batch was read', () => {
    const { db, outbox } = outboxWith([{ payload }, { payload: { number: 'A001' } }]);
    const events = outboxBatch(outbox.pending(10), outbox);
    outbox.acknowledge(2, createdAt);
    expect(pushRequestBody('s', events).toString('utf8')).toBe(JSON.stringify({ siteId: 's', events: events.map(plainEvent) }));
    // Events made elsewhere (not from the outbox) are serialised as they are.
    const loose = [{ ...events[0]!, seq: 10 }];
    expect(pushRequestBody('s', loose).toString('utf8')).toBe(JSON.stringify({ siteId: 's', events: loose }));
    db.close();
  });

  it('gives the attachments a batch refers to, recorded with each event, without reading a payload', () => {
    const other = 'cd'.repeat(32);
    const payloads = [payload, { TaiLieuNop: [{ TepDinhKemId: null }] }, { MaHoSo: 'x' }, { TaiLieuNop: [{ TepDinhKemId: 'not-a-hash' }, { TepDinhKemId: other }, { TepDinhKemId: sha }] }];
    const { db, outbox } = outboxWith(payloads.map((p) => ({ payload: p })));
    const rows = outbox.pending(10);
    expect(rows.map((row) => row.attachments)).toEqual([JSON.stringify([sha]), null, null, JSON.stringify([other, sha])]);
    expect([...attachmentsOfRows(rows)]).toEqual([sha, other]);
    db.close();
  });
});
