/**
 * Finds the Electron executable the `electron` npm package installs, and asks the
 * package to download it when it is missing. The package itself downloads lazily
 * on `require('electron')` and throws when it cannot; we never require it, we read
 * the same files its index.js reads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ElectronBinaryFact } from './startDecision';
import type { Runner } from './runCaptured';

export interface ElectronPackage {
  dir: string;
  version: string;
  /** The module ABI of its Node (the package's abi_version file), if shipped. */
  abi: string | null;
}

/** Generous for a ~100 MB download on a commune's connection, short of hanging forever. */
export const electronDownloadTimeoutMs = 5 * 60_000;

export function findElectronPackage(packageRoot: string): ElectronPackage | null {
  try {
    const manifest = createRequire(path.join(packageRoot, 'package.json')).resolve('electron/package.json');
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown };
    if (typeof version !== 'string') return null;
    const dir = path.dirname(manifest);
    const abiFile = path.join(dir, 'abi_version');
    const abi = existsSync(abiFile) ? readFileSync(abiFile, 'utf8').trim() || null : null;
    return { dir, version, abi };
  } catch {
    return null;
  }
}

/** The executable path, by the same rule as electron/index.js; null before any install. */
export function electronExecutablePath(electronDir: string, pathTxt: string | null, env: Readonly<Record<string, string | undefined>>): string | null {
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override) return path.join(override, pathTxt || 'electron');
  if (!pathTxt) return null;
  return path.join(electronDir, 'dist', pathTxt);
}

/** The installed executable, or null when path.txt or the file it names is missing. */
export function installedElectronBinary(electronDir: string, env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const pathFile = path.join(electronDir, 'path.txt');
  const pathTxt = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const executable = electronExecutablePath(electronDir, pathTxt, env);
  return executable !== null && existsSync(executable) ? executable : null;
}

/** The executable, downloading it through the package's own install.js if needed. */
export async function ensureElectronBinary(
  electron: ElectronPackage,
  run: Runner,
  say: (line: string) => void,
): Promise<{ fact: ElectronBinaryFact; executable: string | null }> {
  const present = installedElectronBinary(electron.dir);
  if (present) return { fact: 'present', executable: present };
  say(`Đang tải Electron ${electron.version} (lần đầu)… (downloading the Electron binary)`);
  const result = await run(process.execPath, [path.join(electron.dir, 'install.js')], {
    cwd: electron.dir,
    timeoutMs: electronDownloadTimeoutMs,
  });
  const downloaded = installedElectronBinary(electron.dir);
  if (downloaded) return { fact: 'present', executable: downloaded };
  return { fact: result.timedOut ? 'download-timed-out' : 'download-failed', executable: null };
}
