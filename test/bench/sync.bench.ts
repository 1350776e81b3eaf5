/**
 * The sync under load, against the reference provincial server on loopback:
 * 1. drain 10,000 queued dossiers, vs PouchDB replicating the same 10,000
 *    documents to express-pouchdb (the usual JavaScript offline-sync choice), same run,
 *    each side three times (the median counts; the slowest and fastest are reported).
 *    The baseline stores on disk at both ends, as ours does: PouchDB's LevelDB,
 *    its default in Node and express-pouchdb's (without fsync, where our station
 *    commits with synchronous=FULL). Its in-memory adapters are reported too;
 * 2. 200 dossiers with 300 KB scans through a 15 Mbit/s line (a commune's):
 *    wall time vs the line's own time for those bytes;
 * 3. the same with the line cut at about half and restored: bytes sent vs payload;
 * 4. a crash loop with 200 SIGKILLs: dossiers lost and duplicated.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import leveldbAdapter from 'pouchdb-adapter-leveldb';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import type { Procedure } from '@contract';
import { silentLogger } from '../../main/runtime/logger';
import { startStation, type Station } from '../../main/station/station';
import { nodeHttpClient, type HttpClient } from '../../main/sync/httpClient';
import type { Timers } from '../../main/runtime/timers';
import { seedDemo } from '../../main/services/demo/demoSeed';
import { catalogueFileSchema, demoCentreSchema } from '../../main/services/catalogue/catalogueData';
import { readFileSync } from 'node:fs';
import { startProvincialServer, type ProvincialServer } from '../provincial/server';
import { runCrashLoop } from '../sync/crashLoop';
import { percentile, round, type Benchmark, type Metric } from './harness';

const repoRoot = join(import.meta.dirname, '..', '..');
const siteId = '000.31.38.H56';
const secret = 'bi-mat-dong-bo-cua-tram';
const heldTimers: Timers = { setTimeout: () => 0, clearTimeout: () => {} };
const lineBytesPerSec = 15_000_000 / 8;

/** The station's clock: a busy province still numbers at most 9,999 dossiers a day, so the queue spans days. */
const clock = { current: Date.parse('2026-11-23T01:00:00Z'), now: () => new Date(clock.current) };

async function stationWithSync(dir: string, http: HttpClient = nodeHttpClient): Promise<Station> {
  const station = await startStation({ dataDir: join(dir, 'station'), logger: silentLogger, clock, sync: { http, timers: heldTimers } });
  const read = (file: string) => JSON.parse(readFileSync(join(repoRoot, 'resources', file), 'utf8')) as unknown;
  await seedDemo(station.services.uow, { kind: 'system', name: 'cli' }, demoCentreSchema.parse(read('demo/centre.json')), catalogueFileSchema.parse(read('catalogue/commune-procedures.json')));
  // Queue first, sync later: the scheduler is configured only when the test says so.
  return station;
}

async function configureSync(station: Station, province: ProvincialServer): Promise<void> {
  await station.sync.configure({ kind: 'system', name: 'cli' }, { adapter: 'motcua', baseUrl: province.url, siteId, secret });
}

async function queueDossiers(station: Station, count: number, scanBytes: number): Promise<number> {
  const procedure = station.services.catalogue.procedures({ query: 'xac nhan tinh trang hon nhan' })[0] as Procedure;
  let payloadBytes = 0;
  for (let i = 0; i < count; i += 1) {
    clock.current += i > 0 && i % 5000 === 0 ? 86_400_000 : 1000;
    let attachments: { sha256: string; fileName: string; documentIndex: number }[] = [];
    if (scanBytes > 0) {
      const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(scanBytes - 9)]);
      const stored = station.services.attachments!.store({ kind: 'system', name: 'cli' }, { fileName: `scan-${i}.pdf`, bytes });
      attachments = [{ sha256: stored.sha256, fileName: stored.fileName, documentIndex: 0 }];
      payloadBytes += bytes.length;
    }
    station.services.dossiers.intake.receive(
      { kind: 'system', name: 'cli' },
      {
        requestId: randomUUID(),
        ticketId: null,
        counterId: 1,
        procedureId: procedure.id,
        applicant: {
          idNumber: `0380${String(90 + (i % 9))}${String(100_000 + i).padStart(6, '0')}`,
          oldIdNumber: null,
          fullName: `Nguyễn Văn Đức ${i}`,
          dateOfBirth: `19${90 + (i % 9)}-05-12`,
          gender: 'male',
          address: 'Thôn Đông, xã Đông Sơn, tỉnh Thanh Hóa',
          phone: '0912345678',
          email: null,
          verifiedFromCard: true,
        },
        submitter: null,
        documents: procedure.components.map((c) => ({ componentId: c.id, name: c.name, originals: c.originals, copies: c.copies })),
        attachments,
        sets: 1,
        summary: null,
        notes: null,
        resultDelivery: 0,
      },
    );
  }
  return payloadBytes;
}

