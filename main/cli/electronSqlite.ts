/**
 * better-sqlite3's native addon is built for one runtime ABI. node_modules holds
 * the Node build (tests and the CLI run under Node); Electron needs its own. On
 * the first `motcua start` we make one in `.cache/electron-abi/<version>/` from a
 * copy of the package (prebuilt download first, compiling as the fallback) and
 * hand its path to the Electron process in MOTCUA_SQLITE_BINDING, which the DB
 * layer passes to better-sqlite3 as `nativeBinding`. Packaged apps do not need
 * this: electron-builder rebuilds native modules for Electron.
 */
import { copyFile, cp, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Runner } from './runCaptured';

export const sqliteBindingEnv = 'MOTCUA_SQLITE_BINDING';
export const electronHeadersUrl = 'https://electronjs.org/headers';
const bindingFile = 'better_sqlite3.node';

export const prebuiltDownloadTimeoutMs = 3 * 60_000;
/** Compiling SQLite's amalgamation takes minutes on a small office PC. */
export const compileTimeoutMs = 20 * 60_000;

/** Where the Electron build of the addon is kept, one per Electron version. */
export function electronSqliteBindingPath(packageRoot: string, electronVersion: string): string {
  return path.join(packageRoot, '.cache', 'electron-abi', electronVersion, bindingFile);
}

/** The build's output inside the package copy, where node-gyp and prebuild-install put it. */
export function builtBindingPath(packageCopy: string): string {
  return path.join(packageCopy, 'build', 'Release', bindingFile);
}

export function prebuildInstallArgs(electronVersion: string, arch: string): string[] {
  return ['--runtime', 'electron', '--target', electronVersion, '--arch', arch];
}

export function nodeGypRebuildArgs(electronVersion: string, arch: string): string[] {
  return ['rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`, `--dist-url=${electronHeadersUrl}`];
}

/**
 * npm hands its configuration to child processes as npm_config_* variables. A
 * `nodedir` there (a common ~/.npmrc setting) makes node-gyp compile against
 * Node's headers whatever --target says; the others would override our target.
 */
const conflictingNpmConfig = /^npm_config_(nodedir|target|target_arch|arch|runtime|disturl|dist_url|build_from_source)$/i;

/** The environment for the build tools, without npm settings that would retarget them. */
export function buildToolEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !conflictingNpmConfig.test(name)));
}

/**
 * The module ABI an addon was built for, read from the registration symbol that
 * non-N-API addons export (`node_register_module_v<ABI>`); null if none is found.
 */
export function addonAbi(addon: Uint8Array): string | null {
  const match = /node_register_module_v(\d+)/.exec(Buffer.from(addon.buffer, addon.byteOffset, addon.byteLength).toString('latin1'));
  return match?.[1] ?? null;
}

async function hasAbi(file: string, expectedAbi: string | null): Promise<boolean> {
  if (!existsSync(file)) return false;
  return expectedAbi === null || addonAbi(await readFile(file)) === expectedAbi;
}

export interface SqliteBuildTools {
  /** node_modules/better-sqlite3 */
  sqlitePackageDir: string;
  /** prebuild-install's bin.js, if installed. */
  prebuildInstall: string | null;
  /** node-gyp's bin/node-gyp.js: ours, or the one npm ships with. */
  nodeGyp: string | null;
}

function resolveFrom(base: string, request: string): string | null {
  try {
    return createRequire(path.join(base, 'package.json')).resolve(request);
  } catch {
    return null;
  }
}

