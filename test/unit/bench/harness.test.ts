import { describe, expect, it } from 'vitest';
import { formatTable, meetsTarget, percentile } from '../../bench/harness';

describe('benchmark harness', () => {
  it('takes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('judges a metric against its target in the direction that is better', () => {
    expect(meetsTarget({ name: 'a', value: 12, unit: 'ms', target: 20, better: 'lower' })).toBe(true);
    expect(meetsTarget({ name: 'b', value: 4, unit: '×', target: 5, better: 'higher' })).toBe(false);
    expect(meetsTarget({ name: 'c', value: 4, unit: '×', target: null, better: 'higher' })).toBeNull();
  });

  it('prints a readable table with the baseline of the same run', () => {
    const table = formatTable({
      bench: 'demo',
      at: '2026-11-21T00:00:00.000Z',
      node: 'v20',
      metrics: [{ name: 'x_p99_ms', value: 1.23456, unit: 'ms', target: 2, better: 'lower', baseline: { name: 'floor_p99_ms', value: 0.5 } }],
    });
    expect(table).toContain('x_p99_ms');
    expect(table).toContain('1.235 ms');
    expect(table).toContain('floor_p99_ms = 0.5');
  });
});
