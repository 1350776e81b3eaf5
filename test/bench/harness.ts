/**
 * The benchmark harness: each benchmark returns its metrics; the harness prints
 * them as a table and writes test/bench/results/NAME.json in the shared format.
 * Baselines are measured inside the same run, never read from an old file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequirementId } from '../setup/prerequisites';

export interface Metric {
  name: string;
  value: number;
  unit: string;
  /** The value to reach (or not exceed, for "lower"). */
  target: number | null;
  better: 'lower' | 'higher';
  baseline?: { name: string; value: number };
}

/** Times `work` n times, one after another: the milliseconds of each call. */
export async function timeEach(n: number, work: (i: number) => Promise<unknown> | unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const start = performance.now();
    await work(i);
    samples.push(performance.now() - start);
  }
  return samples;
}

export interface BenchResult {
  bench: string;
  at: string;
  node: string;
  metrics: Metric[];
}

export interface Benchmark {
  name: string;
  description: string;
  /** System tools it needs beyond Node (run.ts installs them as root on Debian/Ubuntu, or stops saying how). */
  needs?: readonly RequirementId[];
  run(): Promise<Metric[]>;
}

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function meetsTarget(metric: Metric): boolean | null {
  if (metric.target === null) return null;
  return metric.better === 'lower' ? metric.value <= metric.target : metric.value >= metric.target;
}

export function formatTable(result: BenchResult): string {
  const rows = result.metrics.map((m) => {
    const verdict = meetsTarget(m);
    return [
      m.name,
      `${round(m.value)} ${m.unit}`,
      m.target === null ? '—' : `${m.better === 'lower' ? '≤' : '≥'} ${m.target} ${m.unit}`,
      verdict === null ? '' : verdict ? 'ok' : 'MISSED',
      m.baseline ? `${m.baseline.name} = ${round(m.baseline.value)}` : '',
    ];
  });
  const header = ['metric', 'value', 'target', '', 'baseline (same run)'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [`${result.bench} — ${result.at} — node ${result.node}`, line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function writeResult(resultsDir: string, result: BenchResult): string {
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${result.bench}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  return file;
}
