import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CounterState, EventMessage, IssuedTicket, QueueStats } from '@contract';
import { tempDir } from '../helpers/tempDir';
import { expectError, expectOk, loginAs, repoRoot, seedDemoInto, testStation, type TestStation } from '../helpers/testStation';
import { ManualClock } from '../helpers/manualClock';

async function demoStation(clock = new ManualClock('2026-11-23T01:00:00Z'), dataDir?: string) {
  const station = await testStation({ clock, ...(dataDir ? { dataDir } : {}) });
  if (!dataDir || !station.services.site.find()) await seedDemoInto(station);
  return station;
}

const issue = async (station: TestStation, areaId: number, priority: string | null = null) =>
  expectOk(await station.call('queue.issueTicket', { areaId, priority })) as IssuedTicket;

async function openCounter(station: TestStation, counterId: number, areaIds: number[], username = `quay${counterId}`) {
  const token = await loginAs(station, 'officer', username);
  expectOk(await station.call('queue.openCounter', { counterId, areaIds }, token));
  const act = async (method: string, extra: object = {}) => station.call(method, { counterId, ...extra }, token);
  return { token, act };
}

describe('numbering', () => {
  it('runs per area with its prefix and restarts at midnight in Vietnam', async () => {
    const clock = new ManualClock('2026-11-23T16:58:00Z'); // 23:58 in Vietnam
    const station = await demoStation(clock);
    expect((await issue(station, 1)).number).toBe('A001');
    expect((await issue(station, 1)).number).toBe('A002');
    expect((await issue(station, 2)).number).toBe('B001');
    clock.set('2026-11-23T17:00:00Z'); // 00:00 on the 24th in Vietnam
    expect((await issue(station, 1)).number).toBe('A001');
    await station.close();
  });

  it('survives a restart of the station', async () => {
    const dir = tempDir();
    const clock = new ManualClock('2026-11-23T01:00:00Z');
    const first = await demoStation(clock, dir);
    await issue(first, 1);
    await issue(first, 1);
    await first.close();
    const second = await demoStation(clock, dir);
    expect((await issue(second, 1)).number).toBe('A003');
    await second.close();
  });

  it('an unknown area is refused and nothing is issued', async () => {
    const station = await demoStation();
    const error = expectError(await station.call('queue.issueTicket', { areaId: 99, priority: null }));
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'Lĩnh vực không tồn tại hoặc đã ngừng tiếp nhận.' });
    expect(station.services.db.prepare('SELECT count(*) AS n FROM tickets').get()).toEqual({ n: 0 });
    await station.close();
  });

  it('tells the citizen how many are ahead, and without a printer says so', async () => {
    const station = await demoStation();
    await issue(station, 1);
    await issue(station, 1, 'elderly');
    const mine = await issue(station, 1);
    expect(mine.peopleAhead).toBe(2);
    expect(mine.estimatedWaitMinutes).toBeNull(); // nobody served yet today
    expect(mine.printed).toBe(false);
    expect(mine.printProblem).toMatch(/máy in/);
    await station.close();
  });
});

