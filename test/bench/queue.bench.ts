/**
 * Morning rush at a ward centre: 20 counters calling and 2 kiosks issuing at once
 * over the LAN API (600 tickets), with 5 display boards on the event socket. The
 * station runs in its own process (the built CLI), as on a real station PC; the
 * clients run here. Floor, in the same run: a bare better-sqlite3 insert+commit
 * (same durability settings) plus a bare Node HTTP round trip (a server that
 * answers at once, on this process's event loop). The same bare server, in a
 * process of its own as the station is, is also timed during the rush (one call
 * every 10 ms from a thread of its own) and idle after it: on a machine that also
 * carries the load generator, it shows what the load adds to a call that costs
 * nothing. With the rush over, the same issue is timed once more, one call at a
 * time: the ratio without load.
 *
 * Compressed: the kiosks issue back to back, with no citizen taking seconds at the
 * screen. The counters work like the counter screen: call the next number, start,
 * serve (20–60 ms here instead of minutes), finish, call again; with nobody
 * waiting, the officer waits for the screen's waiting list to change (the
 * `queue.changed` push on the counter's own event socket, or 250 ms) and a short
 * reaction time, and presses "next" again. Each counter screen also reloads its
 * queue on those pushes, at most every 250 ms, as the real screen does. Before the
 * measured rush every counter serves one ticket (warm-up: the station has been
 * open a while when the rush comes), and the station holds a year of served
 * tickets from earlier days.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import WebSocket from 'ws';
import type { CallReply, CounterState } from '@contract';
import { createServices } from '../../main/services';
import { openStationDatabase } from '../../main/station/openStationDatabase';
import { systemClock } from '../../main/station/systemClock';
import { percentile, round, type Benchmark } from './harness';
import { throttled } from '../../renderer/src/api/throttle';
import { lanClient } from './lanClient';
import { seedDemo } from '../../main/services/demo/demoSeed';
import { catalogueFileSchema, demoCentreSchema } from '../../main/services/catalogue/catalogueData';
import { readFileSync } from 'node:fs';
import { pushedReloadMs } from '../../renderer/src/api/throttle';

const repoRoot = join(import.meta.dirname, '..', '..');
const counters = 20;
const kiosks = 2;
const tickets = 600;
const boards = 5;
const password = 'mat-khau-bench';
/** The station's past: a year of working days before the rush. */
const historyDays = 250;
const historyTicketsPerDay = 300;
/** The counter screen's own throttle. */
const counterScreenReloadMs = pushedReloadMs;

async function prepareStation(dataDir: string): Promise<void> {
  const db = openStationDatabase(dataDir, systemClock);
  const services = createServices(db, systemClock, { publish() {} });
  const read = (file: string) => JSON.parse(readFileSync(join(repoRoot, 'resources', file), 'utf8')) as unknown;
  await seedDemo(services.uow, { kind: 'system', name: 'cli' }, demoCentreSchema.parse(read('demo/centre.json')), catalogueFileSchema.parse(read('catalogue/commune-procedures.json')));
  const areaIds = services.repos.catalogue.serviceAreas().map((a) => a.id);
  services.uow.run({ kind: 'system', name: 'cli' }, (ctx) => {
    for (let n = 4; n <= counters; n += 1) ctx.repos.catalogue.insertCounter({ number: n, name: `Quầy ${n}`, areaIds });
  });
  for (let n = 1; n <= counters; n += 1) {
    await services.users.create({ kind: 'system', name: 'cli' }, { username: `bench${n}`, fullName: `Cán bộ ${n}`, role: 'officer', password });
  }
  writeHistory(db, areaIds);
  db.close();
}

/**
 * A year of served tickets behind the rush (250 working days of 300 tickets, each
 * issued, called, started and finished), so the rush runs on a station that has
 * been open a while: a query that walks past days instead of today's shows here.
 * Written straight into the tables, as the services would have left them.
 */
