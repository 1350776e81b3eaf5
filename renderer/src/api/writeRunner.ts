/**
 * A write the screen starts (save, call next, print): whether it is under way, the
 * failure to show, and one rule for presses that come while it is under way: they
 * are ignored, so a double click or a key held down never sends the request twice.
 * Kept free of React so the rule is tested without a DOM; useWrite binds it to a screen.
 */
import type { AppError } from '@contract';
import { asAppError } from './appError';

export interface WriteState<Subject> {
  busy: boolean;
  /** The first argument of the write under way (the row, the action): which button says it is working. */
  busyWith: Subject | undefined;
  /** The last failure, for ErrorNotice; cleared when the next write starts. */
  error: AppError | undefined;
}

export interface WriteOptions<Args extends unknown[]> {
  /** A problem found before writing (a required field left empty): shown instead of sending. */
  check?(...args: Args): AppError | undefined;
  /** Runs once the failure is kept: clear a password, go to another step, reload. */
  onError?(error: AppError, ...args: Args): void;
  /**
   * For a form its caller closes or replaces on success: it stays busy, so its
   * button never comes back for a second press in between.
   */
  keepBusyOnSuccess?: boolean;
}

export interface WriteSpec<Args extends unknown[]> extends WriteOptions<Args> {
  write(...args: Args): Promise<unknown>;
}

export interface WriteRunner<Args extends unknown[]> {
  /** True when the write succeeded; false when it failed, or was ignored because one is under way. */
  run(spec: WriteSpec<Args>, ...args: Args): Promise<boolean>;
  /** Shows a failure found outside a write, or clears the one shown. */
  setError(error: AppError | undefined): void;
}

export const idleWrite: WriteState<never> = { busy: false, busyWith: undefined, error: undefined };

export function writeRunner<Args extends unknown[]>(publish: (state: WriteState<Args[0]>) => void): WriteRunner<Args> {
  let state: WriteState<Args[0]> = idleWrite;
  const set = (next: WriteState<Args[0]>) => {
    state = next;
    publish(next);
  };
  return {
    async run(spec, ...args) {
      // Read and set synchronously: a second press in the same tick already sees it.
      if (state.busy) return false;
      const problem = spec.check?.(...args);
      if (problem) {
        set({ ...state, error: problem });
        return false;
      }
      set({ busy: true, busyWith: args[0], error: undefined });
      try {
        await spec.write(...args);
      } catch (failure) {
        const error = asAppError(failure);
        set({ busy: false, busyWith: undefined, error });
        spec.onError?.(error, ...args);
        return false;
      }
      if (!spec.keepBusyOnSuccess) set(idleWrite);
      return true;
    },
    setError(error) {
      set({ ...state, error });
    },
  };
}
