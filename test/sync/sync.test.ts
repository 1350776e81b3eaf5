import { describe, expect, it } from 'vitest';
import type { Dossier, SyncStatus } from '@contract';
import { provinceEvents } from '@domain/sync/provinceEvents';
import { timeOrderedUuid } from '../../main/services/timeOrderedUuid';
import type { WriteContext } from '../../main/services/unitOfWork';
import type { HttpClient } from '../../main/sync/httpClient';
import { expectError, expectOk } from '../helpers/testStation';
import { batchMaxEvents } from '../../main/sync/syncClient';
import { scannedPdf, siteId, syncFixture } from './helpers/syncFixture';

/**
 * A dossier event the province must refuse (no MaHoSo, impossible status). The unit of work's check refuses such a
 * payload, so it is written to the outbox directly, as a row left by an older release or a restored backup would be.
 */
function writePoisonEvent(ctx: WriteContext, aggregateId: string): void {
  const { name: type, aggregateType } = provinceEvents.dossierReceived;
  ctx.repos.outbox.append({ eventId: timeOrderedUuid(ctx.now), type, aggregateType, aggregateId, payload: { TrangThaiHoSo: 42 }, attachments: [], createdAt: ctx.now });
}

const atProvince = (fixture: Awaited<ReturnType<typeof syncFixture>>) => fixture.province.store.dossiers.list();

function expectEachOnce(fixture: Awaited<ReturnType<typeof syncFixture>>, dossiers: Dossier[]) {
  const stored = new Map(atProvince(fixture).map((d) => [d.MaHoSo, d.timesCreated]));
  for (const dossier of dossiers) expect(stored.get(dossier.code), dossier.code).toBe(1);
  expect(stored.size).toBe(dossiers.length);
}

