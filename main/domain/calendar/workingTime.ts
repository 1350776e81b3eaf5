/**
 * Working time: the office intervals of working days, walked day by day in Vietnam
 * time. Time limits, pauses for supplements and on-time reports all reduce to adding
 * or measuring working time.
 */
import { AppError } from '../errors';
import { vietnamDayNumber, vietnamInstantAt, vietnamMsOfDay, type DayNumber } from './civilDay';
import type { OfficeHours } from './officeHours';
import type { WorkingCalendar } from './workingCalendar';

/** A walk that finds no working time within this many days has a broken calendar. */
const maxDaysWalked = 366 * 20;

function assertInstant(instant: Date, name: string): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new AppError('VALIDATION_FAILED', { detail: `${name} is not a valid instant` });
  }
}

function noWorkingTimeFound(): AppError {
  return new AppError('INTERNAL', { detail: `No working time found within ${maxDaysWalked} days; calendar or office hours are broken` });
}

/**
 * The instant reached after spending `workMs` of working time from `start`.
 * Convention: when the time runs out exactly at the end of an interval, the result is
 * that end (17:00 the same day, 11:30 before lunch), not the next opening. With
 * workMs = 0 the result is the first instant at or after `start` inside office hours;
 * an instant exactly at closing belongs to the next opening.
 */
export function addWorkingTime(start: Date, workMs: number, calendar: WorkingCalendar, hours: OfficeHours): Date {
  assertInstant(start, 'start');
  if (!Number.isFinite(workMs) || workMs < 0) throw new AppError('VALIDATION_FAILED', { detail: 'Working time to add must be a non-negative number' });
  let day: DayNumber = vietnamDayNumber(start);
  let position = vietnamMsOfDay(start);
  let remaining = workMs;
  for (let walked = 0; walked < maxDaysWalked; walked += 1, day += 1, position = 0) {
    if (!calendar.isWorkingDayNumber(day)) continue;
    for (const interval of hours.intervals) {
      if (position >= interval.end) continue;
      const from = Math.max(position, interval.start);
      const available = interval.end - from;
      if (remaining <= available) return vietnamInstantAt(day, from + remaining);
      remaining -= available;
      position = interval.end;
    }
  }
  throw noWorkingTimeFound();
}

/** The moment a time limit starts to run: `instant` itself during office hours, otherwise the next opening. */
export function workingTimeStart(instant: Date, calendar: WorkingCalendar, hours: OfficeHours): Date {
  return addWorkingTime(instant, 0, calendar, hours);
}

/** Working time (ms) between two instants; 0 when `to` is not after `from`. */
export function workingTimeBetween(from: Date, to: Date, calendar: WorkingCalendar, hours: OfficeHours): number {
  assertInstant(from, 'from');
  assertInstant(to, 'to');
  if (to.getTime() <= from.getTime()) return 0;
  const lastDay = vietnamDayNumber(to);
  let total = 0;
  for (let day = vietnamDayNumber(from); day <= lastDay; day += 1) {
    if (!calendar.isWorkingDayNumber(day)) continue;
    for (const interval of hours.intervals) {
      const start = Math.max(vietnamInstantAt(day, interval.start).getTime(), from.getTime());
      const end = Math.min(vietnamInstantAt(day, interval.end).getTime(), to.getTime());
      if (end > start) total += end - start;
    }
  }
  return total;
}

/** The first working day strictly after a civil day. */
export function nextWorkingDay(day: DayNumber, calendar: WorkingCalendar): DayNumber {
  for (let next = day + 1, walked = 0; walked < maxDaysWalked; next += 1, walked += 1) {
    if (calendar.isWorkingDayNumber(next)) return next;
  }
  throw noWorkingTimeFound();
}
