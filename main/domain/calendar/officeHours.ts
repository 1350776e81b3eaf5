/**
 * A site's office hours: the intervals of a working day during which time limits run,
 * the same-day cut-off, and how many working hours make one working day. Which days
 * are working days is the calendar's business, not this module's.
 */
import { z } from 'zod';
import { AppError } from '../errors';

const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Giờ phải có dạng HH:MM.');

export const officeHoursSettingsSchema = z
  .object({
    /** Opening intervals of a working day, in order, e.g. 07:00–11:30 and 13:30–17:00. */
    intervals: z.array(z.object({ start: clockTimeSchema, end: clockTimeSchema })).min(1).max(6),
    /** Same-day procedures received at or after this time are returned the next working day. */
    sameDayCutoff: clockTimeSchema.default('15:00'),
    /** Working hours in one working day of a time limit (8 in provincial systems). */
    hoursPerWorkingDay: z.number().positive().max(24).default(8),
  })
  .superRefine((settings, ctx) => {
    let previousEnd = -1;
    settings.intervals.forEach((interval, index) => {
      const start = minutesOf(interval.start);
      const end = minutesOf(interval.end);
      if (end <= start || start < previousEnd) {
        ctx.addIssue({ code: 'custom', path: ['intervals', index], message: 'Các khoảng giờ làm việc phải tăng dần và không chồng nhau.' });
      }
      previousEnd = end;
    });
  });

export type OfficeHoursSettings = z.input<typeof officeHoursSettingsSchema>;

/** Office hours ready for computation: milliseconds since midnight, Vietnam time. */
export interface OfficeHours {
  intervals: ReadonlyArray<{ start: number; end: number }>;
  sameDayCutoff: number;
  /** Length of one working day of a time limit, in ms. */
  workingDayMs: number;
}

function minutesOf(clockTime: string): number {
  const [hours, minutes] = clockTime.split(':').map(Number);
  return hours! * 60 + minutes!;
}

/** Validates settings (e.g. from the site's configuration) into office hours. */
export function officeHoursFrom(settings: unknown): OfficeHours {
  const parsed = officeHoursSettingsSchema.safeParse(settings);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', {
      message: 'Giờ làm việc của đơn vị không hợp lệ.',
      detail: 'Office hours settings failed validation',
      issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
    });
  }
  const { intervals, sameDayCutoff, hoursPerWorkingDay } = parsed.data;
  return {
    intervals: intervals.map((interval) => ({ start: minutesOf(interval.start) * 60_000, end: minutesOf(interval.end) * 60_000 })),
    sameDayCutoff: minutesOf(sameDayCutoff) * 60_000,
    workingDayMs: hoursPerWorkingDay * 3_600_000,
  };
}

export const defaultOfficeHoursSettings: OfficeHoursSettings = {
  intervals: [
    { start: '07:00', end: '11:30' },
    { start: '13:30', end: '17:00' },
  ],
  sameDayCutoff: '15:00',
  hoursPerWorkingDay: 8,
};

export const defaultOfficeHours: OfficeHours = officeHoursFrom(defaultOfficeHoursSettings);

/** Closing time of a working day: the end of its last interval. */
export function closingTime(hours: OfficeHours): number {
  return hours.intervals[hours.intervals.length - 1]!.end;
}
