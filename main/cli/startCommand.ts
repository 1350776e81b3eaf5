/**
 * `motcua start` (what `npm start` runs after building): the Electron app when it
 * can run here, otherwise the headless station with one line saying why. The
 * choice is made by nextLaunchStep (startDecision.ts); this file only gathers the
 * facts it asks for and carries out its answer.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAppError } from '@domain/errors';
import { UsageError } from './cliError';
import { ensureElectronBinary, findElectronPackage, type ElectronPackage } from './electronBinary';
import { findSqliteBuildTools, prepareElectronSqliteBinding, sqliteBindingEnv } from './electronSqlite';
import { runCaptured } from './runCaptured';
import { headlessStationArgs, parseStartArgs } from './startArgs';
import { hasDisplay, initialLaunchFacts, nextLaunchStep, type LaunchFacts } from './startDecision';
import { runStation } from './stationCommand';

type Say = (line: string) => void;

export async function runStart(
  argv: string[],
  say: Say = (line) => console.log(line),
  complain: Say = (line) => console.error(line),
): Promise<number> {
  try {
    return await start(argv, say);
  } catch (error) {
    if (error instanceof UsageError) {
      complain(`Sai tham số: ${error.message}`);
      return 2;
    }
    if (isAppError(error)) {
      complain(`Lỗi: ${error.messageVi} (${error.code}: ${error.detail})`);
      return 1;
    }
    complain(`Lỗi ngoài dự kiến: ${error instanceof Error ? error.message : String(error)} (unexpected error)`);
    return 1;
  }
}

async function start(argv: string[], say: Say): Promise<number> {
  const parsed = parseStartArgs(argv);
  if (!parsed.ok) throw new UsageError(parsed.message);
  const args = parsed.args;
  if (args.unknown.length > 0) throw new UsageError(`không hiểu tham số ${args.unknown.join(' ')} (unknown arguments)`);

  const root = findPackageRoot([moduleDir(), process.cwd()]);
  const electron: ElectronPackage | null = root ? findElectronPackage(root) : null;
  let facts: LaunchFacts = initialLaunchFacts({
    headlessRequested: args.headless,
    display: hasDisplay(process.platform, process.env),
    shellBuilt: root !== null && existsSync(path.join(root, 'dist', 'app', 'main.cjs')),
    electronVersion: electron?.version ?? null,
  });
  let executable: string | null = null;
  let binding: string | null = null;

  for (;;) {
    const step = nextLaunchStep(facts);
    switch (step.kind) {
      case 'find-electron-binary': {
        const found = electron ? await ensureElectronBinary(electron, runCaptured, say) : { fact: 'not-installed' as const, executable: null };
        executable = found.executable;
        facts = { ...facts, electronBinary: found.fact };
        break;
      }
      case 'prepare-sqlite-binding': {
        binding = root && electron ? await electronSqliteBinding(root, electron, say) : null;
        facts = { ...facts, sqliteBinding: binding ? 'ready' : 'failed' };
        break;
      }
      case 'electron': {
        const exitCode = root && executable && binding ? await runElectron(executable, root, argv, binding) : null;
        if (exitCode !== null) return exitCode;
        facts = { ...facts, electronLaunchFailed: true };
        break;
      }
      case 'headless':
        say(step.message);
        return runStation(headlessStationArgs(args), say);
    }
  }
}

/** The Electron-ABI better-sqlite3: one given in the environment, or our cached build. */
async function electronSqliteBinding(root: string, electron: ElectronPackage, say: Say): Promise<string | null> {
  const given = process.env[sqliteBindingEnv];
  if (given && existsSync(given)) return given;
  const tools = findSqliteBuildTools(root);
  if (!tools) return null;
  const result = await prepareElectronSqliteBinding({
    packageRoot: root,
    electronVersion: electron.version,
    expectedAbi: electron.abi,
    arch: process.arch,
    tools,
    run: runCaptured,
    say,
  });
  return result.ok ? result.path : null;
}

/**
 * Runs Electron on the repository folder (its package.json names dist/app/main.cjs
 * and gives the app its name) until it exits. Returns null when it cannot start.
 */
async function runElectron(executable: string, root: string, argv: string[], binding: string): Promise<number | null> {
  const env: NodeJS.ProcessEnv = { ...process.env, [sqliteBindingEnv]: binding };
  // Set, it would make Electron a plain Node process.
  delete env['ELECTRON_RUN_AS_NODE'];
  const child = spawn(executable, [root, ...argv], { stdio: 'inherit', env });
  const started = await new Promise<boolean>((resolve) => {
    child.once('spawn', () => resolve(true));
    child.once('error', () => resolve(false));
  });
  if (!started) return null;
  // Ctrl-C reaches Electron from the terminal too, and Electron closes the station
  // itself; we only wait. A SIGTERM/SIGHUP sent to us alone is passed on.
  const ignore = (): void => undefined;
  const forward = (signal: NodeJS.Signals): void => {
    child.kill(signal);
  };
  process.on('SIGINT', ignore);
  process.on('SIGTERM', forward);
  process.on('SIGHUP', forward);
  try {
    return await new Promise<number>((resolve) => {
      child.once('exit', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
    });
  } finally {
    process.off('SIGINT', ignore);
    process.off('SIGTERM', forward);
    process.off('SIGHUP', forward);
  }
}

function moduleDir(): string {
  return typeof __dirname !== 'undefined' ? __dirname : path.dirname(fileURLToPath(import.meta.url));
}

/** The folder of Một Cửa's package.json, looking up from each start in turn. */
export function findPackageRoot(starts: readonly string[]): string | null {
  for (const start of starts) {
    let dir = path.resolve(start);
    for (;;) {
      if (isOurManifest(path.join(dir, 'package.json'))) return dir;
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return null;
}

function isOurManifest(file: string): boolean {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name === 'motcua';
  } catch {
    return false;
  }
}
