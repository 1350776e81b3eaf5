/**
 * What every screen knows about the station: product version, whether first-run
 * setup is pending, the centre's details (kept current by `site.changed`), and how
 * far this computer's clock is from the station's, so that boards show station time.
 */
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { AppError, MethodOutput, Site } from '@contract';
import { api } from '../api/client';
import { useEvent, useMethod } from '../api/hooks';

type SystemInfo = MethodOutput<'system.info'>;

export interface Station {
  info: SystemInfo | undefined;
  site: Site | null;
  error: AppError | undefined;
  /** Station time minus this computer's time, in milliseconds. */
  clockOffsetMs: number;
  reload(): void;
  /** Reads the station info again and resolves once every screen sees it. */
  refresh(): Promise<void>;
}

const StationContext = createContext<Station | null>(null);

export function StationProvider({ children }: { children: ReactNode }) {
  const systemInfo = useMethod('system.info', {});
  const { data, replace } = systemInfo;

  useEvent('site.changed', (site) => {
    if (data) replace({ ...data, site });
  });

  const refresh = useCallback(async () => replace(await api.call('system.info', {})), [replace]);

  const clockOffsetMs = useMemo(() => (data ? Date.parse(data.serverTime) - Date.now() : 0), [data]);

  const value = useMemo<Station>(
    () => ({
      info: data,
      site: data?.site ?? null,
      error: systemInfo.error,
      clockOffsetMs,
      reload: systemInfo.reload,
      refresh,
    }),
    [data, systemInfo.error, clockOffsetMs, systemInfo.reload, refresh],
  );

  return <StationContext.Provider value={value}>{children}</StationContext.Provider>;
}

export function useStation(): Station {
  const value = useContext(StationContext);
  if (!value) throw new Error('useStation outside StationProvider');
  return value;
}