describe('sync with the provincial system', () => {
  it('delivers received dossiers and their scans, then reports all clear', async () => {
    const fixture = await syncFixture();
    const dossiers = await fixture.receive(3, scannedPdf(50_000));
    const status = await fixture.syncNow();
    expectEachOnce(fixture, dossiers);
    expect(fixture.province.stats().attachmentsComplete).toBe(3);
    expect(status).toMatchObject({ configured: true, online: true, pendingEvents: 0, lastErrorCode: null, parked: [] });
    expect(status.lastSuccessAt).not.toBeNull();
    await fixture.close();
  });

  it('a network cut in the middle of a batch converges without duplicates', async () => {
    const fixture = await syncFixture();
    await fixture.syncNow(); // signed in, seed events delivered
    const dossiers = await fixture.receive(5);
    fixture.province.control.set({ resetMidBody: 1 });
    const cut = await fixture.syncNow();
    expect(cut).toMatchObject({ online: false, lastErrorCode: 'SYNC_UNREACHABLE' });
    expect(cut.pendingEvents).toBeGreaterThan(0);
    const healed = await fixture.syncNow();
    expect(healed).toMatchObject({ online: true, pendingEvents: 0 });
    expectEachOnce(fixture, dossiers);
    await fixture.close();
  });

  it('a cut in the middle of an attachment resumes after the chunks the server already holds', async () => {
    let chunks = 0;
    const line: { dropped?: () => void } = {};
    const wrapHttp = (inner: HttpClient): HttpClient => async (request) => {
      if (request.method === 'PUT' && request.url.includes('/v1/attachments/')) {
        chunks += 1;
        if (chunks === 2) line.dropped?.(); // the line drops as chunk 2 leaves
      }
      return inner(request);
    };
    const fixture = await syncFixture({ wrapHttp });
    line.dropped = () => fixture.province.control.set({ offline: true });
    const size = 3 * 1024 * 1024 + 12_345;
    const [dossier] = await fixture.receive(1, scannedPdf(size));
    const first = await fixture.syncNow();
    expect(first.lastErrorCode).toBe('SYNC_UNREACHABLE');
    fixture.province.control.set({ offline: false });
    const second = await fixture.syncNow();
    expect(second).toMatchObject({ pendingEvents: 0, online: true });
    expectEachOnce(fixture, [dossier!]);
    const stats = fixture.province.stats();
    expect(stats.attachmentsComplete).toBe(1);
    // Chunk 1 was not sent again: the server received each byte once.
    expect(stats.attachmentBytesReceived).toBe(dossier!.attachments[0]!.size);
    expect(dossier!.attachments[0]!.size).toBeGreaterThan(3 * 1024 * 1024);
    await fixture.close();
  });

  it('a storm of 5xx answers loses nothing', async () => {
    const fixture = await syncFixture();
    const dossiers = await fixture.receive(4);
    fixture.province.control.set({ status5xx: { code: 503, count: 6 } });
    let status: SyncStatus = await fixture.syncNow();
    for (let attempt = 0; attempt < 10 && status.pendingEvents > 0; attempt += 1) status = await fixture.syncNow();
    expect(status.pendingEvents).toBe(0);
    expect(fixture.province.stats().faultsInjected.status5xx).toBe(6);
    expectEachOnce(fixture, dossiers);
    await fixture.close();
  });

  it('a reply lost after the server committed has one effect: the resend is a duplicate', async () => {
    const fixture = await syncFixture();
    await fixture.syncNow();
    // Received while the line is down, so the runs they kick deliver none of them before the fault is set.
    fixture.province.control.set({ offline: true });
    const dossiers = await fixture.receive(3);
    expect((await fixture.syncNow()).pendingEvents).toBeGreaterThanOrEqual(3);
    fixture.province.control.set({ offline: false, dropReplyAfterCommit: 1 });
    expect((await fixture.syncNow()).lastErrorCode).toBe('SYNC_UNREACHABLE');
    const status = await fixture.syncNow();
    expect(status.pendingEvents).toBe(0);
    expect(fixture.province.stats().eventsDuplicate).toBeGreaterThanOrEqual(3);
    expectEachOnce(fixture, dossiers);
    await fixture.close();
  });

  it('a poison event is parked with its reason, the rest flows; retry and skip are the admin\'s', async () => {
    const fixture = await syncFixture();
    const { station } = fixture;
    station.services.uow.run({ kind: 'system', name: 'cli' }, (ctx) => {
      writePoisonEvent(ctx, 'hỏng');
    });
    const dossiers = await fixture.receive(2);
    const status = await fixture.syncNow();
    expect(status.pendingEvents).toBe(0);
    expect(status.parked).toHaveLength(1);
    expect(status.parked[0]).toMatchObject({ type: 'dossier.received', aggregateId: 'hỏng' });
    expect(status.parked[0]!.reason).toMatch(/MaHoSo|TrangThaiHoSo/);
    expectEachOnce(fixture, dossiers);

    const seq = status.parked[0]!.seq;
    expectOk(await station.call('sync.retryParked', { seq }, fixture.admin));
    expect((await fixture.syncNow()).parked).toHaveLength(1); // still invalid: parked again
    const skipped = expectOk(await station.call('sync.skipParked', { seq, reason: 'Bản ghi thử nghiệm, không cần gửi' }, fixture.admin)) as SyncStatus;
    expect(skipped.parked).toEqual([]);
    const audit = station.services.db.prepare("SELECT details FROM audit_log WHERE action = 'sync.skip'").get() as { details: string };
    expect(JSON.parse(audit.details)).toMatchObject({ reason: 'Bản ghi thử nghiệm, không cần gửi' });
    const officer = expectError(await station.call('sync.skipParked', { seq, reason: 'x' }, fixture.officer));
    expect(officer.code).toBe('FORBIDDEN');
    await fixture.close();
  });

  it('several batches arrive in outbox order, each event once; a poison event mid-way is parked and a later scan is uploaded before its dossier', async () => {
    const fixture = await syncFixture();
    const { station } = fixture;
    await fixture.syncNow(); // seed events out of the way
    const queued = 2 * batchMaxEvents + 37;
    station.services.uow.run({ kind: 'system', name: 'cli' }, (ctx) => {
      for (let i = 0; i < queued; i += 1) {
        if (i === batchMaxEvents + 5) writePoisonEvent(ctx, 'hỏng');
        else ctx.toProvince(provinceEvents.ticketIssued, `T-${i}`, { serviceDay: '2026-11-23', number: `A${String(i).padStart(4, '0')}`, areaCode: 'TP', priority: false, issuedAt: ctx.now.toISOString() });
      }
    });
    const [dossier] = await fixture.receive(1, scannedPdf(20_000)); // its event comes after all of the above
    const status = await fixture.syncNow();
    expect(status).toMatchObject({ pendingEvents: 0, online: true });
    expect(status.parked.map((p) => p.aggregateId)).toEqual(['hỏng']);
    const tickets = fixture.province.store.events.list(siteId).filter((e) => e.type === 'ticket.issued');
    expect(tickets.map((e) => e.aggregateId)).toEqual(Array.from({ length: queued }, (_, i) => `T-${i}`).filter((_, i) => i !== batchMaxEvents + 5));
    const seqs = fixture.province.store.events.list(siteId).map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(fixture.province.stats().eventsDuplicate).toBe(0);
    expect(fixture.province.stats().attachmentsComplete).toBe(1);
    expectEachOnce(fixture, [dossier!]);
    await fixture.close();
  });

  it('pulls statuses the province decided and skips one the rules do not allow', async () => {
    const fixture = await syncFixture();
    const [a, b] = await fixture.receive(2);
    await fixture.syncNow();
    expectOk(await fixture.station.call('dossier.returnResult', { dossierId: b!.id, collectedBy: 'Trần Thị Lan' }, fixture.officer));
    fixture.province.store.decide({ MaHoSo: a!.code, TrangThaiHoSo: 4, NguoiXuLy: 'Phòng Tư pháp' });
    fixture.province.store.decide({ MaHoSo: b!.code, TrangThaiHoSo: 4 }); // b was already returned at the counter
    fixture.province.store.decide({ MaHoSo: a!.code, TrangThaiHoSo: 9, NoiDungXuLy: 'Đã ký' });
    const status = await fixture.syncNow();
    const dossierA = expectOk(await fixture.station.call('dossier.get', { id: a!.id }, fixture.officer)) as Dossier;
    expect(dossierA.status).toBe(9);
    expect(dossierA.events.slice(-2)).toEqual([
      expect.objectContaining({ from: 2, to: 4, source: 'province', note: 'Phòng Tư pháp' }),
      expect.objectContaining({ from: 4, to: 9, source: 'province', note: 'Đã ký' }),
    ]);
    expect((expectOk(await fixture.station.call('dossier.get', { id: b!.id }, fixture.officer)) as Dossier).status).toBe(10);
    expect(status.rejectedChanges).toEqual([expect.objectContaining({ kind: 'dossier.status' })]);
    // The counter's own "returned" went up; the province's decisions are not echoed back.
    expect(status.pendingEvents).toBe(0);
    const sentTypes = fixture.station.services.db.prepare("SELECT count(*) AS n FROM outbox WHERE type = 'dossier.status'").get();
    expect(sentTypes).toEqual({ n: 1 });
    await fixture.close();
  });

  it('warns when the province clock is an hour off', async () => {
    const fixture = await syncFixture({ provinceClockOffsetMs: 3600_000 });
    const status = await fixture.syncNow();
    expect(status).toMatchObject({ clockWarning: true, clockSkewMs: 3600_000 });
    await fixture.close();
  });

  it('an expired session is renewed without losing the batch', async () => {
    const fixture = await syncFixture({ sessionTtlMs: 60_000 });
    await fixture.syncNow();
    fixture.clock.advance(5 * 60_000);
    const dossiers = await fixture.receive(2);
    expect((await fixture.syncNow()).pendingEvents).toBe(0);
    expectEachOnce(fixture, dossiers);
    await fixture.close();
  });
});

