/**
 * `npm run bench` runs every benchmark; `npm run bench -- NAME` runs one.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatTable, writeResult, type Benchmark } from './harness';

const here = dirname(fileURLToPath(import.meta.url));

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
