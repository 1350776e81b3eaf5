/**
 * The flags of `motcua start`. The launcher forwards its arguments verbatim to the
 * Electron shell, and both read them with this one parser, so the two ends cannot
 * disagree about the window role, the data folder or the LAN server.
 */
import path from 'node:path';
import { defaultDataDir } from '../station/dataDir';

export const startRoles = ['kiosk', 'counter', 'display', 'admin'] as const;
export type StartRole = (typeof startRoles)[number];

export interface StartArgs {
  /** null: open the role picker. */
  role: StartRole | null;
  /** --data: the station's data folder (wins over MOTCUA_DATA). */
  dataDir: string | null;
  /** --lan-host (or --host): the address the LAN server listens on. */
  lanHost: string | null;
  /** --lan-port (or --port): the desktop app also serves the LAN on this port. */
  lanPort: number | null;
  /** --headless: run the station without Electron even when Electron could run. */
  headless: boolean;
  /** Arguments we do not know: Chromium adds its own switches to Electron's argv. */
  unknown: string[];
}

export type StartArgsResult = { ok: true; args: StartArgs } | { ok: false; message: string };

/** All interfaces, as `motcua station` listens by default. */
export const defaultLanHost = '0.0.0.0';

/** `--host`/`--port` are the spellings of `motcua station`; both work here. */
const valueFlags = ['--role', '--data', '--lan-host', '--lan-port', '--host', '--port'] as const;
type ValueFlag = (typeof valueFlags)[number];

function isValueFlag(name: string): name is ValueFlag {
  return (valueFlags as readonly string[]).includes(name);
}

function isStartRole(value: string): value is StartRole {
  return (startRoles as readonly string[]).includes(value);
}

/** Reads `--flag value` and `--flag=value` forms; the last occurrence of a flag wins. */
export function parseStartArgs(argv: readonly string[]): StartArgsResult {
  const args: StartArgs = { role: null, dataDir: null, lanHost: null, lanPort: null, headless: false, unknown: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--headless' && eq < 0) {
      args.headless = true;
      continue;
    }
    if (!isValueFlag(name)) {
      args.unknown.push(arg);
      continue;
    }
    let value: string | undefined;
    if (eq > 0) {
      value = arg.slice(eq + 1);
    } else {
      value = argv[i + 1];
      i += 1;
    }
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) {
      return { ok: false, message: `Thiếu giá trị cho ${name} (missing value for ${name})` };
    }
    const problem = applyFlag(args, name, value);
    if (problem) return { ok: false, message: problem };
  }
  return { ok: true, args };
}

function applyFlag(args: StartArgs, name: ValueFlag, value: string): string | null {
  switch (name) {
    case '--role':
      if (!isStartRole(value)) {
        return `Vai trò cửa sổ không hợp lệ: "${value}" (--role must be one of ${startRoles.join('|')})`;
      }
      args.role = value;
      return null;
    case '--data':
      args.dataDir = value;
      return null;
    case '--lan-host':
    case '--host':
      args.lanHost = value;
      return null;
    case '--lan-port':
    case '--port': {
      // 0 asks the system for a free port, as `motcua station --port 0` does.
      const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
      if (!(port >= 0 && port <= 65535)) {
        return `Cổng mạng LAN không hợp lệ: "${value}" (${name} must be an integer 0–65535)`;
      }
      args.lanPort = port;
      return null;
    }
  }
}

/** The data folder: --data, else the station's default (MOTCUA_DATA or the per-machine folder). */
export function stationDataDir(args: Pick<StartArgs, 'dataDir'>, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(args.dataDir ?? defaultDataDir(env));
}

/** The desktop app serves the LAN only when asked to; by default it is a single PC. */
export function desktopLanOption(args: Pick<StartArgs, 'lanHost' | 'lanPort'>): { host: string; port: number } | null {
  return args.lanPort === null ? null : { host: args.lanHost ?? defaultLanHost, port: args.lanPort };
}

/**
 * The same choices in the words of `motcua station`, which runs the headless
 * fallback; it applies its own defaults (all interfaces, port 8686, default data).
 */
export function headlessStationArgs(args: Pick<StartArgs, 'dataDir' | 'lanHost' | 'lanPort'>): string[] {
  const argv: string[] = [];
  if (args.dataDir !== null) argv.push('--data', args.dataDir);
  if (args.lanHost !== null) argv.push('--host', args.lanHost);
  if (args.lanPort !== null) argv.push('--port', String(args.lanPort));
  return argv;
}