describe('a counter at work', () => {
  it('calls, recalls, serves and finishes; the board and KPIs follow', async () => {
    const station = await demoStation();
    const events: EventMessage[] = [];
    station.events.subscribe((e) => events.push(e));
    const a1 = await issue(station, 1);
    const counter = await openCounter(station, 1, [1]);

    const called = expectOk(await counter.act('queue.callNext')) as CounterState;
    expect(called.current).toMatchObject({ number: a1.number, status: 'called' });
    expect(events.filter((e) => e.name === 'queue.called').map((e) => e.payload)).toEqual([
      expect.objectContaining({
        ticketNumber: 'A001',
        counterNumber: 1,
        recall: false,
        text: 'Mời công dân có số thứ tự a không không một đến quầy số một.',
        clips: ['chime', 'moi-cong-dan-co-so-thu-tu', 'letter-a', 'digit-0', 'digit-0', 'digit-1', 'den-quay-so', 'num-1'],
      }),
    ]);

    station.clock.advance(60_000);
    expectOk(await counter.act('queue.recall'));
    expect(events.filter((e) => e.name === 'queue.called').at(-1)!.payload).toMatchObject({
      ticketNumber: 'A001',
      recall: true,
      clips: ['chime', 'moi-lai-cong-dan-co-so-thu-tu', 'letter-a', 'digit-0', 'digit-0', 'digit-1', 'den-quay-so', 'num-1'],
    });

    expectOk(await counter.act('queue.start'));
    station.clock.advance(6 * 60_000);
    const done = expectOk(await counter.act('queue.finish')) as CounterState;
    expect(done.current).toBeNull();

    const admin = await loginAs(station, 'admin');
    const stats = expectOk(await station.call('queue.stats', {}, admin)) as QueueStats;
    expect(stats.total).toMatchObject({ tickets: 1, served: 1, averageServiceMinutes: 6 });
    expect(stats.byCounter.find((c) => c.counterNumber === 1)).toMatchObject({ served: 1 });
    expect(stats.perHour.find((h) => h.hour === 8)).toEqual({ hour: 8, issued: 1 });

    // Boards go out at most every 100 ms: the one read after the recall comes at the end of its interval.
    const lastBoard = () => events.filter((e) => e.name === 'queue.board').at(-1)!.payload as { recentCalls: unknown[] };
    await expect.poll(() => lastBoard().recentCalls).toHaveLength(2);
    const next = await issue(station, 1);
    expect(next.estimatedWaitMinutes).toBe(0);
    await station.close();
  });

  it('a double finish is refused and changes nothing', async () => {
    const station = await demoStation();
    await issue(station, 1);
    const counter = await openCounter(station, 1, [1]);
    expectOk(await counter.act('queue.callNext'));
    expectOk(await counter.act('queue.finish'));
    const before = station.services.db.prepare('SELECT count(*) AS n FROM ticket_events').get();
    const again = expectError(await counter.act('queue.finish'));
    expect(again.code).toBe('INVALID_STATE');
    expect(station.services.db.prepare('SELECT count(*) AS n FROM ticket_events').get()).toEqual(before);
    await station.close();
  });

  it('a closed counter cannot call; a paused one neither; an empty queue says so', async () => {
    const station = await demoStation();
    const token = await loginAs(station, "officer", "quay1");
    expect(expectError(await station.call('queue.callNext', { counterId: 1 }, token)).code).toBe('COUNTER_CLOSED');
    const counter = await openCounter(station, 1, [1]);
    expect(expectError(await counter.act('queue.callNext'))).toMatchObject({ code: 'QUEUE_EMPTY' });
    await issue(station, 1);
    expectOk(await counter.act('queue.pause'));
    expect(expectError(await counter.act('queue.callNext')).message).toMatch(/tạm nghỉ/);
    expectOk(await counter.act('queue.resume'));
    expectOk(await counter.act('queue.callNext'));
    await station.close();
  });

  it('an absent citizen can be recalled later that day', async () => {
    const station = await demoStation();
    const a1 = await issue(station, 1);
    await issue(station, 1);
    const counter = await openCounter(station, 1, [1]);
    expectOk(await counter.act('queue.callNext'));
    const absent = expectOk(await counter.act('queue.noShow')) as CounterState;
    expect(absent.noShows.map((t) => t.number)).toEqual(['A001']);
    expectOk(await counter.act('queue.callNext'));
    expectOk(await counter.act('queue.finish'));
    const back = expectOk(await counter.act('queue.recall', { ticketId: a1.id })) as CounterState;
    expect(back.current).toMatchObject({ number: 'A001', status: 'called', recallCount: 1 });
    await station.close();
  });

  it('a transfer keeps the number and issue time; a transfer to a missing area changes nothing', async () => {
    const station = await demoStation();
    const a1 = await issue(station, 1);
    station.clock.advance(10 * 60_000);
    const b1 = await issue(station, 2);
    const counter1 = await openCounter(station, 1, [1]);
    expectOk(await counter1.act('queue.callNext'));
    expect(expectError(await counter1.act('queue.transfer', { toAreaId: 999 })).code).toBe('NOT_FOUND');
    expect((expectOk(await counter1.act('queue.counterState')) as CounterState).current?.number).toBe('A001');
    expectOk(await counter1.act('queue.transfer', { toAreaId: 2 }));

    const counter2 = await openCounter(station, 2, [2]);
    const state = expectOk(await counter2.act('queue.counterState')) as CounterState;
    expect(state.waiting.map((t) => t.number)).toEqual(['A001', 'B001']); // A001 was issued first
    const called = expectOk(await counter2.act('queue.callNext')) as CounterState;
    expect(called.current).toMatchObject({ id: a1.id, number: 'A001', issuedAt: a1.issuedAt, areaId: 2 });
    expect(b1.number).toBe('B001');
    await station.close();
  });

  it('only the officer at a counter works it', async () => {
    const station = await demoStation();
    await issue(station, 1);
    await openCounter(station, 1, [1], "quay1");
    const other = await loginAs(station, "officer", "quay2");
    expect(expectError(await station.call('queue.callNext', { counterId: 1 }, other)).code).toBe('CONFLICT');
    await station.close();
  });

  it('the tracking page shows the place in the queue and then the counter, with no personal data', async () => {
    const station = await demoStation();
    await issue(station, 1);
    const mine = await issue(station, 1);
    expect(expectOk(await station.call('queue.track', { token: mine.trackingToken }))).toMatchObject({ number: 'A002', status: 'waiting', peopleAhead: 1 });
    const counter = await openCounter(station, 3, [1]);
    await counter.act('queue.callNext');
    await counter.act('queue.finish');
    await counter.act('queue.callNext');
    expect(expectOk(await station.call('queue.track', { token: mine.trackingToken }))).toMatchObject({ status: 'called', counterNumber: 3 });
    expect(expectError(await station.call('queue.track', { token: 'x'.repeat(24) })).code).toBe('NOT_FOUND');
    await station.close();
  });
});

function runWorker(args: string[]): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'test/helpers/queueWorker.ts'), ...args], { cwd: repoRoot });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`worker failed: ${err}`))));
  });
}

