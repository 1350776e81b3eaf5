import { describe, expect, it } from 'vitest';
import { changesResponseSchema } from '../../main/sync/protocol';
import { ManualClock } from '../helpers/manualClock';
import type { Scheduler } from './autoProcess';
import { call, push, received, sessionToken, siteB, startTestServer, statusEvent } from './provincialFixtures';
import type { ProvincialServer } from './server';

const code = (n: number) => `000.00.06.H56-261123-${String(n).padStart(4, '0')}`;

async function pull(server: ProvincialServer, token: string, after: string, limit?: number) {
  const query = limit === undefined ? `after=${after}` : `after=${after}&limit=${limit}`;
  const reply = await call(`${server.url}/v1/changes?${query}`, { token });
  expect(reply.status).toBe(200);
  return changesResponseSchema.parse(reply.body);
}

const addCalendarChange = (server: ProvincialServer, year: number) =>
  call<{ cursor: string }>(`${server.url}/control/changes`, { method: 'POST', json: { kind: 'calendar.overrides', data: { year, daysOff: [] } } });

describe('reference provincial server: pulling changes', () => {
  it('pages through the feed with a cursor that only moves forward', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    for (let year = 2026; year < 2031; year++) expect((await addCalendarChange(server, year)).status).toBe(200);

    const seen: number[] = [];
    let cursor = '0';
    const pages: boolean[] = [];
    for (;;) {
      const page = await pull(server, token, cursor, 2);
      expect(BigInt(page.nextCursor)).toBeGreaterThanOrEqual(BigInt(cursor));
      for (const change of page.changes) {
        expect(BigInt(change.cursor)).toBeGreaterThan(BigInt(cursor));
        seen.push((change.data as { year: number }).year);
      }
      pages.push(page.hasMore);
      cursor = page.nextCursor;
      if (!page.hasMore) break;
    }
    expect(seen).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(pages).toEqual([true, true, false]);

    const end = await pull(server, token, cursor);
    expect(end).toMatchObject({ changes: [], nextCursor: cursor, hasMore: false });
  });

  it('answers 400 to a cursor or limit outside the protocol', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    const statuses = await Promise.all(
      ['after=-1', 'after=abc', 'after=0&limit=0', 'after=0&limit=1001'].map(async (q) => (await call(`${server.url}/v1/changes?${q}`, { token })).status),
    );
    expect(statuses).toEqual([400, 400, 400, 400]);
  });

  it('turns an officer decision into a dossier.status change for the dossier’s own site', async () => {
    const clock = new ManualClock('2026-11-23T02:30:00Z');
    const server = await startTestServer({ clock });
    const tokenA = await sessionToken(server);
    const tokenB = await sessionToken(server, siteB);
    await push(server, tokenA, [received(code(1))]);

    const decided = await call<{ cursor: string }>(`${server.url}/control/process`, {
      method: 'POST',
      json: { MaHoSo: code(1), TrangThaiHoSo: 4, NoiDungXuLy: 'Chuyển phòng Tư pháp', NguoiXuLy: 'Lê Văn Bình' },
    });
    expect(decided.status).toBe(200);

    const page = await pull(server, tokenA, '0');
    expect(page.changes).toEqual([
      {
        cursor: decided.body.cursor,
        kind: 'dossier.status',
        data: { MaHoSo: code(1), TrangThaiHoSo: 4, NoiDungXuLy: 'Chuyển phòng Tư pháp', NguoiXuLy: 'Lê Văn Bình', ThoiDiemXuLy: '20261123093000' },
      },
    ]);
    expect(server.store.dossiers.get(code(1))?.TrangThaiHoSo).toBe(4);
    expect(server.store.dossiers.payloadOf(code(1))).toMatchObject({ MaHoSo: code(1), TrangThaiHoSo: 4 });
    expect((await pull(server, tokenB, '0')).changes).toEqual([]);
  });

  it('lets officers decide only 4, 6, 8 and 9, on dossiers it knows', async () => {
    const server = await startTestServer();
    await push(server, await sessionToken(server), [received(code(1))]);
    const supplement = await call(`${server.url}/control/process`, { method: 'POST', json: { MaHoSo: code(1), TrangThaiHoSo: 5 } });
    const unknown = await call(`${server.url}/control/process`, { method: 'POST', json: { MaHoSo: code(2), TrangThaiHoSo: 4 } });
    expect([supplement.status, unknown.status]).toEqual([400, 404]);
    expect(server.store.changes.count()).toBe(0);
  });

  it('refuses to feed a change stations could not parse', async () => {
    const server = await startTestServer();
    const noProcedures = await call(`${server.url}/control/changes`, { method: 'POST', json: { kind: 'catalogue.procedures', data: { items: [] } } });
    const unknownKind = await call(`${server.url}/control/changes`, { method: 'POST', json: { kind: 'weather', data: {} } });
    expect([noProcedures.status, unknownKind.status]).toEqual([400, 400]);
    const procedures = await call(`${server.url}/control/changes`, {
      method: 'POST',
      json: { kind: 'catalogue.procedures', data: { procedures: [{ code: '1.001193', name: 'Đăng ký khai sinh' }] } },
    });
    expect(procedures.status).toBe(200);
  });

  it('auto-processes each received dossier to 4 then 9, and leaves one the counter moved meanwhile', async () => {
    const jobs: { run: () => void; ms: number }[] = [];
    const scheduler: Scheduler = (run, ms) => {
      const job = { run, ms };
      jobs.push(job);
      return () => jobs.splice(jobs.indexOf(job), 1);
    };
    const server = await startTestServer({ autoProcessMs: 60_000, scheduler });
    const token = await sessionToken(server);
    await push(server, token, [received(code(1)), received(code(2))]);
    await push(server, token, [statusEvent(code(2), 7)]);
    expect(jobs.map((j) => j.ms)).toEqual([60_000, 60_000]);

    const runDue = () => jobs.splice(0).forEach((job) => job.run());
    runDue();
    runDue();
    const statuses = (await pull(server, token, '0')).changes.map((c) => c.kind === 'dossier.status' && [c.data.MaHoSo, c.data.TrangThaiHoSo]);
    expect(statuses).toEqual([
      [code(1), 4],
      [code(1), 9],
    ]);
    expect(server.store.dossiers.get(code(2))?.TrangThaiHoSo).toBe(7);
  });
});
