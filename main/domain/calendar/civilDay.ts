/**
 * Civil days in Vietnam as plain integers (days since 1970-01-01), so that calendar
 * rules can add, compare and find weekdays without Date objects or the host's time
 * zone. A day crosses the module boundary as ISO text, "YYYY-MM-DD".
 */
import { AppError } from '../errors';
import { isoDateOf } from '../time/dateDigits';
import { vietnamOffsetMinutes } from '../time/vietnamTime';

/** Days since 1970-01-01 on the civil calendar (Vietnam's, when taken from an instant). */
export type DayNumber = number;

export const msPerDay = 86_400_000;
const vietnamOffsetMs = vietnamOffsetMinutes * 60_000;

export function dayNumberFromParts(year: number, month: number, day: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, day) / msPerDay);
}

export function partsOfDay(dayNumber: DayNumber): { year: number; month: number; day: number } {
  const date = new Date(dayNumber * msPerDay);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const isoDayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD", refusing impossible dates such as 2026-02-30. */
export function dayNumberOf(isoDay: string): DayNumber {
  const match = isoDayPattern.exec(isoDay);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const dayNumber = dayNumberFromParts(year, month, day);
    if (isoDayOf(dayNumber) === isoDay) return dayNumber;
  }
  throw new AppError('VALIDATION_FAILED', { detail: `Not a calendar day (expected YYYY-MM-DD): ${JSON.stringify(isoDay)}` });
}

export function isIsoDay(text: string): boolean {
  const match = isoDayPattern.exec(text);
  if (!match) return false;
  return isoDayOf(dayNumberFromParts(Number(match[1]), Number(match[2]), Number(match[3]))) === text;
}

export function isoDayOf(dayNumber: DayNumber): string {
  return isoDateOf(partsOfDay(dayNumber));
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: DayNumber): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** The civil day in Vietnam (UTC+7) an instant falls on. */
export function vietnamDayNumber(instant: Date): DayNumber {
  return Math.floor((instant.getTime() + vietnamOffsetMs) / msPerDay);
}

/** Milliseconds since midnight, Vietnam time, at an instant. */
export function vietnamMsOfDay(instant: Date): number {
  return instant.getTime() + vietnamOffsetMs - vietnamDayNumber(instant) * msPerDay;
}

/** The instant at a wall-clock offset (ms since midnight) of a civil day in Vietnam. */
export function vietnamInstantAt(dayNumber: DayNumber, msOfDay: number): Date {
  return new Date(dayNumber * msPerDay + msOfDay - vietnamOffsetMs);
}
