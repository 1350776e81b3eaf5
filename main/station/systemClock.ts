import type { Clock } from '@domain/time/clock';

/** The real clock: the only place outside tests where the station reads the time. */
export const systemClock: Clock = { now: () => new Date() };
