/**
 * The working-day calendar: statutory holidays and compensatory days computed from the
 * law, corrected by the published per-year overrides. It answers "is this a working
 * day", "which days are off this year and why", and warns when a year's answers rest on
 * the computed default rather than a published schedule.
 */
import { dayNumberOf, isoDayOf, partsOfDay, vietnamDayNumber, type DayNumber } from './civilDay';
import {
  compensatoryDays,
  defaultHolidayRules,
  isWeeklyRestDay,
  statutoryHolidays,
  type DayOff,
  type FixedHolidays,
  type HolidayRules,
} from './holidays';
import { noCalendarOverrides, parseCalendarOverrides, type CalendarOverrides, type OverrideDay } from './overrides';

export interface CalendarWarning {
  code: 'SCHEDULE_NOT_PUBLISHED' | 'SCHEDULE_UNVERIFIED';
  year: number;
  /** Vietnamese, for the counter and admin screens. */
  message: string;
  /** English, for logs. */
  detail: string;
}

export interface WorkingDayOverride {
  date: string;
  reason: string;
  check: boolean;
}

export interface YearSchedule {
  year: number;
  /** The official schedule of this year is in the overrides. */
  published: boolean;
  /** Holidays, compensatory and extra days off (ordinary weekends are not listed), in date order. */
  daysOff: DayOff[];
  /** Weekend days that are worked, in date order. */
  workingDays: WorkingDayOverride[];
  warnings: CalendarWarning[];
}

export interface WorkingCalendar {
  holidaysOfYear(year: number): YearSchedule;
  /** A civil day "YYYY-MM-DD", or an instant taken on its Vietnam day. */
  isWorkingDay(day: string | Date): boolean;
  isWorkingDayNumber(day: DayNumber): boolean;
  /** Why a day is off, or null when it is a working day or an ordinary weekend. */
  dayOff(day: string | Date): DayOff | null;
  /** Warnings for every Gregorian year from `fromYear` to `toYear`. */
  warningsForYears(fromYear: number, toYear: number): CalendarWarning[];
}

function scheduleWarnings(year: number, published: boolean, entries: Array<{ check: boolean }>, yearCheck: boolean): CalendarWarning[] {
  if (!published) {
    return [
      {
        code: 'SCHEDULE_NOT_PUBLISHED',
        year,
        message: `Chưa có lịch nghỉ lễ chính thức năm ${year}; ngày nghỉ đang được tính theo mặc định của Bộ luật Lao động, cần kiểm tra lại khi có thông báo.`,
        detail: `No published holiday schedule for ${year}; computed default in use`,
      },
    ];
  }
  const unchecked = entries.filter((entry) => entry.check).length;
  if (unchecked === 0 && !yearCheck) return [];
  return [
    {
      code: 'SCHEDULE_UNVERIFIED',
      year,
      message: `Lịch nghỉ lễ năm ${year} có ${unchecked > 0 ? `${unchecked} mục` : 'nội dung'} chưa được đối chiếu với văn bản chính thức.`,
      detail: `Holiday schedule for ${year} has ${unchecked} entries awaiting confirmation`,
    },
  ];
}

function buildYear(year: number, overrides: CalendarOverrides, rules: HolidayRules): YearSchedule {
  const entry = overrides.years[String(year)];
  const fixed: FixedHolidays = {};
  if (entry?.tet) fixed.tet = entry.tet;
  if (entry?.nationalDayAdjacent) fixed.nationalDayAdjacent = entry.nationalDayAdjacent;

  const statutory = statutoryHolidays(year, rules, fixed);
  const byDate = new Map<string, DayOff>();
  for (const day of [...statutory, ...compensatoryDays(statutory, rules)]) byDate.set(day.date, day);
  const asDayOff = (day: OverrideDay): DayOff => ({ date: day.date, reason: day.reason, source: 'override', check: day.check });
  // A published entry wins over the computed day on the same date.
  for (const day of entry?.daysOff ?? []) byDate.set(day.date, asDayOff(day));
  const workingDays = [...(entry?.workingDays ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  for (const day of workingDays) byDate.delete(day.date);

  const daysOff = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
  const published = entry?.published ?? false;
  return {
    year,
    published,
    daysOff,
    workingDays,
    warnings: scheduleWarnings(year, published, [...daysOff, ...workingDays], entry?.check ?? false),
  };
}

/**
 * The calendar for validated or raw overrides (the parsed JSON of the shipped file or
 * of a sync payload; validated here). Years are computed on first use and kept.
 */
export function calendarFromOverrides(data: unknown = noCalendarOverrides, rules: HolidayRules = defaultHolidayRules): WorkingCalendar {
  const overrides = parseCalendarOverrides(data);
  const years = new Map<number, { schedule: YearSchedule; off: Map<string, DayOff>; worked: Set<string> }>();

  const yearOf = (year: number) => {
    let cached = years.get(year);
    if (!cached) {
      const schedule = buildYear(year, overrides, rules);
      cached = {
        schedule,
        off: new Map(schedule.daysOff.map((day) => [day.date, day])),
        worked: new Set(schedule.workingDays.map((day) => day.date)),
      };
      years.set(year, cached);
    }
    return cached;
  };
  const toDayNumber = (day: string | Date) => (typeof day === 'string' ? dayNumberOf(day) : vietnamDayNumber(day));

  const isWorkingDayNumber = (dayNumber: DayNumber) => {
    const iso = isoDayOf(dayNumber);
    const year = yearOf(partsOfDay(dayNumber).year);
    if (year.worked.has(iso)) return true;
    if (year.off.has(iso)) return false;
    return !isWeeklyRestDay(dayNumber, rules);
  };

  return {
    holidaysOfYear: (year) => yearOf(year).schedule,
    isWorkingDay: (day) => isWorkingDayNumber(toDayNumber(day)),
    isWorkingDayNumber,
    dayOff: (day) => {
      const dayNumber = toDayNumber(day);
      return yearOf(partsOfDay(dayNumber).year).off.get(isoDayOf(dayNumber)) ?? null;
    },
    warningsForYears: (fromYear, toYear) => {
      const warnings: CalendarWarning[] = [];
      for (let year = fromYear; year <= toYear; year += 1) warnings.push(...yearOf(year).schedule.warnings);
      return warnings;
    },
  };
}