describe('answers outside the protocol', () => {
  const spoil = (rewrite: (path: string, body: Buffer) => Buffer | null) => (inner: HttpClient): HttpClient => async (request) => {
    const response = await inner(request);
    const replaced = rewrite(new URL(request.url).pathname, response.body);
    return replaced ? { ...response, body: replaced } : response;
  };

  for (const [what, rewrite] of [
    ['not JSON', (path: string) => (path === '/v1/events' ? Buffer.from('<html>502 Bad Gateway</html>') : null)],
    ['a truncated body', (path: string, body: Buffer) => (path === '/v1/events' ? body.subarray(0, Math.floor(body.length / 2)) : null)],
    ['a 200 with the wrong shape', (path: string) => (path === '/v1/events' ? Buffer.from('{"results":"ok"}') : null)],
  ] as const) {
    it(`${what}: a typed error, nothing marked sent, and the next run delivers`, async () => {
      let broken = true;
      const fixture = await syncFixture({ wrapHttp: spoil((path, body) => (broken ? rewrite(path, body) : null)) });
      const dossiers = await fixture.receive(2);
      const failed = await fixture.syncNow();
      expect(failed.lastErrorCode).toBe('SYNC_PROTOCOL');
      expect(failed.pendingEvents).toBeGreaterThan(0);
      expect(failed.lastErrorMessage).toMatch(/dữ liệu không hợp lệ/);
      broken = false;
      expect((await fixture.syncNow()).pendingEvents).toBe(0);
      expectEachOnce(fixture, dossiers);
      const logged = JSON.stringify(fixture.station.log);
      expect(logged).not.toContain('Nguyễn Văn Đức');
      await fixture.close();
    });
  }

  it('a cursor going backwards is refused and nothing of that page is applied', async () => {
    let rewind = false;
    const fixture = await syncFixture({
      wrapHttp: spoil((path, body) => {
        if (!rewind || path !== '/v1/changes') return null;
        const page = JSON.parse(body.toString()) as { nextCursor: string };
        return Buffer.from(JSON.stringify({ ...page, nextCursor: '0' }));
      }),
    });
    const [dossier] = await fixture.receive(1);
    await fixture.syncNow();
    fixture.province.store.decide({ MaHoSo: dossier!.code, TrangThaiHoSo: 4 });
    await fixture.syncNow();
    const cursor = fixture.station.services.repos.syncState.get<string>('pull.cursor');
    fixture.province.store.decide({ MaHoSo: dossier!.code, TrangThaiHoSo: 9 });
    rewind = true;
    const status = await fixture.syncNow();
    expect(status.lastErrorCode).toBe('SYNC_PROTOCOL');
    expect(fixture.station.services.repos.syncState.get<string>('pull.cursor')).toBe(cursor);
    expect((expectOk(await fixture.station.call('dossier.get', { id: dossier!.id }, fixture.officer)) as Dossier).status).toBe(4);
    await fixture.close();
  });
});

