/**
 * The crash loop: a real station process receives dossiers continuously while it
 * syncs to the reference provincial server, and is killed with SIGKILL at random
 * moments, again and again. Afterwards every dossier the counter was told "saved"
 * must be at the province exactly once, nothing anywhere twice, and the audit
 * chain intact. Used by the test (≥ 30 kills) and the benchmark (≥ 200 kills).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { CallReply, Dossier, Procedure, SyncStatus } from '@contract';
import { runCli } from '../../main/cli/runCli';
import { createServices } from '../../main/services';
import { openStationDatabase } from '../../main/station/openStationDatabase';
import { systemClock } from '../../main/station/systemClock';
import { createSyncService } from '../../main/services/sync/syncService';
import { silentLogger } from '../../main/runtime/logger';
import { seedDemo } from '../../main/services/demo/demoSeed';
import { catalogueFileSchema, demoCentreSchema } from '../../main/services/catalogue/catalogueData';
import { readFileSync } from 'node:fs';
import { startProvincialServer } from '../provincial/server';
import { seededRandom } from '../helpers/seededRandom';

const repoRoot = join(import.meta.dirname, '..', '..');
const siteId = '000.31.38.H56';
const secret = 'bi-mat-dong-bo-cua-tram';
const password = 'mat-khau-vong-lap';

export interface CrashLoopResult {
  kills: number;
  acknowledged: number;
  atProvince: number;
  lost: string[];
  duplicated: string[];
  auditIntact: boolean;
  seconds: number;
}

async function prepare(dataDir: string, provinceUrl: string): Promise<void> {
  const db = openStationDatabase(dataDir, systemClock);
  const services = createServices(db, systemClock, { publish() {} });
  const read = (file: string) => JSON.parse(readFileSync(join(repoRoot, 'resources', file), 'utf8')) as unknown;
  await seedDemo(services.uow, { kind: 'system', name: 'cli' }, demoCentreSchema.parse(read('demo/centre.json')), catalogueFileSchema.parse(read('catalogue/commune-procedures.json')));
  await services.users.create({ kind: 'system', name: 'cli' }, { username: 'vonglap', fullName: 'Cán bộ thử tải', role: 'officer', password });
  await services.users.create({ kind: 'system', name: 'cli' }, { username: 'quantri', fullName: 'Quản trị', role: 'admin', password });
  const sync = createSyncService({ services, logger: silentLogger });
  await sync.configure({ kind: 'system', name: 'cli' }, { adapter: 'motcua', baseUrl: provinceUrl, siteId, secret });
  await sync.stop();
  db.close();
}

function startStationProcess(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  // MOTCUA_CLI_BUNDLE lets a long benchmark run a private copy of the build.
  const bundle = process.env.MOTCUA_CLI_BUNDLE ?? join(repoRoot, 'dist/main/cli.mjs');
  const child = spawn(process.execPath, [bundle, 'station', '--data', dataDir, '--port', '0', '--host', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) resolve({ child, url: match[1]! });
    });
    child.once('exit', (code, signal) => reject(new Error(`station exited early (${code ?? signal}): ${out.slice(-500)} ${err.slice(-1000)}`)));
  });
}

async function call<T>(url: string, method: string, input: unknown, token?: string): Promise<CallReply<T>> {
  const response = await fetch(`${url}/api/call`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(token ? { method, input, token } : { method, input }),
  });
  return (await response.json()) as CallReply<T>;
}

async function login(url: string, username: string): Promise<string> {
  const reply = await call<{ token: string }>(url, 'auth.login', { username, password });
  if (!reply.ok) throw new Error(`login failed: ${reply.error.detail}`);
  return reply.result.token;
}

export async function runCrashLoop(options: { dataDir: string; provinceDir: string; kills: number; seed?: number }): Promise<CrashLoopResult> {
  const started = performance.now();
  const province = await startProvincialServer({ dataDir: options.provinceDir, sites: [{ id: siteId, secret }] });
  const random = seededRandom(options.seed ?? 1123);
  const acknowledged = new Set<string>();
  try {
    await prepare(options.dataDir, province.url);
    let procedureId: number | null = null;
    for (let kill = 0; kill < options.kills; kill += 1) {
      const { child, url } = await startStationProcess(options.dataDir);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      const token = await login(url, 'vonglap');
      if (procedureId === null) {
        const found = await call<Procedure[]>(url, 'catalogue.procedures', { query: 'khai sinh' }, token);
        if (!found.ok) throw new Error('no procedure');
        procedureId = found.result[0]!.id;
      }
      const counterBusy = (async () => {
        for (let i = 0; ; i += 1) {
          const reply = await call<{ dossier: Dossier }>(url, 'dossier.receive', {
            requestId: randomUUID(),
            procedureId,
            applicant: { fullName: `Nguyễn Văn Thử ${kill}-${i}`, phone: '0912345678' },
            documents: [],
          }, token).catch(() => null);
          if (!reply) return; // the station died mid-request: not acknowledged
          if (reply.ok) acknowledged.add(reply.result.dossier.code);
        }
      })();
      await new Promise((resolve) => setTimeout(resolve, 30 + Math.floor(random() * 400)));
      child.kill('SIGKILL');
      await exited;
      await counterBusy;
    }
    // A last, clean run until the outbox is empty.
    const { child, url } = await startStationProcess(options.dataDir);
    const admin = await login(url, 'quantri');
    let status: SyncStatus | null = null;
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const reply = await call<SyncStatus>(url, 'sync.now', {}, admin);
      if (reply.ok) {
        status = reply.result;
        if (status.pendingEvents === 0) break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    if (!status || status.pendingEvents !== 0) throw new Error(`outbox did not drain: ${JSON.stringify(status)}`);

    const atProvince = province.store.dossiers.list();
    const codes = new Set(atProvince.map((d) => d.MaHoSo));
    let auditOut = '';
    const auditCode = await runCli(['audit', 'verify', '--data', options.dataDir], (line) => (auditOut += line), (line) => (auditOut += line));
    return {
      kills: options.kills,
      acknowledged: acknowledged.size,
      atProvince: atProvince.length,
      lost: [...acknowledged].filter((code) => !codes.has(code)),
      duplicated: atProvince.filter((d) => d.timesCreated !== 1).map((d) => d.MaHoSo),
      auditIntact: auditCode === 0,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await province.close();
  }
}
