import { describe, expect, it } from 'vitest';
import { crashReloadDelay, crashWindowMs, quickReloadsPerWindow, slowReloadDelayMs } from '../../../main/app/crashRecovery';

describe('reloading a renderer that died', () => {
  const now = 1_000_000;

  it('reloads at once after a first crash', () => {
    expect(crashReloadDelay([], now)).toBe(0);
  });

  it('keeps reloading at once while crashes are rare', () => {
    const earlier = Array.from({ length: quickReloadsPerWindow - 1 }, (_, i) => now - 1_000 * (i + 1));
    expect(crashReloadDelay(earlier, now)).toBe(0);
  });

  it('slows down in a crash loop', () => {
    const earlier = Array.from({ length: quickReloadsPerWindow }, (_, i) => now - 1_000 * (i + 1));
    expect(crashReloadDelay(earlier, now)).toBe(slowReloadDelayMs);
  });

  it('forgets crashes older than the window', () => {
    const old = Array.from({ length: 10 }, (_, i) => now - crashWindowMs - i);
    expect(crashReloadDelay(old, now)).toBe(0);
  });
});
