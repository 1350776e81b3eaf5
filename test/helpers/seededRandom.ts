/**
 * A seeded PRNG for tests and benchmarks, so every run sees the same inputs and a
 * failure can be replayed.
 */
export type Random = () => number;

/** mulberry32: tiny, fast, good enough to spread test inputs. Returns [0, 1). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
