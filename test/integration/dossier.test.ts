import { describe, expect, it } from 'vitest';
import type { Dossier } from '@contract';
import { applicants, intakeFor, procedureNamed } from '../helpers/dossierFixtures';
import { ManualClock } from '../helpers/manualClock';
import { expectError, expectOk, loginAs, seedDemoInto, testStation, type TestStation } from '../helpers/testStation';

// Monday 23/11/2026, 09:00 in Vietnam.
const monday9 = '2026-11-23T02:00:00Z';

async function counter(clock = new ManualClock(monday9)) {
  const station = await testStation({ clock });
  await seedDemoInto(station);
  const token = await loginAs(station, 'officer', 'tiepnhan1');
  return { station, token };
}

const receive = async (station: TestStation, token: string, input: object) =>
  expectOk(await station.call('dossier.receive', input, token)) as { dossier: Dossier; alreadySaved: boolean };

const count = (station: TestStation, table: string) => (station.services.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('receiving a dossier', () => {
  it('gets the national code, an appointment in working days, status 2, and goes to the outbox and the audit log together', async () => {
    const { station, token } = await counter();
    const procedure = await procedureNamed(station, token, 'Cấp giấy xác nhận tình trạng hôn nhân'); // 3 working days
    const before = { outbox: count(station, 'outbox'), audit: count(station, 'audit_log') };
    const { dossier, alreadySaved } = await receive(station, token, intakeFor(procedure));
    expect(alreadySaved).toBe(false);
    expect(dossier.code).toBe('000.31.38.H56-261123-0001');
    expect(dossier.status).toBe(2);
    expect(dossier.statusName).toBe('Được tiếp nhận');
    // Mon 09:00 + 24 working hours; Tue 24/11 is Ngày Văn hóa Việt Nam → Fri 27/11 09:00.
    expect(dossier.dueAt).toBe('2026-11-27T02:00:00.000Z');
    expect(dossier.ledger).toEqual({ year: 2026, seq: 1 });
    expect(dossier.documents).toHaveLength(2);
    expect(dossier.feesTotal).toBe(5000);
    expect(dossier.events).toEqual([expect.objectContaining({ from: null, to: 2, source: 'counter' })]);
    expect(count(station, 'outbox')).toBe(before.outbox + 1);
    expect(count(station, 'audit_log')).toBe(before.audit + 1);
    const outbox = station.services.db.prepare('SELECT o.type, o.aggregate_id, o.payload_bytes, p.payload FROM outbox o JOIN outbox_payloads p USING (seq) ORDER BY seq DESC LIMIT 1').get() as { type: string; aggregate_id: string; payload_bytes: number; payload: string };
    expect(outbox.type).toBe('dossier.received');
    expect(outbox.payload_bytes).toBe(Buffer.byteLength(outbox.payload));
    expect(JSON.parse(outbox.payload)).toMatchObject({
      MaHoSo: dossier.code,
      MaTTHC: '1.004873',
      TrangThaiHoSo: 2,
      KenhThucHien: 1,
      ChuHoSo: 'Nguyễn Văn Đức',
      NgayTiepNhan: '20261123090000',
      NgayHenTra: '20261127090000',
      DinhDanhCHS: [{ LoaiDinhDanh: 1, SoDinhDanh: '038090001234' }],
    });
    await station.close();
  });

  it('numbers dossiers per day and finds a returning citizen by ID number', async () => {
    const { station, token } = await counter();
    const procedure = await procedureNamed(station, token, 'Đăng ký khai sinh');
    const first = await receive(station, token, intakeFor(procedure));
    const second = await receive(station, token, intakeFor(procedure, { ...applicants.duc, phone: '0911111111' }));
    expect(second.dossier.code).toBe('000.31.38.H56-261123-0002');
    expect(second.dossier.applicant.id).toBe(first.dossier.applicant.id);
    expect(second.dossier.applicant.phone).toBe('0911111111');
    station.clock.advance(24 * 3600_000);
    const nextDay = await loginAs(station, 'officer', 'tiepnhan1'); // yesterday's session has expired
    expect((await receive(station, nextDay, intakeFor(procedure))).dossier.code).toBe('000.31.38.H56-261124-0001');
    await station.close();
  });

  it('a same-day procedure received after 15:00 is due the next working day', async () => {
    const { station, token } = await counter(new ManualClock('2026-11-23T08:30:00Z')); // 15:30
    const procedure = await procedureNamed(station, token, 'Đăng ký khai sinh');
    const { dossier } = await receive(station, token, intakeFor(procedure));
    expect(dossier.dueAt).toBe('2026-11-25T10:00:00.000Z'); // Wed 17:00 (Tue 24/11 is a day off)
    await station.close();
  });

  it('saving the same form twice makes one dossier', async () => {
    const { station, token } = await counter();
    const procedure = await procedureNamed(station, token, 'Đăng ký khai sinh');
    const form = intakeFor(procedure);
    const first = await receive(station, token, form);
    const again = await receive(station, token, form);
    expect(again.alreadySaved).toBe(true);
    expect(again.dossier.code).toBe(first.dossier.code);
    expect(count(station, 'dossiers')).toBe(1);
    await station.close();
  });

  it('refuses an ID number that cannot be, and writes nothing', async () => {
    const { station, token } = await counter();
    const procedure = await procedureNamed(station, token, 'Đăng ký khai sinh');
    const before = { dossiers: count(station, 'dossiers'), citizens: count(station, 'citizens'), outbox: count(station, 'outbox') };
    const error = expectError(await station.call('dossier.receive', intakeFor(procedure, { ...applicants.duc, idNumber: '099090001234' }), token));
    expect(error.code).toBe('CCCD_INVALID');
    expect(error.message).toMatch(/^Người nộp hồ sơ: .*099/);
    const wrongGender = expectError(await station.call('dossier.receive', intakeFor(procedure, { ...applicants.duc, gender: 'female' }), token));
    expect(wrongGender.code).toBe('CCCD_INVALID');
    expect({ dossiers: count(station, 'dossiers'), citizens: count(station, 'citizens'), outbox: count(station, 'outbox') }).toEqual(before);
    await station.close();
  });

  it('a procedure that no longer exists is refused with a clear message', async () => {
    const { station, token } = await counter();
    const procedure = await procedureNamed(station, token, 'Đăng ký khai sinh');
    station.services.db.prepare('UPDATE procedures SET active = 0 WHERE id = ?').run(procedure.id);
    const error = expectError(await station.call('dossier.receive', intakeFor(procedure), token));
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'Thủ tục này không còn được áp dụng. Hãy chọn lại thủ tục.' });
    expect(count(station, 'dossiers')).toBe(0);
    await station.close();
  });

  it('an attachment that was never uploaded is refused and nothing is half-written', async () => {
    const { station, token } = await counter();
    const procedure = await procedureNamed(station, token, 'Đăng ký khai sinh');
    const error = expectError(
      await station.call('dossier.receive', intakeFor(procedure, applicants.duc, { attachments: [{ sha256: 'a'.repeat(64), fileName: 'to-khai.pdf', documentIndex: 0 }] }), token),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(count(station, 'citizens')).toBe(0);
    await station.close();
  });

  it('refusing at reception records status 3 with the reason', async () => {
    const { station, token } = await counter();
    const procedure = await procedureNamed(station, token, 'Đăng ký kết hôn');
    const result = expectOk(await station.call('dossier.refuse', { ...intakeFor(procedure), reason: 'Thiếu giấy xác nhận tình trạng hôn nhân' }, token)) as { dossier: Dossier };
    expect(result.dossier).toMatchObject({ status: 3, feesTotal: 0, dueAt: result.dossier.receivedAt });
    expect(result.dossier.events[0]).toMatchObject({ to: 3, note: 'Thiếu giấy xác nhận tình trạng hôn nhân' });
    await station.close();
  });

  it('several counters saving at once never share a code', async () => {
    const station = await testStation({ lan: { host: '127.0.0.1', port: 0 } });
    await seedDemoInto(station);
    const tokens = await Promise.all([1, 2, 3].map((i) => loginAs(station, 'officer', `quay${i}`)));
    const procedure = await procedureNamed(station, tokens[0]!, 'Đăng ký khai sinh');
    const post = (body: object) =>
      fetch(`${station.url}/api/call`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json() as Promise<{ ok: boolean; result: { dossier: Dossier } }>);
    const replies = await Promise.all(
      Array.from({ length: 60 }, (_, i) => post({ method: 'dossier.receive', input: intakeFor(procedure, i % 2 ? applicants.duc : applicants.lan), token: tokens[i % 3] })),
    );
    const codes = replies.map((r) => r.result.dossier.code);
    expect(new Set(codes).size).toBe(60);
    expect(codes.map((c) => c.slice(-4)).sort()).toEqual(Array.from({ length: 60 }, (_, i) => String(i + 1).padStart(4, '0')));
    await station.close();
  });
});