function writeHistory(db: ReturnType<typeof openStationDatabase>, areaIds: number[]): void {
  const counterIds = (db.prepare('SELECT id FROM counters ORDER BY number').all() as { id: number }[]).map((row) => row.id);
  const userIds = (db.prepare("SELECT id FROM users WHERE username LIKE 'bench%' ORDER BY id").all() as { id: number }[]).map((row) => row.id);
  const insertTicket = db.prepare(`INSERT INTO tickets (token, service_day, area_id, queue_area_id, seq, number, priority, status, counter_id, issued_at, called_at, started_at, finished_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, 'done', ?, ?, ?, ?, ?)`);
  const insertEvent = db.prepare('INSERT INTO ticket_events (ticket_id, kind, counter_id, user_id, at) VALUES (?, ?, ?, ?, ?)');
  const prefixes = new Map((db.prepare('SELECT id, ticket_prefix AS prefix FROM service_areas').all() as { id: number; prefix: string }[]).map((row) => [row.id, row.prefix]));
  const random = seededRandom(11);
  const dayMs = 86_400_000;
  db.pragma('synchronous = OFF'); // generation only; the station reopens the file with its own settings
  db.transaction(() => {
    for (let back = historyDays; back >= 1; back -= 1) {
      const day = new Date(Date.now() - back * dayMs).toISOString().slice(0, 10);
      const opens = Date.parse(`${day}T00:30:00Z`); // 07:30 in Vietnam
      const seqs = new Map<number, number>();
      for (let i = 0; i < historyTicketsPerDay; i += 1) {
        const areaId = areaIds[i % areaIds.length]!;
        const seq = (seqs.get(areaId) ?? 0) + 1;
        seqs.set(areaId, seq);
        const counterId = counterIds[i % counterIds.length]!;
        const userId = userIds[i % counterIds.length]!;
        const issued = opens + i * 90_000;
        const called = issued + Math.round(random() * 1_200_000);
        const started = called + 30_000;
        const finished = started + Math.round(300_000 + random() * 600_000);
        const at = (ms: number) => new Date(ms).toISOString();
        const { lastInsertRowid } = insertTicket.run(
          `history-${day}-${i}`, day, areaId, areaId, seq, `${prefixes.get(areaId)}${String(seq).padStart(3, '0')}`,
          i % 7 === 0 ? 'elderly' : null, counterId, at(issued), at(called), at(started), at(finished),
        );
        insertEvent.run(lastInsertRowid, 'issued', null, null, at(issued));
        insertEvent.run(lastInsertRowid, 'called', counterId, userId, at(called));
        insertEvent.run(lastInsertRowid, 'started', counterId, userId, at(started));
        insertEvent.run(lastInsertRowid, 'finished', counterId, userId, at(finished));
      }
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** Starts a server process and resolves with the address it prints (within 30 s, or it is stopped). */
async function startServerProcess(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.on('exit', (code) => reject(new Error(`${args.at(-1)} exited ${code}`)));
      setTimeout(() => reject(new Error(`${args.at(-1)} did not start within 30 s`)), 30_000).unref();
    });
    child.stderr!.resume();
    return { child, url };
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
}

function startStationProcess(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  // MOTCUA_STATION_NODE_ARGS (e.g. "--cpu-prof") profiles the station process.
  const nodeArgs = (process.env.MOTCUA_STATION_NODE_ARGS ?? '').split(' ').filter(Boolean);
  return startServerProcess([...nodeArgs, join(repoRoot, 'dist/main/cli.mjs'), 'station', '--data', dataDir, '--port', '0', '--host', '127.0.0.1']);
}

/** The bare HTTP server: answers every call at once and does nothing else. */
function answerAtOnce(req: IncomingMessage, res: ServerResponse): void {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true,"result":{}}'));
}

/** The same bare server in a process of its own, as the station is. */
const bareServerProcess = `const server = require('node:http').createServer(${answerAtOnce.toString()});
server.listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + server.address().port));`;

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function caller(url: string) {
  const client = lanClient(url);
  return async <T>(method: string, input: unknown, token?: string): Promise<T> => {
    const reply = (await client.post('/api/call', JSON.stringify(token ? { method, input, token } : { method, input }))) as CallReply<T>;
    if (!reply.ok) throw Object.assign(new Error(reply.error.code), { code: reply.error.code });
    return reply.result;
  };
}

/**
 * A counter screen: its event socket, and the reload of its queue that the real
 * screen does on every change (throttled as the screen throttles it). Resolves a
 * wait when the waiting list changes.
 */
async function counterScreen(
  url: string,
  call: ReturnType<typeof caller>,
  token: string,
  counterId: number,
): Promise<{ waitingListChanged(timeoutMs: number): Promise<void>; close(): void }> {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/api/events`);
  let wake: (() => void) | null = null;
  const reload = throttled(() => void call('queue.counterState', { counterId }, token).catch(() => {}), counterScreenReloadMs);
  await new Promise<void>((resolve, reject) => {
    ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', token })));
    ws.on('message', (data) => {
      // Only the event's name matters here: no need to parse every board snapshot.
      const text = String(data);
      if (text.startsWith('{"type":"welcome"')) resolve();
      if (text.startsWith('{"type":"event"') && text.includes('"name":"queue.changed"')) {
        reload.request();
        wake?.();
      }
    });
    ws.on('error', reject);
  });
  ws.on('close', () => reload.cancel());
  return {
    waitingListChanged: (timeoutMs) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => done(), timeoutMs);
        const done = () => {
          clearTimeout(timer);
          wake = null;
          resolve();
        };
        wake = done;
      }),
    close: () => ws.close(),
  };
}

/** Deterministic service and reaction times, the same every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

async function floorSamples(dir: string): Promise<{ db: number[]; http: number[] }> {
  const db = new Database(join(dir, 'floor.sqlite3'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, service_day TEXT, number TEXT)');
  const insert = db.prepare('INSERT INTO t (service_day, number) VALUES (?, ?)');
  const tx = db.transaction((i: number) => insert.run('2026-11-23', `A${i}`));
  const dbSamples: number[] = [];
  for (let i = 0; i < tickets; i += 1) {
    const start = performance.now();
    tx.immediate(i);
    dbSamples.push(performance.now() - start);
  }
  db.close();
  const server = createServer(answerAtOnce);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const httpSamples = await roundTrips(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, tickets);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return { db: dbSamples, http: httpSamples };
}

/** Times `n` calls, one after another. */
async function oneAfterAnother(n: number, action: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const start = performance.now();
    await action(i);
    samples.push(performance.now() - start);
  }
  return samples;
}

/** Times `n` round trips to a bare server, one after another. */
async function roundTrips(url: string, n: number): Promise<number[]> {
  const client = lanClient(url);
  const samples = await oneAfterAnother(n, () => client.post('/api/call', '{"method":"queue.issueTicket","input":{"areaId":1}}'));
  client.close();
  return samples;
}

/**
 * The yardstick's thread: resolves `ready` once it runs, and `samples` with its
 * round trips after `stop()`; a thread that fails or exits without them rejects.
 */
function yardstickThread(url: string): { ready: Promise<void>; samples: Promise<number[]>; stop(): void; terminate(): Promise<number> } {
  const worker = tsWorker('./bareRoundTrip.worker.ts', { url, everyMs: 10 });
  let ready!: () => void;
  const started = new Promise<void>((resolve) => (ready = resolve));
  const samples = new Promise<number[]>((resolve, reject) => {
    worker.on('message', (message: { ready?: true; samples?: number[] }) => (message.samples ? resolve(message.samples) : message.ready && ready()));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`yardstick thread exited ${code} without its samples`)));
  });
  return {
    ready: Promise.race([started, samples.then(() => {})]),
    samples,
    stop: () => worker.postMessage('stop'),
    terminate: () => worker.terminate(),
  };
}

/** Worker threads run TypeScript through tsx, as this process does. */
function tsWorker(file: string, workerData: unknown): Worker {
  const source = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(new URL(file, import.meta.url).href)}); });`;
  return new Worker(source, { eval: true, workerData });
}

const bench: Benchmark = {
  name: 'queue',
  description: `${counters} counters calling and ${kiosks} kiosks issuing ${tickets} tickets over the LAN, ${boards} boards on the socket`,
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-queue-'));
    const dataDir = join(dir, 'station');
    await prepareStation(dataDir);
    const { child, url } = await startStationProcess(dataDir);
    let bare: Awaited<ReturnType<typeof startServerProcess>> | null = null;
    let yardstick: ReturnType<typeof yardstickThread> | null = null;
    try {
      const bareUrl = (bare = await startServerProcess(['-e', bareServerProcess])).url;
      const call = caller(url);
      const tokens = await Promise.all(
        Array.from({ length: counters }, (_, i) => call<{ token: string }>('auth.login', { username: `bench${i + 1}`, password }).then((r) => r.token)),
      );
      const areaIds = (await call<{ id: number }[]>('catalogue.serviceAreas', {})).map((a) => a.id);
      const counterIds = (await call<{ id: number; number: number }[]>('catalogue.counters', {}, tokens[0])).map((c) => c.id);
      await Promise.all(counterIds.map((id, i) => call('queue.openCounter', { counterId: id, areaIds }, tokens[i])));

      // Display boards: record when each sees each call.
      const seen = new Map<string, number[]>();
      const sockets = await Promise.all(
        Array.from({ length: boards }, () =>
          new Promise<WebSocket>((resolve, reject) => {
            const ws = new WebSocket(`${url.replace('http', 'ws')}/api/events`);
            ws.on('open', () => ws.send(JSON.stringify({ type: 'hello' })));
            ws.on('message', (data) => {
              const text = String(data);
              if (text.startsWith('{"type":"welcome"')) resolve(ws);
              if (!text.includes('"name":"queue.called"')) return; // a board speaks only the calls
              const message = JSON.parse(text) as { type: string; event?: { name: string; payload: { ticketNumber: string; counterNumber: number } } };
              if (message.type === 'event' && message.event!.name === 'queue.called') {
                const key = `${message.event!.payload.ticketNumber}@${message.event!.payload.counterNumber}`;
                seen.set(key, [...(seen.get(key) ?? []), performance.now()]);
              }
            });
            ws.on('error', reject);
          }),
        ),
      );

      const issueSamples: number[] = [];
      const callStarts = new Map<string, number>();
      let issued = 0;
      // Each kiosk is a machine of its own: its own event loop (a worker), so what it
      // measures is the station's answer, not this process being busy with the screens.
      // The kiosks start up first and issue when the rush begins.
      const kioskWorkers = Array.from({ length: kiosks }, (_, k) => {
        const areasInTurn = Array.from({ length: tickets / kiosks }, (_, i) => areaIds[(k + i) % areaIds.length]);
        const worker = tsWorker('./queueKiosk.worker.ts', { url, areasInTurn });
        const ready = new Promise<void>((resolve) => worker.on('message', (message: { ready?: true }) => message.ready && resolve()));
        worker.on('message', (message: { issued?: true; samples?: number[] }) => {
          if (message.issued) issued += 1;
          if (message.samples) issueSamples.push(...message.samples);
        });
        const done = new Promise<void>((resolve, reject) => {
          worker.once('error', reject);
          worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`kiosk worker exited ${code}`))));
        });
        return { worker, ready, done };
      });
      await Promise.all(kioskWorkers.map((kiosk) => kiosk.ready));
      let served = 0;
      const random = seededRandom(3);
      const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      // Each counter PC has its own connection to the station, for its calls and its screen's reloads.
      const counterCalls = counterIds.map(() => caller(url));
      const counterScreens = await Promise.all(tokens.map((token, i) => counterScreen(url, counterCalls[i]!, token, counterIds[i]!)));
      // Warm-up, not measured: the station has been open a while before the rush
      // (its code paths compiled, its statements hot). Every counter serves one ticket.
      for (let i = 0; i < counters; i += 1) await call('queue.issueTicket', { areaId: areaIds[i % areaIds.length], priority: i % 7 === 0 ? 'elderly' : null });
      await Promise.all(
        counterIds.map(async (counterId, i) => {
          await counterCalls[i]!('queue.callNext', { counterId }, tokens[i]);
          await counterCalls[i]!('queue.start', { counterId }, tokens[i]);
          await counterCalls[i]!('queue.finish', { counterId }, tokens[i]);
        }),
      );
      await pause(300);

      // The yardstick: the bare server's round trips while the rush runs.
      const timing = (yardstick = yardstickThread(bareUrl));
      await timing.ready;
      const kioskRuns = kioskWorkers.map((kiosk) => {
        kiosk.worker.postMessage('go');
        return kiosk.done;
      });
      const counterLoops = counterIds.map(async (counterId, i) => {
        const counterNumber = i + 1;
        while (served < tickets) {
          const start = performance.now();
          try {
            const state = await counterCalls[i]!<CounterState>('queue.callNext', { counterId }, tokens[i]);
            callStarts.set(`${state.current!.number}@${counterNumber}`, start);
            await counterCalls[i]!('queue.start', { counterId }, tokens[i]);
            await pause(20 + random() * 40);
            await counterCalls[i]!('queue.finish', { counterId }, tokens[i]);
            served += 1;
          } catch (error) {
            if ((error as { code?: string }).code !== 'QUEUE_EMPTY') throw error;
            if (issued >= tickets && served >= tickets) break;
            await counterScreens[i]!.waitingListChanged(250);
            await pause(random() * 20);
          }
        }
      });
      await Promise.all([...kioskRuns, ...counterLoops]);
      timing.stop();
      const bareInRush = await timing.samples;
      await pause(200); // let the last events arrive
      sockets.forEach((ws) => ws.close());
      counterScreens.forEach((screen) => screen.close());

      const propagation: number[] = [];
      for (const [key, start] of callStarts) {
        const arrivals = seen.get(key) ?? [];
        if (arrivals.length === boards) propagation.push(Math.max(...arrivals) - start);
      }
      const floor = await floorSamples(dir);
      const bareIdle = await roundTrips(bareUrl, tickets);
      // The same issue with the rush over: one kiosk, one call at a time. What the
      // station's own work costs, without the load's queueing.
      const issueIdle = await oneAfterAnother(tickets, (i) => call('queue.issueTicket', { areaId: areaIds[i % areaIds.length], priority: null }));
      const issueP99 = percentile(issueSamples, 99);
      const floorP99 = percentile(floor.db, 99) + percentile(floor.http, 99);
      return [
        { name: 'issue_p50_ms', value: round(percentile(issueSamples, 50)), unit: 'ms', target: null, better: 'lower' },
        { name: 'issue_p99_ms', value: round(issueP99), unit: 'ms', target: 20, better: 'lower' },
        { name: 'issue_vs_floor_ratio', value: round(issueP99 / floorP99), unit: '×', target: 5, better: 'lower', baseline: { name: 'floor_p99_ms (sqlite insert+commit p99 + http round trip p99)', value: round(floorP99) } },
        // No target: the ratio with no load, to tell the station's own cost from the rush's queueing.
        { name: 'issue_idle_vs_floor_ratio', value: round(percentile(issueIdle, 99) / floorP99), unit: '×', target: null, better: 'lower', baseline: { name: 'issue p99 with the rush over, one call at a time (ms)', value: round(percentile(issueIdle, 99)) } },
        { name: 'propagation_p99_ms', value: round(percentile(propagation, 99)), unit: 'ms', target: 50, better: 'lower' },
        { name: 'calls_seen_by_all_boards', value: propagation.length, unit: 'calls', target: tickets, better: 'higher' },
        // No target: what the machine adds under the rush to a call that costs nothing.
        { name: 'bare_http_in_rush_p99_ms', value: round(percentile(bareInRush, 99)), unit: 'ms', target: null, better: 'lower', baseline: { name: 'the same server idle, p99', value: round(percentile(bareIdle, 99)) } },
      ];
    } finally {
      await yardstick?.terminate();
      await stopProcess(child);
      if (bare) await stopProcess(bare.child);
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
