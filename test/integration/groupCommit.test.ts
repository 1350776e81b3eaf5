import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Board, EventMessage, IssuedTicket, Site } from '@contract';
import { provinceEvents } from '@domain/sync/provinceEvents';
import { verifyAuditChain } from '../../main/services/audit/auditChain';
import { expectOk, seedDemoInto, testStation, type TestStation } from '../helpers/testStation';
import { ManualTimers } from '../helpers/manualTimers';

const cli = { kind: 'system', name: 'cli' } as const;
const site = (agencyCode: string): Site => ({
  agencyCode,
  agencyName: 'Ủy ban nhân dân phường Hạc Thành',
  centreName: 'Trung tâm Phục vụ hành chính công phường Hạc Thành',
  provinceName: 'Tỉnh Thanh Hóa',
  address: null,
  phone: null,
});

let station: TestStation;
let reader: Database.Database;
/** The outbox's last row before the test's own writes (the demo seed writes some). */
let seededSeq = 0;
afterEach(async () => {
  reader?.close();
  await station?.close();
});

async function setUp(options: { timers?: ManualTimers } = {}) {
  station = await testStation(options);
  await seedDemoInto(station);
  // A second connection sees only what is committed, like a crash would.
  reader = new Database(station.services.db.name, { readonly: true });
  seededSeq = (reader.prepare('SELECT coalesce(max(seq), 0) AS n FROM outbox').get() as { n: number }).n;
  const seen: EventMessage[] = [];
  station.events.subscribe((event) => seen.push(event));
  return seen;
}

const committedAgencyCodes = () =>
  (reader.prepare("SELECT aggregate_id AS code FROM outbox WHERE type = 'site.profile' AND seq > ? ORDER BY seq").all(seededSeq) as { code: string }[]).map((r) => r.code);

/** A call that writes the site profile the way every service writes: through one unit of work. */
const writeSite = (agencyCode: string) => async () =>
  station.services.uow.run(cli, (ctx) => {
    ctx.repos.site.save(site(agencyCode), ctx.now);
    ctx.audit('site.update', 'site', agencyCode);
    ctx.toProvince(provinceEvents.siteProfile, agencyCode, site(agencyCode));
    ctx.afterCommit('site.changed', site(agencyCode));
    return agencyCode;
  });