describe('several kiosks and counters at once', () => {
  it('over the LAN: no number is issued twice and no ticket is called twice', async () => {
    const station = await testStation({ lan: { host: '127.0.0.1', port: 0 } });
    await seedDemoInto(station);
    const post = (body: object) =>
      fetch(`${station.url}/api/call`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
    const kiosks = Array.from({ length: 6 }, (_, k) => Promise.all(Array.from({ length: 20 }, (_, i) => post({ method: 'queue.issueTicket', input: { areaId: 1 + ((k + i) % 2), priority: null } }))));
    const issued = (await Promise.all(kiosks)).flat().map((r) => (r as { result: IssuedTicket }).result.number);
    expect(issued).toHaveLength(120);
    expect(new Set(issued).size).toBe(120);

    const counters = await Promise.all([1, 2, 3].map((id) => openCounter(station, id, [1, 2])));
    const calledBy = await Promise.all(
      counters.map(async (counter) => {
        const mine: number[] = [];
        for (;;) {
          const reply = (await post({ method: 'queue.callNext', input: { counterId: counters.indexOf(counter) + 1 }, token: counter.token })) as { ok: boolean; result?: CounterState };
          if (!reply.ok) break;
          mine.push(reply.result!.current!.id);
          await post({ method: 'queue.finish', input: { counterId: counters.indexOf(counter) + 1 }, token: counter.token });
        }
        return mine;
      }),
    );
    const all = calledBy.flat();
    expect(all).toHaveLength(120);
    expect(new Set(all).size).toBe(120);
    await station.close();
  });

  it('across processes sharing the database file: numbers and calls stay unique', async () => {
    const station = await testStation();
    await seedDemoInto(station);
    const dir = station.dataDir;
    const officers = await Promise.all([1, 2].map(async (id) => {
      await openCounter(station, id, [1, 2]);
      return station.services.repos.users.byUsername(`quay${id}`)!.id;
    }));
    await station.close(); // the workers open the file themselves
    const [k1, k2, c1, c2] = await Promise.all([
      runWorker([dir, 'kiosk', '40']),
      runWorker([dir, 'kiosk', '40']),
      runWorker([dir, 'counter', '80', '1', String(officers[0])]),
      runWorker([dir, 'counter', '80', '2', String(officers[1])]),
    ]);
    const numbers = [...k1!, ...k2!];
    expect(new Set(numbers).size).toBe(80);
    const called = [...c1!, ...c2!];
    expect(called).toHaveLength(80);
    expect(new Set(called).size).toBe(80);
  }, 60_000);
});

describe('people ahead, counted by the database', () => {
  it('agrees with the domain rule on a mixed queue', async () => {
    const { peopleAhead } = await import('@domain/queue');
    const station = await demoStation();
    for (let i = 0; i < 40; i += 1) {
      await issue(station, 1 + (i % 2), i % 3 === 0 ? 'pregnant' : null);
      station.clock.advance(i % 4 === 0 ? 0 : 30_000); // some tickets share an issue time
    }
    const day = '2026-11-23';
    const rows = station.services.repos.queue.waiting(day);
    const candidates = rows.map((r) => ({ id: r.id, areaId: r.queue_area_id, priority: r.priority !== null, issuedAt: Date.parse(r.issued_at), targetCounterId: r.target_counter_id }));
    for (const row of rows) {
      expect(station.services.repos.queue.peopleAhead(row)).toBe(peopleAhead(candidates.find((c) => c.id === row.id)!, candidates));
    }
    await station.close();
  });
});

describe('the ordering policy is the admin\'s to set', () => {
  it('K and M change who goes next, and officers can read them', async () => {
    const station = await demoStation();
    const admin = await loginAs(station, 'admin', 'quantri');
    const officer = await loginAs(station, 'officer', 'quay1');
    expect(expectOk(await station.call('queue.policy', {}, officer))).toEqual({ maxConsecutivePriority: 3, normalMaxWaitMinutes: 20 });
    expect(expectError(await station.call('queue.setPolicy', { maxConsecutivePriority: 1, normalMaxWaitMinutes: 5 }, officer)).code).toBe('FORBIDDEN');
    expectOk(await station.call('queue.setPolicy', { maxConsecutivePriority: 1, normalMaxWaitMinutes: 5 }, admin));
    await issue(station, 1); // normal, waits
    station.clock.advance(6 * 60_000);
    await issue(station, 1, 'elderly');
    await issue(station, 1, 'disabled');
    expectOk(await station.call('queue.openCounter', { counterId: 1, areaIds: [1] }, officer));
    const call = async () => {
      const state = expectOk(await station.call('queue.callNext', { counterId: 1 }, officer)) as CounterState;
      expectOk(await station.call('queue.finish', { counterId: 1 }, officer));
      return state.current!.number;
    };
    // One priority call, then the normal ticket that waited more than 5 minutes.
    expect([await call(), await call(), await call()]).toEqual(['A002', 'A001', 'A003']);
    expect(station.services.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'queue.policy'").get()).toEqual({ n: 1 });
    await station.close();
  });
});