async function drainUntilEmpty(station: Station, maxRuns = 200): Promise<void> {
  for (let run = 0; run < maxRuns; run += 1) {
    const status = await station.sync.syncNow();
    if (status.pendingEvents === 0) return;
  }
  throw new Error('outbox did not drain');
}

const Pouch = PouchDB.plugin(memoryAdapter).plugin(leveldbAdapter).plugin(httpAdapter).plugin(replication);

/**
 * An express-pouchdb server, both ends on LevelDB files in `dir` or both in memory.
 * One per storage kind for all the runs: each server registers every database its
 * PouchDB constructor opens, and a third one made conflicting writes to that registry.
 */
async function pouchDbServer(storage: 'leveldb' | 'memory', dir: string) {
  const onDisk = storage === 'leveldb';
  if (onDisk) mkdirSync(join(dir, 'server'), { recursive: true });
  const app = express();
  const serverOptions = onDisk ? { adapter: 'leveldb', prefix: `${join(dir, 'server')}/` } : { adapter: 'memory' };
  app.use('/', expressPouchDB(Pouch.defaults(serverOptions), { mode: 'minimumForPouchDB', inMemoryConfig: true }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    /** PouchDB replication of the documents from a new local database to a new one on the server; documents per second. */
    async replicate(documents: unknown[], run: number): Promise<number> {
      const local = onDisk ? new Pouch(join(dir, `station-${run}`), { adapter: 'leveldb' }) : new Pouch(`bench-${randomUUID()}`, { adapter: 'memory' });
      await local.bulkDocs(documents.map((doc, i) => ({ _id: `hoso-${i}`, ...(doc as object) })));
      const start = performance.now();
      await local.replicate.to(`http://127.0.0.1:${(server.address() as AddressInfo).port}/province-${run}`);
      const seconds = (performance.now() - start) / 1000;
      await local.close();
      return documents.length / seconds;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Each side of the drain comparison is run this many times and its median taken: one run of either swings by ±20 % here. */
const drainRepeats = 3;

/** Drains the station's whole outbox into a fresh provincial server; dossiers per second. */
async function drainOnce(station: Station, dir: string, dossiers: number): Promise<number> {
  const province = await startProvincialServer({ dataDir: dir, sites: [{ id: siteId, secret }] });
  try {
    await configureSync(station, province);
    const start = performance.now();
    await drainUntilEmpty(station);
    const perSecond = dossiers / ((performance.now() - start) / 1000);
    if (province.store.dossiers.count() !== dossiers) throw new Error('not every dossier arrived');
    return perSecond;
  } finally {
    await province.close();
  }
}

async function drainBenchmark(dir: string): Promise<Metric[]> {
  const station = await stationWithSync(dir);
  try {
    await queueDossiers(station, 10_000, 0);
    const payloads = (station.services.db.prepare("SELECT p.payload FROM outbox o JOIN outbox_payloads p USING (seq) WHERE o.type = 'dossier.received' ORDER BY seq").all() as { payload: string }[]).map((r) => JSON.parse(r.payload) as unknown);
    const drains: number[] = [];
    for (let run = 0; run < drainRepeats; run += 1) {
      // The same outbox again, to a province that has never seen it (set-up, not timed).
      if (run > 0) station.services.db.exec('UPDATE outbox SET acknowledged_at = NULL');
      drains.push(await drainOnce(station, join(dir, `province-${run}`), payloads.length));
    }
    const pouch: number[] = [];
    const pouchInMemory: number[] = [];
    for (const [storage, runs] of [['leveldb', pouch], ['memory', pouchInMemory]] as const) {
      const server = await pouchDbServer(storage, join(dir, `pouchdb-${storage}`));
      for (let run = 0; run < drainRepeats; run += 1) runs.push(await server.replicate(payloads, run));
      await server.close();
    }
    const [drainPerSecond, pouchPerSecond, pouchInMemoryPerSecond] = [drains, pouch, pouchInMemory].map((runs) => percentile(runs, 50)) as [number, number, number];
    return [
      { name: 'drain_per_s', value: round(drainPerSecond, 0), unit: 'dossiers/s', target: null, better: 'higher' },
      { name: 'pouchdb_per_s', value: round(pouchPerSecond, 0), unit: 'docs/s', target: null, better: 'higher' },
      { name: 'drain_speedup_vs_pouchdb', value: round(drainPerSecond / pouchPerSecond, 2), unit: '×', target: 10, better: 'higher', baseline: { name: 'pouchdb_per_s', value: round(pouchPerSecond, 0) } },
      { name: 'pouchdb_in_memory_per_s', value: round(pouchInMemoryPerSecond, 0), unit: 'docs/s', target: null, better: 'higher' },
      { name: 'drain_speedup_vs_pouchdb_in_memory', value: round(drainPerSecond / pouchInMemoryPerSecond, 2), unit: '×', target: null, better: 'higher', baseline: { name: 'pouchdb_in_memory_per_s', value: round(pouchInMemoryPerSecond, 0) } },
      // The spread behind each median, on record.
      { name: 'drain_slowest_run_per_s', value: round(Math.min(...drains), 0), unit: 'dossiers/s', target: null, better: 'higher' },
      { name: 'drain_fastest_run_per_s', value: round(Math.max(...drains), 0), unit: 'dossiers/s', target: null, better: 'higher' },
      { name: 'pouchdb_slowest_run_per_s', value: round(Math.min(...pouch), 0), unit: 'docs/s', target: null, better: 'higher' },
      { name: 'pouchdb_fastest_run_per_s', value: round(Math.max(...pouch), 0), unit: 'docs/s', target: null, better: 'higher' },
    ];
  } finally {
    await station.close();
  }
}

async function lineBenchmark(dir: string, cutHalfway: boolean): Promise<Metric[]> {
  const province = await startProvincialServer({ dataDir: join(dir, cutHalfway ? 'province-cut' : 'province-line'), sites: [{ id: siteId, secret }], faults: { bandwidthBytesPerSec: lineBytesPerSec } });
  let sentBytes = 0;
  let cut = false;
  let total = 0;
  const counting: HttpClient = async (request) => {
    const size = request.body ? Buffer.byteLength(request.body) : 0;
    if (cutHalfway && !cut && sentBytes + size > total / 2) {
      cut = true;
      province.control.set({ resetMidBody: { count: 1, afterBytes: Math.max(1, Math.floor(size / 2)) } });
    }
    sentBytes += size;
    return nodeHttpClient(request);
  };
  const station = await stationWithSync(join(dir, cutHalfway ? 'cut' : 'line'), counting);
  try {
    const payloadBytes = await queueDossiers(station, 200, 300_000);
    const eventBytes = (station.services.db.prepare('SELECT sum(payload_bytes) AS n FROM outbox').get() as { n: number }).n;
    total = payloadBytes + eventBytes;
    await configureSync(station, province);
    const start = performance.now();
    await drainUntilEmpty(station);
    const seconds = (performance.now() - start) / 1000;
    if (province.stats().attachmentsComplete !== 200) throw new Error('not every scan arrived');
    if (cutHalfway) {
      return [{ name: 'resend_overhead_ratio', value: round(sentBytes / total, 4), unit: '×', target: 1.02, better: 'lower', baseline: { name: 'payload_bytes', value: total } }];
    }
    return [{ name: 'link_time_ratio', value: round(seconds / ((total * 8) / 15_000_000), 3), unit: '×', target: 1.15, better: 'lower', baseline: { name: 'line_seconds_for_the_bytes', value: round((total * 8) / 15_000_000, 2) } }];
  } finally {
    await station.close();
    await province.close();
  }
}

const bench: Benchmark = {
  name: 'sync',
  description: 'drain vs PouchDB, a 15 Mbit/s line, a cut line, and 200 crash-loop kills, against the reference provincial server',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-sync-'));
    try {
      // MOTCUA_SYNC_BENCH=drain (or line, cut, crash; comma-separated) runs only those parts while profiling.
      const parts = (process.env.MOTCUA_SYNC_BENCH ?? 'drain,line,cut,crash').split(',');
      const metrics: Metric[] = [];
      if (parts.includes('drain')) metrics.push(...(await drainBenchmark(dir)));
      if (parts.includes('line')) metrics.push(...(await lineBenchmark(dir, false)));
      if (parts.includes('cut')) metrics.push(...(await lineBenchmark(dir, true)));
      if (!parts.includes('crash')) return metrics;
      const crash = await runCrashLoop({ dataDir: join(dir, 'crash-station'), provinceDir: join(dir, 'crash-province'), kills: Number(process.env.MOTCUA_CRASH_KILLS ?? 200) });
      metrics.push(
        { name: 'crash_kills', value: crash.kills, unit: 'kills', target: 200, better: 'higher' },
        { name: 'crash_acknowledged', value: crash.acknowledged, unit: 'dossiers', target: null, better: 'higher' },
        { name: 'lost', value: crash.lost.length, unit: 'dossiers', target: 0, better: 'lower' },
        { name: 'duplicated', value: crash.duplicated.length, unit: 'dossiers', target: 0, better: 'lower' },
      );
      return metrics;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
