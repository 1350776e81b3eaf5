import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronExecutablePath, installedElectronBinary } from '../../../main/cli/electronBinary';
import {
  addonAbi,
  buildToolEnv,
  builtBindingPath,
  electronSqliteBindingPath,
  nodeGypRebuildArgs,
  prebuildInstallArgs,
  prepareElectronSqliteBinding,
} from '../../../main/cli/electronSqlite';
import type { CapturedRun, Runner } from '../../../main/cli/runCaptured';
import { findPackageRoot } from '../../../main/cli/startCommand';

let base = '';
beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'motcua-launch-'));
});
afterEach(() => {
  rmSync(base, { recursive: true, force: true });
});

describe('the Electron executable', () => {
  it('is dist/<path.txt> inside the electron package, as electron/index.js reads it', () => {
    expect(electronExecutablePath('/repo/node_modules/electron', 'electron', {})).toBe(path.join('/repo/node_modules/electron', 'dist', 'electron'));
    expect(electronExecutablePath('/repo/node_modules/electron', null, {})).toBeNull();
    expect(electronExecutablePath('/repo/node_modules/electron', 'electron', { ELECTRON_OVERRIDE_DIST_PATH: '/opt/e' })).toBe(path.join('/opt/e', 'electron'));
  });

  it('counts as installed only when path.txt and the file it names both exist', () => {
    const electronDir = path.join(base, 'electron');
    mkdirSync(path.join(electronDir, 'dist'), { recursive: true });
    expect(installedElectronBinary(electronDir, {})).toBeNull();
    writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
    expect(installedElectronBinary(electronDir, {})).toBeNull();
    writeFileSync(path.join(electronDir, 'dist', 'electron'), '');
    expect(installedElectronBinary(electronDir, {})).toBe(path.join(electronDir, 'dist', 'electron'));
  });
});

