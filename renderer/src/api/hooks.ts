/**
 * React bindings of the API client: data that reloads itself when the station says
 * events were missed or when the connection comes back after a failure.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { AppError, EventName, MethodInput, MethodName, MethodOutput } from '@contract';
import { asAppError } from './appError';
import { api, type ConnectionState, type EventListener } from './client';
import { pushedReloadMs, throttled } from './throttle';

export function useConnection(): ConnectionState {
  return useSyncExternalStore(api.connection.subscribe, api.connection.get);
}

export function useSessionToken(): string | null {
  return useSyncExternalStore(api.session.subscribe, api.session.get);
}

/** Listens to one event while the component is mounted. */
export function useEvent<E extends EventName>(name: E, listener: EventListener<E>): void {
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => api.on(name, (payload, event) => latest.current(payload, event)), [name]);
}

/** `run` at most once per `intervalMs` (see throttle.ts); a pending run is dropped with the screen. */
export function useThrottled(run: () => void, intervalMs = pushedReloadMs): () => void {
  const latest = useRef(run);
  latest.current = run;
  const [throttle] = useState(() => throttled(() => latest.current(), intervalMs));
  useEffect(() => () => throttle.cancel(), [throttle]);
  return throttle.request;
}

/** Runs `reload` after a resync, and after the connection returns if `whenFailed` says so. */
export function useReloadOnReconnect(reload: () => void, whenFailed: () => boolean): void {
  const latest = useRef({ reload, whenFailed });
  latest.current = { reload, whenFailed };
  useEffect(() => api.onResync(() => latest.current.reload()), []);
  useEffect(() => {
    let previous = api.connection.get();
    return api.connection.subscribe(() => {
      const next = api.connection.get();
      if (next === 'online' && previous !== 'online' && latest.current.whenFailed()) latest.current.reload();
      previous = next;
    });
  }, []);
}

export interface Loaded<T> {
  data: T | undefined;
  error: AppError | undefined;
  loading: boolean;
  reload(): void;
  /**
   * Replaces the shown data (e.g. from an event or after a successful write). With
   * `supersedesReads` a read still on its way is dropped: for a whole snapshot the
   * station pushed, which is at least as new as that read's answer.
   */
  replace(data: T, options?: { supersedesReads?: boolean }): void;
}

/**
 * Calls a read method and keeps its result. `input` is compared by value, so
 * passing a fresh literal each render does not refetch.
 */
export function useMethod<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: { enabled?: boolean } = {},
): Loaded<MethodOutput<M>> {
  const enabled = options.enabled ?? true;
  const inputKey = JSON.stringify(input);
  const [state, setState] = useState<{ data?: MethodOutput<M>; error?: AppError; loading: boolean }>({ loading: enabled });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  // A pushed snapshot that arrives while a read is on its way is at least as new as
  // that read's answer: the late answer must not overwrite it.
  const superseded = useRef(0);
  const replace = useCallback((data: MethodOutput<M>, options?: { supersedesReads?: boolean }) => {
    if (options?.supersedesReads) superseded.current += 1;
    setState({ data, loading: false });
  }, []);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const supersededBefore = superseded.current;
    const current = () => live && superseded.current === supersededBefore;
    setState((previous) => ({ ...previous, loading: true }));
    api.call(method, JSON.parse(inputKey) as MethodInput<M>).then(
      (data) => current() && setState({ data, loading: false }),
      (error: unknown) => current() && setState((previous) => ({ data: previous.data, error: asAppError(error), loading: false })),
    );
    return () => {
      live = false;
    };
  }, [method, inputKey, enabled, generation]);

  const failed = useRef(false);
  failed.current = state.error !== undefined;
  useReloadOnReconnect(reload, () => failed.current);

  return { data: state.data, error: state.error, loading: state.loading, reload, replace };
}
