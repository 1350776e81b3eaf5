import { useEffect, useState } from 'react';
import { useStation } from './StationProvider';

/** The station's current time, ticking once a second (or minute) on the boundary. */
export function useStationTime(stepMs: 1000 | 60_000 = 1000): Date {
  const { clockOffsetMs } = useStation();
  const [now, setNow] = useState(() => new Date(Date.now() + clockOffsetMs));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const current = Date.now() + clockOffsetMs;
      setNow(new Date(current));
      timer = setTimeout(tick, stepMs - (current % stepMs) + 5);
    };
    tick();
    return () => clearTimeout(timer);
  }, [clockOffsetMs, stepMs]);
  return now;
}
