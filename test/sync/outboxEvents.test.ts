import { describe, expect, it } from 'vitest';
import type { OutboxEventRow } from '../../main/db/repositories/outboxRepository';
import { attachmentsOf, attachmentsOfRow, pushRequestBody, syncEventOf } from '../../main/sync/outboxEvents';

const sha = 'ab'.repeat(32);
const payload = { MaHoSo: 'H56-0001', TrangThaiHoSo: 2, ChuHoSo: 'Nguyễn Văn "Đức"\n', TaiLieuNop: [{ TepDinhKemId: sha, IsDeleted: false }, { TepDinhKemId: null }] };
const row = (data: unknown, seq = 7): OutboxEventRow => ({
  seq,
  event_id: '00000000-0000-4000-8000-000000000007',
  type: 'dossier.received',
  aggregate_type: 'dossier',
  aggregate_id: 'H56-0001',
  payload: Buffer.from(JSON.stringify(data)),
  created_at: '2026-11-23T02:00:00.000Z',
});

describe('outbox rows on the wire', () => {
  it('the events body embeds the committed payload bytes and is byte for byte JSON.stringify({siteId, events})', () => {
    const odd = { ...row({ note: 'x' }, 9), aggregate_id: 'Mã "lạ"\\\n\u0001\ud800 \u2028' }; // every kind of character JSON escapes
    const rows = [row(payload), row({ number: 'A001' }, 8), odd];
    const plain = rows.map((r) => ({ eventId: r.event_id, seq: r.seq, type: r.type, aggregateType: r.aggregate_type, aggregateId: r.aggregate_id, createdAt: r.created_at, payload: JSON.parse(r.payload.toString('utf8')) as unknown }));
    const events = rows.map(syncEventOf);
    expect(pushRequestBody('000.31.38.H56', events).equals(Buffer.from(JSON.stringify({ siteId: '000.31.38.H56', events: plain })))).toBe(true);
    // An event made elsewhere (no committed bytes) is serialised as it is.
    const loose = { ...plain[1]!, seq: 10 };
    expect(pushRequestBody('s', [events[0]!, loose]).toString('utf8')).toBe(JSON.stringify({ siteId: 's', events: [plain[0], loose] }));
    expect(JSON.stringify(events)).toBe(JSON.stringify(plain)); // what another adapter sees, payload parsed on demand
    expect(events[0]!.payload).toEqual(payload);
  });

  it('finds the attachments of a row as attachmentsOf does, parsing only rows that can name one', () => {
    for (const data of [payload, { TaiLieuNop: [{ TepDinhKemId: null }] }, { MaHoSo: 'x' }, { TaiLieuNop: [{ TepDinhKemId: 'not-a-hash' }] }]) {
      expect(attachmentsOfRow(row(data))).toEqual(attachmentsOf(data));
    }
    expect(attachmentsOfRow(row(payload))).toEqual([sha]);
  });
});
