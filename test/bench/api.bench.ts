/**
 * The foundation's cost: one API call over the LAN transport compared with a bare
 * Node HTTP round trip, and one audited write transaction (data + audit row +
 * outbox row, synchronous=FULL) compared with a bare better-sqlite3 insert+commit
 * on the same kind of file. Both baselines are measured in this run.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { catalogueFileSchema, demoCentreSchema } from '../../main/services/catalogue/catalogueData';
import { seedDemo } from '../../main/services/demo/demoSeed';
import { silentLogger } from '../../main/runtime/logger';
import { startStation } from '../../main/station/station';
import { readFileSync } from 'node:fs';
import { percentile, round, timeEach, type Benchmark } from './harness';

const calls = 2000;
const warmup = 200;

async function bareHttpRoundTrip(): Promise<number[]> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true,"result":{}}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const post = () => fetch(url, { method: 'POST', body: '{"method":"x","input":{}}', headers: { 'content-type': 'application/json' } }).then((r) => r.json());
  await timeEach(warmup, post);
  const samples = await timeEach(calls, post);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return samples;
}

function bareInsertCommit(dir: string): number[] {
  const db = new Database(join(dir, 'bare.sqlite3'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO t (payload) VALUES (?)');
  const tx = db.transaction((i: number) => insert.run(`row ${i}`));
  const samples: number[] = [];
  for (let i = 0; i < calls + warmup; i += 1) {
    const start = performance.now();
    tx.immediate(i);
    if (i >= warmup) samples.push(performance.now() - start);
  }
  db.close();
  return samples;
}

const bench: Benchmark = {
  name: 'api',
  description: `${calls} LAN API calls and ${calls} audited writes vs bare HTTP and bare SQLite in the same run`,
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-'));
    try {
      const station = await startStation({ dataDir: join(dir, 'station'), lan: { host: '127.0.0.1', port: 0 }, logger: silentLogger });
      const root = join(import.meta.dirname, '..', '..', 'resources');
      await seedDemo(
        station.services.uow,
        { kind: 'system', name: 'cli' },
        demoCentreSchema.parse(JSON.parse(readFileSync(join(root, 'demo/centre.json'), 'utf8'))),
        catalogueFileSchema.parse(JSON.parse(readFileSync(join(root, 'catalogue/commune-procedures.json'), 'utf8'))),
      );
      const call = () =>
        fetch(`${station.url}/api/call`, {
          method: 'POST',
          body: JSON.stringify({ method: 'catalogue.serviceAreas', input: {} }),
          headers: { 'content-type': 'application/json' },
        }).then((r) => r.json());
      await timeEach(warmup, call);
      const api = await timeEach(calls, call);
      const bareHttp = await bareHttpRoundTrip();

      const site = station.services.site.get();
      const write = (i: number) => station.services.site.update({ kind: 'system', name: 'cli' }, { ...site, phone: `0237 ${String(i).padStart(7, '0')}` });
      await timeEach(warmup, write);
      const writes = await timeEach(calls, write);
      await station.close();
      const bareDb = bareInsertCommit(dir);

      const apiP99 = percentile(api, 99);
      const httpP99 = percentile(bareHttp, 99);
      const writeP50 = percentile(writes, 50);
      const dbP50 = percentile(bareDb, 50);
      return [
        { name: 'api_call_p50_ms', value: round(percentile(api, 50)), unit: 'ms', target: 5, better: 'lower' },
        { name: 'api_call_p99_ms', value: round(apiP99), unit: 'ms', target: 10, better: 'lower', baseline: { name: 'bare_http_p99_ms', value: round(httpP99) } },
        { name: 'api_vs_bare_http_ratio', value: round(apiP99 / httpP99), unit: '×', target: 3, better: 'lower' },
        // p99 of a commit is dominated by fsync jitter of the disk, so the ratio is taken at p50.
        { name: 'audited_write_p50_ms', value: round(writeP50), unit: 'ms', target: 2, better: 'lower', baseline: { name: 'bare_insert_commit_p50_ms', value: round(dbP50) } },
        { name: 'audited_write_p99_ms', value: round(percentile(writes, 99)), unit: 'ms', target: 10, better: 'lower', baseline: { name: 'bare_insert_commit_p99_ms', value: round(percentile(bareDb, 99)) } },
        { name: 'audited_write_vs_bare_p50_ratio', value: round(writeP50 / dbP50), unit: '×', target: 5, better: 'lower' },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
