/**
 * The one way a screen writes: `const save = useWrite(async () => { … })`, then
 * `save.run()` from the button, `save.busy` on it and `<ErrorNotice error={save.error} />`.
 * The rules (ignored second press, failure as an AppError) live in writeRunner.ts.
 */
import { useRef, useState } from 'react';
import type { AppError } from '@contract';
import { idleWrite, writeRunner, type WriteOptions, type WriteSpec, type WriteState } from './writeRunner';

export interface Write<Args extends unknown[]> extends WriteState<Args[0]> {
  run(...args: Args): Promise<boolean>;
  setError(error: AppError | undefined): void;
}

export function useWrite<Args extends unknown[]>(write: (...args: Args) => Promise<unknown>, options: WriteOptions<Args> = {}): Write<Args> {
  // The latest render's closures: a write started now sees the draft as typed now.
  const latest = useRef<WriteSpec<Args>>({ write, ...options });
  latest.current = { write, ...options };
  const [state, setState] = useState<WriteState<Args[0]>>(idleWrite);
  const [runner] = useState(() => writeRunner<Args>(setState));
  return { ...state, run: (...args) => runner.run(latest.current, ...args), setError: runner.setError };
}