describe('after reception', () => {
  it('a supplement pauses the deadline, and the wait is added when it arrives', async () => {
    const { station, token } = await counter();
    const procedure = await procedureNamed(station, token, 'Cấp giấy xác nhận tình trạng hôn nhân');
    const { dossier } = await receive(station, token, intakeFor(procedure));
    station.clock.advance(3600_000); // 10:00
    const waiting = expectOk(
      await station.call('dossier.requestSupplement', { dossierId: dossier.id, reason: 'Thiếu bản sao trích lục ly hôn', items: [{ name: 'Trích lục ly hôn', originals: 0, certifiedCopies: 1, copies: 0 }] }, token),
    ) as Dossier;
    expect(waiting).toMatchObject({ status: 5, pausedAt: '2026-11-23T03:00:00.000Z' });
    station.clock.set('2026-11-25T03:00:00Z'); // Wed 10:00
    const wednesday = await loginAs(station, 'officer', 'tiepnhan1');
    const resumed = expectOk(await station.call('dossier.recordSupplement', { dossierId: dossier.id }, wednesday)) as Dossier;
    expect(resumed).toMatchObject({ status: 2, pausedAt: null, originalDueAt: dossier.dueAt });
    // Waited Mon 10:00–17:00 (5 working hours, lunch excluded), Tue is a day off, Wed 07:00–10:00 (3 h):
    // 8 working hours = one working day later than Fri 27/11 09:00 → Mon 30/11 09:00.
    expect(resumed.dueAt).toBe('2026-11-30T02:00:00.000Z');
    await station.close();
  });

  it('returns the result once; the statuses the province decides cannot be set at the counter', async () => {
    const { station, token } = await counter();
    const procedure = await procedureNamed(station, token, 'Chứng thực chữ ký trong giấy tờ, văn bản');
    const { dossier } = await receive(station, token, intakeFor(procedure));
    const returned = expectOk(await station.call('dossier.returnResult', { dossierId: dossier.id, collectedBy: 'Nguyễn Văn Đức' }, token)) as Dossier;
    expect(returned).toMatchObject({ status: 10, collectedBy: 'Nguyễn Văn Đức' });
    const again = expectError(await station.call('dossier.returnResult', { dossierId: dossier.id, collectedBy: 'x' }, token));
    expect(again.code).toBe('INVALID_STATE');
    expect(() =>
      station.services.uow.run({ kind: 'user', userId: 1 }, (ctx) => station.services.dossiers.lifecycle.applyProvinceStatus(ctx, dossier.code, 9, null)),
    ).toThrow(/INVALID_STATE/);
    await station.close();
  });

  it('flags overdue dossiers and can set a new date with an apology', async () => {
    const { station, token: first } = await counter();
    let token = first;
    const procedure = await procedureNamed(station, token, 'Chứng thực hợp đồng, giao dịch'); // 2 working days
    const { dossier } = await receive(station, token, intakeFor(procedure));
    station.clock.set('2026-11-27T02:00:00Z');
    token = await loginAs(station, 'officer', 'tiepnhan1');
    const late = expectOk(await station.call('dossier.get', { id: dossier.id }, token)) as Dossier;
    expect(late.overdue).toBe(true);
    expect((expectOk(await station.call('dossier.overdue', {}, token)) as { code: string }[]).map((d) => d.code)).toEqual([dossier.code]);
    const sunday = expectError(await station.call('dossier.postpone', { dossierId: dossier.id, newDueAt: '2026-11-29T09:00:00+07:00', reason: 'Chờ xác minh' }, token));
    expect(sunday.message).toMatch(/ngày nghỉ/);
    const moved = expectOk(await station.call('dossier.postpone', { dossierId: dossier.id, newDueAt: '2026-11-30T09:00:00+07:00', reason: 'Chờ xác minh' }, token)) as Dossier;
    expect(moved).toMatchObject({ dueAt: '2026-11-30T02:00:00.000Z', originalDueAt: dossier.dueAt, overdue: false });
    await station.close();
  });
});

