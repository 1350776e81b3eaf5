/**
 * The per-year holiday schedule the government publishes, as data: the shape of
 * resources/calendar/overrides.json and of what sync delivers later. Only what differs
 * from, or fixes, the law's default goes here; see resources/calendar/README.md.
 * Reading the file is the caller's job; this module validates the parsed JSON.
 */
import { z } from 'zod';
import { AppError } from '../errors';
import { isIsoDay } from './civilDay';

const isoDaySchema = z.string().refine(isIsoDay, { message: 'Ngày phải có dạng YYYY-MM-DD và có thật.' });
const reasonSchema = z.string().trim().min(1).max(300);
/** True while an entry has not been checked against the official text. */
const checkSchema = z.boolean().default(false);

export const overrideDaySchema = z.object({ date: isoDaySchema, reason: reasonSchema, check: checkSchema });

// Unknown keys are dropped rather than refused, so an older station still accepts a
// file written for a newer one.
export const yearOverridesSchema = z.object({
  /** The official schedule for this year has been published (and entered here). */
  published: z.boolean(),
  check: checkSchema,
  /** The document the entries come from, e.g. a Ministry of Home Affairs notice. */
  source: z.string().trim().max(500).optional(),
  /** The five Tết days the government fixed, replacing the computed default. */
  tet: z.object({ days: z.array(isoDaySchema).min(1).max(15), check: checkSchema }).optional(),
  /** The day next to 2/9 the government fixed (1/9 or 3/9). */
  nationalDayAdjacent: z.object({ date: isoDaySchema, check: checkSchema }).optional(),
  /** Extra days off on working days (usually swapped against a working Saturday). */
  daysOff: z.array(overrideDaySchema).default([]),
  /** Days worked although they would be off (a Saturday swapped into a working day). */
  workingDays: z.array(overrideDaySchema).default([]),
});

export const calendarOverridesSchema = z
  .object({
    format: z.literal(1),
    /** Day the data was last revised; sync keeps the newer of shipped and delivered data. */
    updatedAt: isoDaySchema.optional(),
    years: z.record(z.string().regex(/^\d{4}$/), yearOverridesSchema),
  })
  .superRefine((data, ctx) => {
    for (const [year, entry] of Object.entries(data.years)) {
      const dated: Array<{ date: string; path: Array<string | number> }> = [
        ...(entry.tet?.days ?? []).map((date, index) => ({ date, path: ['years', year, 'tet', 'days', index] })),
        ...entry.daysOff.map((day, index) => ({ date: day.date, path: ['years', year, 'daysOff', index, 'date'] })),
        ...entry.workingDays.map((day, index) => ({ date: day.date, path: ['years', year, 'workingDays', index, 'date'] })),
      ];
      if (entry.nationalDayAdjacent) dated.push({ date: entry.nationalDayAdjacent.date, path: ['years', year, 'nationalDayAdjacent', 'date'] });
      for (const { date, path } of dated) {
        if (!date.startsWith(`${year}-`)) ctx.addIssue({ code: 'custom', path, message: `Ngày ${date} không thuộc năm ${year}.` });
      }
      const adjacent = entry.nationalDayAdjacent?.date;
      if (adjacent && adjacent !== `${year}-09-01` && adjacent !== `${year}-09-03`) {
        ctx.addIssue({ code: 'custom', path: ['years', year, 'nationalDayAdjacent', 'date'], message: 'Ngày liền kề Quốc khánh phải là 1/9 hoặc 3/9.' });
      }
      const offDates = new Set(entry.daysOff.map((day) => day.date));
      entry.workingDays.forEach((day, index) => {
        if (offDates.has(day.date)) {
          ctx.addIssue({ code: 'custom', path: ['years', year, 'workingDays', index, 'date'], message: `Ngày ${day.date} vừa là ngày nghỉ vừa là ngày làm việc.` });
        }
      });
    }
  });

export type CalendarOverrides = z.infer<typeof calendarOverridesSchema>;
export type YearOverrides = z.infer<typeof yearOverridesSchema>;
export type OverrideDay = z.infer<typeof overrideDaySchema>;

/** Overrides with no year: every year falls back to the computed default. */
export const noCalendarOverrides: CalendarOverrides = { format: 1, years: {} };

/** Validates parsed JSON (shipped file or sync payload) into overrides. */
export function parseCalendarOverrides(data: unknown): CalendarOverrides {
  const parsed = calendarOverridesSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  throw new AppError('VALIDATION_FAILED', {
    message: 'Dữ liệu lịch nghỉ lễ không hợp lệ.',
    detail: 'Calendar overrides failed validation',
    issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  });
}