export function findSqliteBuildTools(packageRoot: string, env: Readonly<Record<string, string | undefined>> = process.env): SqliteBuildTools | null {
  const manifest = resolveFrom(packageRoot, 'better-sqlite3/package.json');
  if (!manifest) return null;
  const sqlitePackageDir = path.dirname(manifest);
  const npmCli = env['npm_execpath'];
  const npmNodeGyp = npmCli ? path.join(path.dirname(npmCli), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js') : null;
  return {
    sqlitePackageDir,
    prebuildInstall: resolveFrom(sqlitePackageDir, 'prebuild-install/bin.js') ?? resolveFrom(packageRoot, 'prebuild-install/bin.js'),
    nodeGyp: resolveFrom(packageRoot, 'node-gyp/bin/node-gyp.js') ?? (npmNodeGyp && existsSync(npmNodeGyp) ? npmNodeGyp : null),
  };
}

export type SqliteBindingResult = { ok: true; path: string; built: boolean } | { ok: false; reason: string };

export interface PrepareSqliteOptions {
  packageRoot: string;
  electronVersion: string;
  /** Electron's module ABI (electron/abi_version); a build for any other is refused. */
  expectedAbi: string | null;
  arch: string;
  tools: SqliteBuildTools;
  run: Runner;
  say: (line: string) => void;
}

/** The cached Electron build, making it first if needed. Never throws. */
export async function prepareElectronSqliteBinding(options: PrepareSqliteOptions): Promise<SqliteBindingResult> {
  const target = electronSqliteBindingPath(options.packageRoot, options.electronVersion);
  try {
    if (await hasAbi(target, options.expectedAbi)) return { ok: true, path: target, built: false };
    await rm(target, { force: true });
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  const cacheDir = path.dirname(target);
  const workDir = path.join(cacheDir, `build-${process.pid}`);
  const packageCopy = path.join(workDir, 'better-sqlite3');
  try {
    options.say(`Đang chuẩn bị SQLite cho Electron ${options.electronVersion} (chỉ lần đầu, có thể mất vài phút)… (building better-sqlite3 for Electron)`);
    await rm(workDir, { recursive: true, force: true });
    await mkdir(workDir, { recursive: true });
    const source = options.tools.sqlitePackageDir;
    // The Node build and nested modules stay behind: the copy is built afresh.
    await cp(source, packageCopy, {
      recursive: true,
      filter: (from) => {
        const relative = path.relative(source, from);
        return relative !== 'build' && relative !== 'node_modules';
      },
    });
    const attempts: Array<{ name: string; script: string | null; args: string[]; timeoutMs: number }> = [
      {
        name: 'prebuild-install',
        script: options.tools.prebuildInstall,
        args: prebuildInstallArgs(options.electronVersion, options.arch),
        timeoutMs: prebuiltDownloadTimeoutMs,
      },
      { name: 'node-gyp', script: options.tools.nodeGyp, args: nodeGypRebuildArgs(options.electronVersion, options.arch), timeoutMs: compileTimeoutMs },
    ];
    const failures: string[] = [];
    for (const attempt of attempts) {
      if (attempt.script === null) continue;
      const result = await options.run(process.execPath, [attempt.script, ...attempt.args], {
        cwd: packageCopy,
        timeoutMs: attempt.timeoutMs,
        env: buildToolEnv(process.env),
      });
      const built = builtBindingPath(packageCopy);
      if (result.code !== 0 || !existsSync(built)) {
        failures.push(`${attempt.name}: ${result.timedOut ? 'timed out' : `exit ${String(result.code)}`}`);
        continue;
      }
      // A build for the wrong runtime would only fail later, inside Electron.
      const abi = addonAbi(await readFile(built));
      if (options.expectedAbi !== null && abi !== options.expectedAbi) {
        failures.push(`${attempt.name}: built for ABI ${String(abi)}, not ${options.expectedAbi}`);
        await rm(built, { force: true });
        continue;
      }
      const partial = `${target}.${process.pid}.partial`;
      await copyFile(built, partial);
      await rename(partial, target);
      return { ok: true, path: target, built: true };
    }
    return { ok: false, reason: failures.length > 0 ? failures.join('; ') : 'neither prebuild-install nor node-gyp is available' };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    await rm(workDir, { recursive: true, force: true }).catch(() => undefined);
  }
}