describe('the Electron build of better-sqlite3', () => {
  it('is cached per Electron version under .cache/electron-abi', () => {
    expect(electronSqliteBindingPath('/repo', '44.11.4')).toBe(path.join('/repo', '.cache', 'electron-abi', '44.11.4', 'better_sqlite3.node'));
  });

  it("reads an addon's ABI from its registration symbol: the installed Node build is Node's", () => {
    const nodeBuild = path.join(process.cwd(), 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    expect(addonAbi(readFileSync(nodeBuild))).toBe(process.versions.modules);
    expect(addonAbi(new TextEncoder().encode('no symbol here'))).toBeNull();
  });

  it('asks prebuild-install and node-gyp for the Electron runtime and version', () => {
    expect(prebuildInstallArgs('44.11.4', 'x64')).toEqual(['--runtime', 'electron', '--target', '44.11.4', '--arch', 'x64']);
    expect(nodeGypRebuildArgs('44.11.4', 'x64')).toEqual([
      'rebuild',
      '--release',
      '--runtime=electron',
      '--target=44.11.4',
      '--arch=x64',
      '--dist-url=https://electronjs.org/headers',
    ]);
  });

  function sqlitePackage(): string {
    const dir = path.join(base, 'node_modules', 'better-sqlite3');
    mkdirSync(path.join(dir, 'build', 'Release'), { recursive: true });
    mkdirSync(path.join(dir, 'src'), { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{"name":"better-sqlite3","version":"12.11.1"}');
    writeFileSync(path.join(dir, 'binding.gyp'), '{}');
    writeFileSync(path.join(dir, 'src', 'better_sqlite3.cpp'), '// source');
    writeFileSync(path.join(dir, 'build', 'Release', 'better_sqlite3.node'), 'NODE ABI BUILD');
    return dir;
  }

  /** Plays the build tools: each run answers by the script's name. */
  function tools(outcomes: Record<string, 'build' | 'build-for-node' | 'fail' | 'timeout'>) {
    const calls: Array<{ script: string; args: readonly string[]; cwd: string; env: NodeJS.ProcessEnv | undefined; sawNodeBuild: boolean }> = [];
    const run: Runner = async (_command, args, options): Promise<CapturedRun> => {
      const script = path.basename(String(args[0]));
      calls.push({ script, args: args.slice(1), cwd: options.cwd, env: options.env, sawNodeBuild: existsSync(builtBindingPath(options.cwd)) });
      const outcome = outcomes[script] ?? 'fail';
      if (outcome === 'build' || outcome === 'build-for-node') {
        const abi = outcome === 'build' ? electronAbi : nodeAbi;
        mkdirSync(path.dirname(builtBindingPath(options.cwd)), { recursive: true });
        writeFileSync(builtBindingPath(options.cwd), `\u007fELF…node_register_module_v${abi}\u0000 by ${script}`);
        return { code: 0, timedOut: false, output: '' };
      }
      return { code: outcome === 'timeout' ? null : 1, timedOut: outcome === 'timeout', output: 'Error: fetch failed\n    at stack' };
    };
    return { calls, run };
  }

  const electronAbi = '149';
  const nodeAbi = '115';
  const options = (run: Runner, dir: string) => ({
    packageRoot: base,
    electronVersion: '44.11.4',
    expectedAbi: electronAbi,
    arch: 'x64',
    tools: { sqlitePackageDir: dir, prebuildInstall: '/t/prebuild-install.js', nodeGyp: '/t/node-gyp.js' },
    run,
    say: () => undefined,
  });

  it('uses the prebuilt download when there is one, built on a clean copy of the package', async () => {
    const dir = sqlitePackage();
    const { calls, run } = tools({ 'prebuild-install.js': 'build' });
    const result = await prepareElectronSqliteBinding(options(run, dir));
    const target = electronSqliteBindingPath(base, '44.11.4');
    expect(result).toEqual({ ok: true, path: target, built: true });
    expect(addonAbi(readFileSync(target))).toBe(electronAbi);
    expect(readFileSync(target, 'utf8')).toContain('by prebuild-install.js');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args).toEqual(prebuildInstallArgs('44.11.4', 'x64'));
    expect(calls[0]?.sawNodeBuild).toBe(false);
    expect(existsSync(path.join(calls[0]?.cwd ?? '', 'src', 'better_sqlite3.cpp'))).toBe(false); // work copy removed
    expect(readFileSync(path.join(dir, 'build', 'Release', 'better_sqlite3.node'), 'utf8')).toBe('NODE ABI BUILD');
  });

  it('compiles with node-gyp when no prebuilt binary can be downloaded', async () => {
    const dir = sqlitePackage();
    const { calls, run } = tools({ 'prebuild-install.js': 'fail', 'node-gyp.js': 'build' });
    const result = await prepareElectronSqliteBinding(options(run, dir));
    expect(result.ok).toBe(true);
    expect(calls.map((call) => call.script)).toEqual(['prebuild-install.js', 'node-gyp.js']);
    expect(calls[1]?.args).toEqual(nodeGypRebuildArgs('44.11.4', 'x64'));
    expect(readFileSync(electronSqliteBindingPath(base, '44.11.4'), 'utf8')).toContain('by node-gyp.js');
  });

  it("refuses a build made for Node's ABI (what a nodedir in ~/.npmrc causes)", async () => {
    const dir = sqlitePackage();
    const { run } = tools({ 'prebuild-install.js': 'fail', 'node-gyp.js': 'build-for-node' });
    const result = await prepareElectronSqliteBinding(options(run, dir));
    expect(result).toEqual({ ok: false, reason: 'prebuild-install: exit 1; node-gyp: built for ABI 115, not 149' });
    expect(existsSync(electronSqliteBindingPath(base, '44.11.4'))).toBe(false);
  });

  it('runs the tools without npm settings that would retarget them', async () => {
    const dir = sqlitePackage();
    const saved = { ...process.env };
    process.env['npm_config_nodedir'] = '/usr';
    process.env['npm_config_target'] = '20.0.0';
    process.env['npm_config_cache'] = '/tmp/npm-cache';
    try {
      const { calls, run } = tools({ 'prebuild-install.js': 'build' });
      await prepareElectronSqliteBinding(options(run, dir));
      expect(calls[0]?.env?.['npm_config_nodedir']).toBeUndefined();
      expect(calls[0]?.env?.['npm_config_target']).toBeUndefined();
      expect(calls[0]?.env?.['npm_config_cache']).toBe('/tmp/npm-cache');
    } finally {
      process.env = saved;
    }
    expect(buildToolEnv({ NPM_CONFIG_NODEDIR: '/usr', PATH: '/bin' })).toEqual({ PATH: '/bin' });
  });

  it('throws away a cached build made for the wrong ABI and builds again', async () => {
    const dir = sqlitePackage();
    const target = electronSqliteBindingPath(base, '44.11.4');
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, `node_register_module_v${nodeAbi}`);
    const { calls, run } = tools({ 'prebuild-install.js': 'build' });
    expect(await prepareElectronSqliteBinding(options(run, dir))).toEqual({ ok: true, path: target, built: true });
    expect(calls).toHaveLength(1);
    expect(addonAbi(readFileSync(target))).toBe(electronAbi);
  });

  it('reuses the cached build without running anything', async () => {
    const dir = sqlitePackage();
    const target = electronSqliteBindingPath(base, '44.11.4');
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, `CACHED node_register_module_v${electronAbi}`);
    const { calls, run } = tools({});
    expect(await prepareElectronSqliteBinding(options(run, dir))).toEqual({ ok: true, path: target, built: false });
    expect(calls).toEqual([]);
  });

  it('reports failure, without the tools output, and leaves no half-written cache', async () => {
    const dir = sqlitePackage();
    const { run } = tools({ 'prebuild-install.js': 'fail', 'node-gyp.js': 'timeout' });
    const result = await prepareElectronSqliteBinding(options(run, dir));
    expect(result).toEqual({ ok: false, reason: 'prebuild-install: exit 1; node-gyp: timed out' });
    const cacheDir = path.dirname(electronSqliteBindingPath(base, '44.11.4'));
    expect(existsSync(cacheDir) ? readdirSync(cacheDir) : []).toEqual([]);
  });
});

describe('the package root', () => {
  it("is the nearest folder up whose package.json is Một Cửa's", () => {
    const nested = path.join(base, 'dist', 'main');
    mkdirSync(nested, { recursive: true });
    writeFileSync(path.join(base, 'package.json'), '{"name":"motcua"}');
    writeFileSync(path.join(base, 'dist', 'package.json'), '{"name":"something-else"}');
    expect(findPackageRoot([nested])).toBe(base);
    expect(findPackageRoot([path.parse(base).root])).toBeNull();
  });
});
