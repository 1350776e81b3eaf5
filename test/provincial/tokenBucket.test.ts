import { describe, expect, it } from 'vitest';
import { TokenBucket } from './tokenBucket';

/** Moves a fake clock through one transfer of `chunks`, waiting each time as the bucket says (and `lateMs` more). */
function transferTime(bucket: TokenBucket, clock: { t: number }, chunks: number[], lateMs = 0): number {
  const start = clock.t;
  chunks.forEach((chunk, i) => {
    const wait = bucket.reserve(chunk, i > 0);
    clock.t += wait > 0 ? wait + lateMs : 0;
  });
  return clock.t - start;
}

describe('token bucket', () => {
  it('lets n bytes through in n / rate seconds whatever the slicing', () => {
    const clock = { t: 0 };
    const bucket = new TokenBucket(250_000, () => clock.t);
    expect(transferTime(bucket, clock, Array(100).fill(5_000))).toBeCloseTo(2000, 6);
    expect(transferTime(bucket, clock, [65_536, 65_536, 118_928])).toBeCloseTo(1000, 6);
  });

  it('gives a new transfer no credit for the time the line was idle', () => {
    const clock = { t: 0 };
    const bucket = new TokenBucket(250_000, () => clock.t);
    transferTime(bucket, clock, [250_000]);
    clock.t += 60_000;
    expect(transferTime(bucket, clock, [250_000])).toBeCloseTo(1000, 6);
  });

  it('pays back timer lateness during a transfer instead of adding it up', () => {
    const clock = { t: 0 };
    const bucket = new TokenBucket(1_875_000, () => clock.t); // 15 Mbit/s
    // 64 KiB chunks, each wait overshot by 3 ms: the next reservation pays those back.
    const ms = transferTime(bucket, clock, Array(30).fill(65_536), 3);
    const ideal = (30 * 65_536 * 1000) / 1_875_000;
    expect(ms).toBeCloseTo(ideal + 3, 6);
  });

  it('shares one line between concurrent transfers', () => {
    const clock = { t: 0 };
    const bucket = new TokenBucket(100_000, () => clock.t);
    expect(bucket.reserve(50_000, false)).toBeCloseTo(500, 6);
    // A second transfer starting now queues behind the first one's bytes.
    expect(bucket.reserve(50_000, false)).toBeCloseTo(1000, 6);
  });
});
