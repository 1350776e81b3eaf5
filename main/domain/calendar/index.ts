/**
 * The working-day calendar: Vietnamese lunar dates, statutory holidays, published
 * per-year overrides, office hours and the due dates computed from them.
 */
export { lunarMonthsOfYear, lunarNewYear, lunarToSolar, leapMonthOf, solarToLunar, supportedLunarYears } from './lunar';
export type { LunarDate, LunarMonth } from './lunar';
export { compensatoryDays, defaultHolidayRules, statutoryHolidays } from './holidays';
export type { DayOff, DayOffSource, FixedHolidays, HolidayRules } from './holidays';
export {
  calendarOverridesSchema,
  noCalendarOverrides,
  overrideDaySchema,
  parseCalendarOverrides,
  yearOverridesSchema,
} from './overrides';
export type { CalendarOverrides, OverrideDay, YearOverrides } from './overrides';
export { calendarFromOverrides } from './workingCalendar';
export type { CalendarWarning, WorkingCalendar, WorkingDayOverride, YearSchedule } from './workingCalendar';
export { closingTime, defaultOfficeHours, defaultOfficeHoursSettings, officeHoursFrom, officeHoursSettingsSchema } from './officeHours';
export type { OfficeHours, OfficeHoursSettings } from './officeHours';
export { addWorkingTime, nextWorkingDay, workingTimeBetween, workingTimeStart } from './workingTime';
export { appointmentDate, dueDate, extendDue } from './dueDate';
export type { DueDate } from './dueDate';
