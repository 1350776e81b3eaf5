/**
 * Appointment dates (ngày hẹn trả) from a procedure's time limit, as provincial
 * one-stop systems count them:
 * - a limit runs only during office hours on working days; a dossier received after
 *   closing, before opening, on a day off or at lunch counts from the next opening;
 * - N working days = N × 8 working hours, so received Tuesday 09:00 with 1 day is due
 *   Wednesday 09:00; a limit that runs out exactly at closing is due at closing (17:00
 *   the same day), not at the next opening;
 * - same-day procedures received before the cut-off (15:00) are due at closing time that
 *   day; received at or after it, at closing time of the next working day;
 * - so a due date never falls on a day off.
 */
import type { TimeLimit } from './timeLimit';
import { AppError } from '../errors';
import { vietnamLocal } from '../time/vietnamTime';
import { vietnamDayNumber, vietnamInstantAt, vietnamMsOfDay } from './civilDay';
import { closingTime, defaultOfficeHours, type OfficeHours } from './officeHours';
import { addWorkingTime, nextWorkingDay, workingTimeBetween, workingTimeStart } from './workingTime';
import type { CalendarWarning, WorkingCalendar } from './workingCalendar';

export interface DueDate {
  /** The appointment instant. */
  due: Date;
  /** When the limit started to run (the receipt, or the next opening). */
  countedFrom: Date;
  /** Years crossed whose holidays are the computed default or unverified. */
  warnings: CalendarWarning[];
}

export function dueDate(received: Date, limit: TimeLimit, calendar: WorkingCalendar, hours: OfficeHours = defaultOfficeHours): DueDate {
  const countedFrom = workingTimeStart(received, calendar, hours);
  const due = dueFrom(countedFrom, limit, calendar, hours);
  return { due, countedFrom, warnings: calendar.warningsForYears(vietnamLocal(received).year, vietnamLocal(due).year) };
}

/** The appointment instant alone, for callers that report warnings elsewhere. */
export function appointmentDate(received: Date, limit: TimeLimit, calendar: WorkingCalendar, hours: OfficeHours = defaultOfficeHours): Date {
  return dueDate(received, limit, calendar, hours).due;
}

function dueFrom(countedFrom: Date, limit: TimeLimit, calendar: WorkingCalendar, hours: OfficeHours): Date {
  switch (limit.kind) {
    case 'working_days':
      return addWorkingTime(countedFrom, limit.value * hours.workingDayMs, calendar, hours);
    case 'working_hours':
      return addWorkingTime(countedFrom, limit.value * 3_600_000, calendar, hours);
    case 'same_day': {
      const day = vietnamDayNumber(countedFrom);
      const returnDay = vietnamMsOfDay(countedFrom) < hours.sameDayCutoff ? day : nextWorkingDay(day, calendar);
      return vietnamInstantAt(returnDay, closingTime(hours));
    }
  }
}

/**
 * The due date moved by the working time a dossier waited for the citizen (from the
 * supplement request to the day the supplement came in). Waiting outside office hours
 * does not move it.
 */
export function extendDue(
  due: Date,
  pausedFrom: Date,
  resumedAt: Date,
  calendar: WorkingCalendar,
  hours: OfficeHours = defaultOfficeHours,
): Date {
  if (resumedAt.getTime() < pausedFrom.getTime()) {
    throw new AppError('VALIDATION_FAILED', { detail: 'Pause ends before it starts' });
  }
  const waited = workingTimeBetween(pausedFrom, resumedAt, calendar, hours);
  return waited === 0 ? due : addWorkingTime(due, waited, calendar, hours);
}
