/**
 * `npm run bench` runs every benchmark; `npm run bench -- NAME` runs one.
 * First it builds dist/ (the queue and sync benchmarks start the built station
 * as child processes) and makes sure the system tools the chosen benchmarks need
 * are here, so it works on a fresh clone without a prior `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensurePrerequisites, repoRoot, type RequirementId } from '../setup/prerequisites';
import { formatTable, writeResult, type Benchmark } from './harness';

const here = dirname(fileURLToPath(import.meta.url));

/** `npm run build`, as `npm start` and `npm run station` do before they run: a build is a few seconds, a stale one is a wrong result. */
function build(): boolean {
  console.log('building dist/ (npm run build)');
  const run = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(repoRoot, 'main', 'tools', 'build.ts')], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  return run.status === 0;
}

async function main(): Promise<number> {
  const wanted = process.argv.slice(2);
  const files = readdirSync(here).filter((file) => file.endsWith('.bench.ts')).sort();
  const all: Benchmark[] = [];
  for (const file of files) all.push(((await import(pathToFileURL(join(here, file)).href)) as { default: Benchmark }).default);
  const chosen = wanted.length ? all.filter((b) => wanted.includes(b.name)) : all;
  const unknown = wanted.filter((name) => !all.some((b) => b.name === name));
  if (unknown.length) {
    console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Available: ${all.map((b) => b.name).join(', ')}`);
    return 2;
  }
  const needs = [...new Set(chosen.flatMap((bench): readonly RequirementId[] => bench.needs ?? []))];
  if (needs.length && !ensurePrerequisites(needs, `npm run bench${wanted.length ? ` -- ${wanted.join(' ')}` : ''}`)) return 1;
  if (!build()) {
    console.error('npm run bench: the build failed (above); no benchmark was run.');
    return 1;
  }
  for (const bench of chosen) {
    console.log(`\n▶ ${bench.name}: ${bench.description}`);
    const metrics = await bench.run();
    const result = { bench: bench.name, at: new Date().toISOString(), node: process.version, metrics };
    console.log(formatTable(result));
    console.log(`→ ${writeResult(join(here, 'results'), result)}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
