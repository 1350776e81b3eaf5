/**
 * `npm run build`: bundles the three Node-side entries with esbuild and the UI
 * with Vite, into dist/. Native modules and electron stay external: they are
 * loaded from node_modules (or rebuilt for Electron by electron-builder).
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild, type BuildOptions } from 'esbuild';
import { build as viteBuild } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const external = ['electron', 'better-sqlite3', 'serialport', '@serialport/*', 'node-hid', 'bufferutil', 'utf-8-validate', 'pdfmake'];

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  external,
  logLevel: 'warning',
  absWorkingDir: root,
};

async function main(): Promise<void> {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  await Promise.all([
    esbuild({
      ...common,
      entryPoints: ['main/cli.ts'],
      outfile: 'dist/main/cli.mjs',
      format: 'esm',
      // Bundled CommonJS dependencies still call require().
      banner: { js: "import { createRequire as __motcuaRequire } from 'node:module'; const require = __motcuaRequire(import.meta.url);" },
    }),
    // In CommonJS the resource lookup uses __dirname; its import.meta fallback is never reached there.
    esbuild({ ...common, entryPoints: ['main/app/main.ts'], outfile: 'dist/app/main.cjs', format: 'cjs', logOverride: { 'empty-import-meta': 'silent' } }),
    esbuild({ ...common, entryPoints: ['preload/preload.ts'], outfile: 'dist/preload/preload.cjs', format: 'cjs', platform: 'browser', external: ['electron'] }),
  ]);
  await viteBuild({ configFile: join(root, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
  // The display board plays the voice clips; served with the UI by both the LAN station and app://.
  const voice = join(root, 'resources', 'voice');
  if (existsSync(voice)) cpSync(voice, join(root, 'dist', 'renderer', 'voice'), { recursive: true });
}

main().catch((error: unknown) => {
  console.error(`Build failed: ${(error as Error).message}`);
  process.exitCode = 1;
});
