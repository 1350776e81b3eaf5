import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttled } from '../../../renderer/src/api/throttle';

describe('a screen reloading on pushed changes', () => {
  beforeEach(() => vi.useFakeTimers({ now: Date.parse('2026-11-23T02:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('reloads at once on a change after a quiet spell', () => {
    const reload = vi.fn();
    throttled(reload, 250).request();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('turns a burst of changes into one reload now and one at the end of the interval', () => {
    const reload = vi.fn();
    const throttle = throttled(reload, 250);
    for (let i = 0; i < 40; i += 1) {
      throttle.request();
      vi.advanceTimersByTime(5); // 40 changes in 200 ms
    }
    expect(reload).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(50);
    expect(reload).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1000);
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it('never leaves the last change unseen', () => {
    const reload = vi.fn();
    const throttle = throttled(reload, 250);
    throttle.request();
    vi.advanceTimersByTime(100);
    throttle.request();
    expect(reload).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(150);
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it('drops a pending reload when the screen goes away', () => {
    const reload = vi.fn();
    const throttle = throttled(reload, 250);
    throttle.request();
    throttle.request();
    throttle.cancel();
    vi.advanceTimersByTime(1000);
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
