import { describe, expect, it } from 'vitest';
import { adapterAgainst } from './adapterUnderTest';
import { rejectionOf } from '../../helpers/appErrors';
import { sampleEvent, samplePayload, sampleSha256 } from './sampleEvents';
import { recordedReply } from './vendorFixtures';

describe('what the DVCQG adapter can do', () => {
  it('declares no attachments and no pull', () => {
    const { adapter } = adapterAgainst([]);
    expect(adapter.name).toBe('dvcqg');
    expect(adapter.capabilities).toEqual({ attachments: false, pull: false });
  });

  it('refuses attachment and change calls with SYNC_PROTOCOL, without a network call', async () => {
    const { adapter, vendor } = adapterAgainst([]);
    const calls = [adapter.attachmentState(sampleSha256), adapter.uploadChunk(sampleSha256, 0, 3, new Uint8Array([1, 2, 3])), adapter.changes('0', 100)];
    for (const call of calls) {
      const error = await rejectionOf(call);
      expect(error.code).toBe('SYNC_PROTOCOL');
      expect(error.detail).toMatch(/not supported by the DVCQG adapter$/);
    }
    expect(vendor.sent).toHaveLength(0);
  });
});

describe('events the vendor has no service for', () => {
  it('site profile, tickets and ratings are accepted without a call', async () => {
    const { adapter, vendor } = adapterAgainst([]);
    const events = [sampleEvent('site.profile', { agencyCode: '000.17.22.H56' }), sampleEvent('ticket.issued', { number: 'A001' }), sampleEvent('rating.submitted', { score: 5 })];
    const { results } = await adapter.push(events);
    expect(results).toEqual(events.map((event) => ({ eventId: event.eventId, status: 'accepted' })));
    expect(vendor.sent).toHaveLength(0);
  });

  it('an event type nobody mapped is rejected, so the admin sees it', async () => {
    const { adapter, vendor } = adapterAgainst([]);
    const { results } = await adapter.push([sampleEvent('counter.opened', { counter: 1 })]);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: 'Event type "counter.opened" has no mapping in the DVCQG adapter' });
    expect(vendor.sent).toHaveLength(0);
  });
});

describe('a dossier the vendor would refuse is rejected before any call', () => {
  const payload = samplePayload();
  it.each([
    ['without MaHoSo', { ...payload, MaHoSo: undefined }, 'MaHoSo must be a non-empty string'],
    ['with a blank MaTTHC', { ...payload, MaTTHC: '  ' }, 'MaTTHC must be a non-empty string'],
    ['with status 11', { ...payload, TrangThaiHoSo: 11 }, 'TrangThaiHoSo must be a national status code 1–10'],
    ['with status "2" as text', { ...payload, TrangThaiHoSo: '2' }, 'TrangThaiHoSo must be a national status code 1–10'],
    ['with an ISO reception date', { ...payload, NgayTiepNhan: '2025-09-15T08:05:30+07:00' }, 'NgayTiepNhan must be yyyyMMddHHmmss'],
    ['with 31 September as due date', { ...payload, NgayHenTra: '20250931163000' }, 'NgayHenTra must be yyyyMMddHHmmss'],
    ['with a summary over 1000 characters', { ...payload, TrichYeuHoSo: 'x'.repeat(1001) }, 'TrichYeuHoSo must be at most 1000 characters'],
    ['that is not an object', 'MaHoSo=000.17.22.H56-250915-0007', 'payload'],
  ])('a dossier %s', async (_case, bad, problem) => {
    const { adapter, vendor } = adapterAgainst([]);
    const event = sampleEvent('dossier.received', bad);
    const { results } = await adapter.push([event]);
    expect(results).toHaveLength(1);
    expect(results[0]!.status).toBe('rejected');
    expect(results[0]!.reason).toMatch(/^Invalid DongBoHoSoMC payload: /);
    expect(results[0]!.reason).toContain(problem);
    expect(vendor.sent).toHaveLength(0);
  });

  it('names every problem and never quotes personal data', async () => {
    const { adapter } = adapterAgainst([]);
    const { results } = await adapter.push([sampleEvent('dossier.received', { ...payload, MaTTHC: '', NgayTiepNhan: payload.SoGiayToChuHoSo })]);
    expect(results[0]!.reason).toBe('Invalid DongBoHoSoMC payload: MaTTHC must be a non-empty string; NgayTiepNhan must be yyyyMMddHHmmss');
  });
});