describe('finding a dossier', () => {
  it('by name without diacritics, by ID number, by phone and by code', async () => {
    const { station, token } = await counter();
    const procedure = await procedureNamed(station, token, 'Đăng ký khai sinh');
    const duc = await receive(station, token, intakeFor(procedure));
    await receive(station, token, intakeFor(procedure, applicants.lan));
    const search = async (query: string) =>
      (expectOk(await station.call('dossier.search', { query }, token)) as { items: { code: string; applicantName: string }[] }).items;
    expect((await search('nguyen van duc')).map((d) => d.applicantName)).toEqual(['Nguyễn Văn Đức']);
    expect((await search('NGUYEN VAN DU')).map((d) => d.code)).toEqual([duc.dossier.code]);
    expect((await search('038195004321')).map((d) => d.applicantName)).toEqual(['Trần Thị Lan']);
    expect((await search('0987 654 321')).map((d) => d.applicantName)).toEqual(['Trần Thị Lan']);
    expect((await search(duc.dossier.code)).map((d) => d.code)).toEqual([duc.dossier.code]);
    expect(await search('khong co ai')).toEqual([]);
    expect(expectOk(await station.call('dossier.byCode', { code: duc.dossier.code }, token))).toMatchObject({ id: duc.dossier.id });
    await station.close();
  });

  it('by a code or its prefix: only the codes that start with it', async () => {
    const { station, token } = await counter();
    const procedure = await procedureNamed(station, token, 'Đăng ký khai sinh');
    const codes: string[] = [];
    for (let i = 0; i < 3; i += 1) codes.push((await receive(station, token, intakeFor(procedure))).dossier.code);
    const search = async (query: string, pageSize = 20) =>
      expectOk(await station.call('dossier.search', { query, pageSize }, token)) as { items: { code: string }[]; hasMore: boolean };
    expect((await search(codes[1]!)).items.map((d) => d.code)).toEqual([codes[1]]);
    const day = codes[0]!.slice(0, -4);
    expect((await search(`${day}0000`)).items).toEqual([]);
    expect(await search(day, 2)).toMatchObject({ items: [{ code: codes[0] }, { code: codes[1] }], hasMore: true });
    await station.close();
  });

  it('pages through many results', async () => {
    const { station, token } = await counter();
    const procedure = await procedureNamed(station, token, 'Đăng ký khai sinh');
    for (let i = 0; i < 25; i += 1) await receive(station, token, intakeFor(procedure));
    const page1 = expectOk(await station.call('dossier.search', { query: 'nguyen', pageSize: 20 }, token)) as { items: unknown[]; hasMore: boolean };
    const page2 = expectOk(await station.call('dossier.search', { query: 'nguyen', pageSize: 20, page: 2 }, token)) as { items: unknown[]; hasMore: boolean };
    expect([page1.items.length, page1.hasMore, page2.items.length, page2.hasMore]).toEqual([20, true, 5, false]);
    await station.close();
  });
});

describe('satisfaction ratings', () => {
  it('one rating per dossier, from an anonymous citizen screen', async () => {
    const { station, token } = await counter();
    const procedure = await procedureNamed(station, token, 'Đăng ký khai sinh');
    const { dossier } = await receive(station, token, intakeFor(procedure));
    const scores = { time: 3, attitude: 3, disclosure: 2, convenience: 3, overall: 3 };
    expectOk(await station.call('rating.submit', { dossierCode: dossier.code, scores, comment: 'Cán bộ nhiệt tình' }));
    expect(expectError(await station.call('rating.submit', { dossierCode: dossier.code, scores })).code).toBe('CONFLICT');
    const admin = await loginAs(station, 'admin');
    expect(expectOk(await station.call('rating.today', {}, admin))).toEqual(expect.arrayContaining([{ criterion: 'overall', level: 3, n: 1 }]));
    await station.close();
  });
});