describe('group commit: calls that arrive together share one commit', () => {
  it('runs the calls of one turn inside one transaction, and nothing is visible or announced before its commit', async () => {
    const seen = await setUp();
    const observed: { inTransaction: boolean; committedBefore: string[]; eventsBefore: number }[] = [];
    const observe = (call: () => Promise<string>) => async () => {
      observed.push({ inTransaction: station.services.db.inTransaction, committedBefore: committedAgencyCodes(), eventsBefore: seen.length });
      return call();
    };
    const outcomes = await Promise.all([
      station.services.uow.grouped(observe(writeSite('000.01.01.H56'))),
      station.services.uow.grouped(observe(writeSite('000.02.02.H56'))),
      station.services.uow.grouped(observe(writeSite('000.03.03.H56'))),
    ]);

    expect(outcomes).toEqual(['000.01.01.H56', '000.02.02.H56', '000.03.03.H56']);
    expect(observed.every((o) => o.inTransaction)).toBe(true);
    expect(observed.map((o) => o.committedBefore)).toEqual([[], [], []]);
    expect(observed.map((o) => o.eventsBefore)).toEqual([0, 0, 0]);
    expect(committedAgencyCodes()).toEqual(['000.01.01.H56', '000.02.02.H56', '000.03.03.H56']);
    expect(seen.filter((e) => e.name === 'site.changed')).toHaveLength(3);
    expect(verifyAuditChain(station.services.repos.audit.iterate()).intact).toBe(true);
  });

  it('runs a call alone in its turn without an outer transaction', async () => {
    await setUp();
    let inTransaction: boolean | null = null;
    await station.services.uow.grouped(async () => {
      inTransaction = station.services.db.inTransaction;
      return writeSite('000.01.01.H56')();
    });
    expect(inTransaction).toBe(false);
    expect(committedAgencyCodes()).toEqual(['000.01.01.H56']);
  });

  it('a call that fails in the group undoes only itself', async () => {
    const seen = await setUp();
    const failing = async () =>
      station.services.uow.run(cli, (ctx) => {
        ctx.repos.site.save(site('000.09.09.H56'), ctx.now);
        ctx.toProvince(provinceEvents.siteProfile, '000.09.09.H56', site('000.09.09.H56'));
        ctx.afterCommit('site.changed', site('000.09.09.H56'));
        throw new Error('refused half-way');
      });
    const outcomes = await Promise.allSettled([
      station.services.uow.grouped(writeSite('000.01.01.H56')),
      station.services.uow.grouped(failing),
      station.services.uow.grouped(writeSite('000.03.03.H56')),
    ]);

    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(committedAgencyCodes()).toEqual(['000.01.01.H56', '000.03.03.H56']);
    expect(seen.filter((e) => e.name === 'site.changed').map((e) => (e.payload as Site).agencyCode)).toEqual(['000.01.01.H56', '000.03.03.H56']);
  });

  it('a merged event goes out once with what every committed call queued, nothing of a call that failed', async () => {
    const seen = await setUp();
    const union = (a: { areaIds: number[] }, b: { areaIds: number[] }) => ({ areaIds: [...new Set([...a.areaIds, ...b.areaIds])] });
    const touch = (areaIds: number[], fails = false) => async () =>
      station.services.uow.run(cli, (ctx) => {
        ctx.afterCommitMerged('queue.changed', { areaIds }, union);
        if (fails) throw new Error('refused half-way');
      });
    await Promise.allSettled([
      station.services.uow.grouped(touch([1, 2])),
      station.services.uow.grouped(touch([9], true)),
      station.services.uow.grouped(touch([2, 3])),
    ]);
    // The failed call's area is not told, now or with the next change.
    await station.services.uow.grouped(touch([4]));
    expect(seen.filter((e) => e.name === 'queue.changed').map((e) => e.payload)).toEqual([{ areaIds: [1, 2, 3] }, { areaIds: [4] }]);
  });

  it('a snapshot with an interval goes out at once, then at most once per interval, read at its end with everything since', async () => {
    const timers = new ManualTimers();
    const seen = await setUp({ timers });
    const areaId = station.services.repos.catalogue.serviceAreas()[0]!.id;
    const boards = () => seen.filter((e) => e.name === 'queue.board').map((e) => e.payload as Board);
    const waiting = (board: Board) => board.waitingByArea.find((w) => w.areaId === areaId)?.waiting;
    await station.call('queue.issueTicket', { areaId, priority: null });
    expect(boards().map(waiting)).toEqual([1]);
    // Three more, each alone in its turn, within the interval: held back, then told once.
    for (let n = 0; n < 3; n += 1) await station.call('queue.issueTicket', { areaId, priority: null });
    timers.advance(99);
    expect(boards().map(waiting)).toEqual([1]);
    timers.advance(1);
    expect(boards().map(waiting)).toEqual([1, 4]);
    // Nothing asked since: the next interval ends without a board.
    timers.advance(100);
    expect(boards()).toHaveLength(2);
    // Every change is told at once all the same (queue.changed is not held back).
    expect(seen.filter((e) => e.name === 'queue.changed')).toHaveLength(4);
  });

  it('when the shared commit fails, every call of the group fails and nothing of it is kept or announced', async () => {
    const seen = await setUp();
    const auditBefore = (reader.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    // A foreign key checked only at COMMIT makes the commit itself fail.
    const breaksTheCommit = async () => {
      station.services.db.pragma('defer_foreign_keys = ON');
      return station.services.uow.run(cli, (ctx) => {
        station.services.db.prepare('INSERT INTO counter_areas (counter_id, area_id) VALUES (1, 999999)').run();
        ctx.audit('counter.areas', 'counter', 1);
        return 'written';
      });
    };
    const outcomes = await Promise.allSettled([
      station.services.uow.grouped(writeSite('000.01.01.H56')),
      station.services.uow.grouped(breaksTheCommit),
    ]);

    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect((outcomes[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'INTERNAL' });
    expect(station.services.db.inTransaction).toBe(false);
    expect(committedAgencyCodes()).toEqual([]);
    expect((reader.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n).toBe(auditBefore);
    expect(seen.filter((e) => e.name === 'site.changed')).toHaveLength(0);
    // The station goes on: the next call commits normally.
    await station.services.uow.grouped(writeSite('000.04.04.H56'));
    expect(committedAgencyCodes()).toEqual(['000.04.04.H56']);
  });

  it('committed() lets a service wait for its commit before doing what cannot be undone', async () => {
    await setUp();
    const visibleAfterWait: string[][] = [];
    await Promise.all([
      station.services.uow.grouped(writeSite('000.01.01.H56')),
      station.services.uow.grouped(async () => {
        await writeSite('000.02.02.H56')();
        await station.services.uow.committed();
        visibleAfterWait.push(committedAgencyCodes());
      }),
    ]);
    expect(visibleAfterWait).toEqual([['000.01.01.H56', '000.02.02.H56']]);
  });

  it('through the API: kiosks issuing at the same moment get distinct numbers, each ticket audited once; boards get one snapshot with all of them', async () => {
    const seen = await setUp();
    const areaId = station.services.repos.catalogue.serviceAreas()[0]!.id;
    const replies = await Promise.all(Array.from({ length: 25 }, () => station.call('queue.issueTicket', { areaId, priority: null })));
    const numbers = replies.map((reply) => (expectOk(reply) as IssuedTicket).number);
    expect(new Set(numbers).size).toBe(25);
    const issuedRows = (reader.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'ticket.issued'").get() as { n: number }).n;
    expect(issuedRows).toBe(25);
    const boards = seen.filter((e) => e.name === 'queue.board').map((e) => e.payload as Board);
    expect(boards).toHaveLength(1);
    expect(seen.filter((e) => e.name === 'queue.changed')).toEqual([expect.objectContaining({ payload: { areaIds: [areaId] } })]);
    expect(boards[0]!.waitingByArea.find((w) => w.areaId === areaId)?.waiting).toBe(25);
    expect(verifyAuditChain(station.services.repos.audit.iterate()).intact).toBe(true);
  });
});