describe('a dossier the vendor already has', () => {
  it('a resent receipt is sent again as an update and accepted', async () => {
    const { adapter, vendor } = adapterAgainst([recordedReply('auth-ok'), recordedReply('dossier-exists'), recordedReply('success')]);
    const { results } = await adapter.push([sampleEvent('dossier.received', samplePayload())]);
    expect(results[0]!.status).toBe('accepted');
    expect(vendor.sent.slice(1).map((request) => request.body.isUpdating)).toEqual(['False', 'True']);
    expect(vendor.sent[2]!.body.data).toStrictEqual(vendor.sent[1]!.body.data);
  });

  it('an update answered "đã tồn tại" again is rejected, not retried', async () => {
    const { adapter, vendor } = adapterAgainst([recordedReply('auth-ok'), recordedReply('dossier-exists'), recordedReply('dossier-exists')]);
    const { results } = await adapter.push([sampleEvent('dossier.status', samplePayload({ status: 5 }))]);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: 'DongBoHoSoMC: Hồ sơ có mã 000.17.22.H56-250915-0007 đã tồn tại trên hệ thống' });
    expect(vendor.services()).toEqual(['authenticate', 'DongBoHoSoMC', 'DongBoHoSoMC']);
  });
});

describe('progress records', () => {
  it('a refusal is sent without one', async () => {
    const { adapter, vendor } = adapterAgainst([recordedReply('auth-ok'), recordedReply('success')]);
    await adapter.push([sampleEvent('dossier.refused', samplePayload({ status: 3 }))]);
    expect(vendor.services()).toEqual(['authenticate', 'DongBoHoSoMC']);
  });

  it('a refused progress record rejects the status event with the vendor message', async () => {
    const progressRefused = { status: 200, headers: {}, body: JSON.stringify({ error_code: 4, message: 'Trạng thái xử lý không hợp lệ' }) };
    const { adapter } = adapterAgainst([recordedReply('auth-ok'), recordedReply('success'), progressRefused]);
    const { results } = await adapter.push([sampleEvent('dossier.status', samplePayload({ status: 5 }))]);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: 'CapNhatTienDoHoSoMC: Trạng thái xử lý không hợp lệ' });
  });

  it('a progress record the vendor already holds (a resent event) is accepted', async () => {
    const progressExists = { status: 200, headers: {}, body: JSON.stringify({ error_code: -1, message: 'Tiến độ xử lý đã tồn tại' }) };
    const { adapter } = adapterAgainst([recordedReply('auth-ok'), recordedReply('success'), progressExists]);
    const { results } = await adapter.push([sampleEvent('dossier.status', samplePayload({ status: 5 }))]);
    expect(results[0]!.status).toBe('accepted');
  });
});

describe('a batch', () => {
  it('gets one result per event, in outbox order', async () => {
    const { adapter, vendor } = adapterAgainst([
      recordedReply('auth-ok'),
      recordedReply('success'),
      recordedReply('refused-unknown-procedure'),
      recordedReply('dossier-exists'),
      recordedReply('success'),
      recordedReply('success'),
    ]);
    const events = [
      sampleEvent('dossier.received', samplePayload()),
      sampleEvent('ticket.issued', { number: 'A002' }),
      sampleEvent('dossier.received', { ...samplePayload(), NgayTiepNhan: null }),
      sampleEvent('dossier.received', samplePayload({ code: '000.17.22.H56-250915-0009' })),
      sampleEvent('dossier.status', samplePayload({ status: 10 })),
    ];
    const { results } = await adapter.push(events);
    expect(results.map((result) => [result.eventId, result.status])).toEqual([
      [events[0]!.eventId, 'accepted'],
      [events[1]!.eventId, 'accepted'],
      [events[2]!.eventId, 'rejected'],
      [events[3]!.eventId, 'rejected'],
      [events[4]!.eventId, 'accepted'],
    ]);
    expect(vendor.services()).toEqual(['authenticate', 'DongBoHoSoMC', 'DongBoHoSoMC', 'DongBoHoSoMC', 'DongBoHoSoMC', 'CapNhatTienDoHoSoMC']);
    expect(vendor.unused()).toBe(0);
  });
});