describe('catalogue and calendar from the province', () => {
  it('a pulled procedure update and a holiday override take effect at the counter', async () => {
    const fixture = await syncFixture();
    const post = (body: object) => fetch(`${fixture.province.url}/control/changes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await post({
      kind: 'catalogue.procedures',
      data: {
        procedures: [
          {
            code: '1.004873', name: 'Cấp giấy xác nhận tình trạng hôn nhân', area: 'HT', timeLimit: { kind: 'working_days', value: 5 }, resultPlace: null,
            fees: [{ code: null, name: 'Lệ phí (mức mới)', amount: 10000 }],
            components: [{ name: 'Tờ khai cấp giấy xác nhận tình trạng hôn nhân', originals: 1, copies: 0, mandatory: true }],
          },
          {
            code: '2.002189', name: 'Đăng ký giám hộ', area: 'HT', timeLimit: { kind: 'working_days', value: 3 }, resultPlace: null, fees: [],
            components: [{ name: 'Tờ khai đăng ký giám hộ', originals: 1, copies: 0, mandatory: true }],
          },
        ],
      },
    })).status).toBe(200);
    expect((await post({ kind: 'calendar.overrides', data: { format: 1, years: { '2026': { published: true, daysOff: [{ date: '2026-11-27', reason: 'Nghỉ bù theo thông báo của tỉnh' }], workingDays: [] } } } })).status).toBe(200);
    const status = await fixture.syncNow();
    expect(status.rejectedChanges).toEqual([]);
    const procedures = expectOk(await fixture.station.call('catalogue.procedures', { query: 'xac nhan tinh trang hon nhan' }, fixture.officer)) as { timeLimit: unknown; fees: { amount: number }[]; components: unknown[] }[];
    expect(procedures[0]).toMatchObject({ timeLimit: { kind: 'working_days', value: 5 }, fees: [{ amount: 10000 }] });
    expect(procedures[0]!.components).toHaveLength(1); // the dropped component is retired, not deleted
    expect(expectOk(await fixture.station.call('catalogue.procedures', { query: 'giam ho' }, fixture.officer))).toHaveLength(1);
    expect(fixture.station.services.dossiers.deps.calendar().isWorkingDay('2026-11-27')).toBe(false);
    await fixture.close();
  });
});
