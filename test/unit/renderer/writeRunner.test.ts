import { describe, expect, it, vi } from 'vitest';
import { AppError } from '@contract';
import { writeRunner, type WriteState } from '../../../renderer/src/api/writeRunner';

/** A write the test finishes by hand, to look at the screen while it is under way. */
function pending() {
  let settle!: { resolve(): void; reject(error: unknown): void };
  const promise = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  return { promise, ...settle };
}

function recorded<Args extends unknown[]>() {
  const states: WriteState<Args[0]>[] = [];
  const runner = writeRunner<Args>((state) => states.push(state));
  return { runner, states, last: () => states.at(-1) };
}

describe('a write started from a screen', () => {
  it('is busy while the station works, and idle again with no error once it answered', async () => {
    const { runner, last } = recorded<[]>();
    const call = pending();
    const done = runner.run({ write: () => call.promise });
    expect(last()).toEqual({ busy: true, busyWith: undefined, error: undefined });
    call.resolve();
    expect(await done).toBe(true);
    expect(last()).toEqual({ busy: false, busyWith: undefined, error: undefined });
  });

  it('ignores a second press while the first is under way: the request goes once', async () => {
    const { runner } = recorded<[]>();
    const call = pending();
    const write = vi.fn(() => call.promise);
    const first = runner.run({ write });
    const second = runner.run({ write });
    expect(await second).toBe(false);
    call.resolve();
    expect(await first).toBe(true);
    expect(write).toHaveBeenCalledTimes(1);
    // Once answered, the next press is a new write.
    expect(await runner.run({ write: async () => undefined })).toBe(true);
  });

  it("keeps the station's refusal as it came, for the screen to show in Vietnamese, and hands it to onError", async () => {
    const { runner, last } = recorded<[string]>();
    const refusal = new AppError('QUEUE_EMPTY');
    const onError = vi.fn();
    expect(await runner.run({ write: () => Promise.reject(refusal), onError }, 'callNext')).toBe(false);
    expect(last()).toEqual({ busy: false, busyWith: undefined, error: refusal });
    expect(onError).toHaveBeenCalledWith(refusal, 'callNext');
  });

  it('turns anything else that failed (a thrown Error, a lost connection) into an INTERNAL error', async () => {
    const { runner, last } = recorded<[]>();
    await runner.run({
      write: async () => {
        throw new Error('socket hang up');
      },
    });
    expect(last()?.error).toBeInstanceOf(AppError);
    expect(last()?.error?.code).toBe('INTERNAL');
  });

  it('clears the last failure when the next write starts', async () => {
    const { runner, last } = recorded<[]>();
    await runner.run({ write: () => Promise.reject(new AppError('CONFLICT')) });
    const call = pending();
    const done = runner.run({ write: () => call.promise });
    expect(last()?.error).toBeUndefined();
    call.resolve();
    await done;
  });

  it('says which row or action is working: the first argument of the write under way', async () => {
    const { runner, last } = recorded<[{ id: number }]>();
    const call = pending();
    const done = runner.run({ write: () => call.promise }, { id: 7 });
    expect(last()?.busyWith).toEqual({ id: 7 });
    call.reject(new AppError('NOT_FOUND'));
    await done;
    expect(last()?.busyWith).toBeUndefined();
  });

  it('stays busy after success for a form its caller closes, and takes presses again after a failure', async () => {
    const { runner, last } = recorded<[]>();
    const refused = { write: () => Promise.reject(new AppError('VALIDATION_FAILED')), keepBusyOnSuccess: true };
    expect(await runner.run(refused)).toBe(false);
    expect(last()?.busy).toBe(false);
    expect(await runner.run({ write: async () => undefined, keepBusyOnSuccess: true })).toBe(true);
    expect(last()?.busy).toBe(true);
    const write = vi.fn(async () => undefined);
    expect(await runner.run({ write })).toBe(false);
    expect(write).not.toHaveBeenCalled();
  });

  it('shows a problem found before writing instead of sending, and drops it when a write starts', async () => {
    const { runner, last } = recorded<[string]>();
    const empty = new AppError('VALIDATION_FAILED', { issues: [{ path: 'reason', message: 'Bắt buộc nhập' }] });
    const write = vi.fn(async () => undefined);
    const check = (reason: string) => (reason.trim() ? undefined : empty);
    expect(await runner.run({ write, check }, ' ')).toBe(false);
    expect(write).not.toHaveBeenCalled();
    expect(last()).toEqual({ busy: false, busyWith: undefined, error: empty });
    expect(await runner.run({ write, check }, 'Công dân rút hồ sơ')).toBe(true);
    expect(write).toHaveBeenCalledWith('Công dân rút hồ sơ');
    expect(last()?.error).toBeUndefined();
  });

  it('does not check a second press while the first is under way', async () => {
    const { runner } = recorded<[]>();
    const call = pending();
    const check = vi.fn(() => undefined);
    const first = runner.run({ write: () => call.promise, check });
    await runner.run({ write: () => call.promise, check });
    expect(check).toHaveBeenCalledTimes(1);
    call.resolve();
    await first;
  });

  it('lets the screen clear a failure once it no longer holds (someone is waiting now)', async () => {
    const { runner, last } = recorded<[]>();
    await runner.run({ write: () => Promise.reject(new AppError('QUEUE_EMPTY')) });
    runner.setError(undefined);
    expect(last()).toEqual({ busy: false, busyWith: undefined, error: undefined });
  });
});
