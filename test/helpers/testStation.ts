/**
 * A real station (SQLite file in a temp dir, real services and dispatcher) with a
 * manual clock and a log collector, plus helpers to create accounts and demo data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CallReply } from '@contract';
import { catalogueFileSchema, demoCentreSchema } from '../../main/services/catalogue/catalogueData';
import { seedDemo } from '../../main/services/demo/demoSeed';
import type { Logger } from '../../main/runtime/logger';
import { startStation, type Station, type StationOptions } from '../../main/station/station';
import { ManualClock } from './manualClock';
import { tempDir } from './tempDir';

export const repoRoot = join(import.meta.dirname, '..', '..');

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  message: string;
  fields: Record<string, unknown>;
}

export function collectingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (message: string, fields: Record<string, unknown> = {}) => {
    lines.push({ level, message, fields });
  };
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}

export interface TestStation extends Station {
  clock: ManualClock;
  log: LogLine[];
}

export async function testStation(options: Partial<StationOptions> & { clock?: ManualClock } = {}): Promise<TestStation> {
  const clock = options.clock ?? new ManualClock();
  const logger = collectingLogger();
  const station = await startStation({ dataDir: options.dataDir ?? tempDir(), clock, logger, ...options });
  return Object.assign(station, { clock, log: logger.lines });
}

export function demoData() {
  const centre = demoCentreSchema.parse(JSON.parse(readFileSync(join(repoRoot, 'resources/demo/centre.json'), 'utf8')));
  const catalogue = catalogueFileSchema.parse(
    JSON.parse(readFileSync(join(repoRoot, 'resources/catalogue/commune-procedures.json'), 'utf8')),
  );
  return { centre, catalogue };
}

export async function seedDemoInto(station: Station) {
  const { centre, catalogue } = demoData();
  return seedDemo(station.services.uow, { kind: 'system', name: 'cli' }, centre, catalogue);
}

/** Creates an account directly through the service and logs it in; returns its token. */
export async function loginAs(station: Station, role: 'admin' | 'officer', username = `${role}1`): Promise<string> {
  const password = `mat-khau-${username}`;
  if (!station.services.repos.users.byUsername(username)) {
    await station.services.users.create({ kind: 'system', name: 'cli' }, { username, fullName: `Cán bộ ${username}`, role, password });
  }
  const reply = await station.call('auth.login', { username, password });
  return (expectOk(reply) as { token: string }).token;
}

export function expectOk(reply: CallReply): unknown {
  if (!reply.ok) throw new Error(`Expected success, got ${reply.error.code}: ${reply.error.detail}`);
  return reply.result;
}

export function expectError(reply: CallReply): Extract<CallReply, { ok: false }>['error'] {
  if (reply.ok) throw new Error(`Expected an error, got ${JSON.stringify(reply.result).slice(0, 200)}`);
  return reply.error;
}
