/**
 * Civil time in Vietnam (Asia/Ho_Chi_Minh). Vietnam has kept UTC+07:00 without
 * daylight saving since 1975, so the conversion is a fixed offset and does not
 * depend on the operating system's time zone or its tz database.
 */
import { isoDateOf, zeroPadded as pad } from './dateDigits';

export const vietnamOffsetMinutes = 7 * 60;
const offsetMs = vietnamOffsetMinutes * 60_000;

export interface LocalDateTime {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

/** The wall-clock reading in Vietnam at an instant. */
export function vietnamLocal(instant: Date): LocalDateTime {
  const shifted = new Date(instant.getTime() + offsetMs);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    weekday: shifted.getUTCDay(),
  };
}

/** The instant of a wall-clock reading in Vietnam. */
export function vietnamInstant(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - offsetMs);
}

/** The service day (YYYY-MM-DD in Vietnam) an instant belongs to: queues and dossier sequences restart with it. */
export function vietnamDay(instant: Date): string {
  return isoDateOf(vietnamLocal(instant));
}

/** ISO 8601 with the +07:00 offset, as people in Vietnam read it. */
export function formatVietnamIso(instant: Date): string {
  const l = vietnamLocal(instant);
  return `${pad(l.year, 4)}-${pad(l.month)}-${pad(l.day)}T${pad(l.hour)}:${pad(l.minute)}:${pad(l.second)}+07:00`;
}
