/**
 * Public holidays by law (Labour Code 2019, art. 112) and the compensatory days the
 * law gives when one falls on a weekly rest day. What the government decides each
 * year on top of this (which days Tết covers, the day next to 2/9, swapped Saturdays)
 * comes from overrides; this module only computes the default.
 */
import { dayNumberFromParts, dayNumberOf, isoDayOf, partsOfDay, weekdayOf, type DayNumber } from './civilDay';
import { lunarToSolar, solarToLunar } from './lunar';

/** Where a day off comes from: the law's fixed dates, a compensatory day, or published overrides. */
export type DayOffSource = 'law' | 'compensatory' | 'override';

export interface DayOff {
  /** YYYY-MM-DD, Vietnam civil day. */
  date: string;
  /** Vietnamese, for people. */
  reason: string;
  source: DayOffSource;
  /** True when the rule or entry still awaits confirmation against an official text. */
  check: boolean;
}

export interface HolidayRules {
  /**
   * The Tết days as offsets from lunar 1/1: -1 is the last day of the old lunar year
   * (29 or 30 tháng Chạp). The government fixes the real five days every year; the
   * default, the last day of the year and lunar 1/1–1/4, is what a year without a
   * published schedule falls back to.
   */
  tet: { firstOffset: number; lastOffset: number };
  /**
   * Which day next to 2/9 is off ("02/9 và 01 ngày liền kề trước hoặc sau"). 'auto'
   * follows published practice 2021–2025: take the neighbour that is a weekday, and of
   * two weekdays the one that joins a weekend (Tue → Mon 1/9, Thu → Fri 3/9, Mon →
   * Tue 3/9, Fri/Sat → 1/9); when neither joins a weekend (Wednesday), the day before.
   */
  nationalDayAdjacent: 'auto' | 'before' | 'after';
  /** First year in which 24/11 (Ngày Văn hóa Việt Nam) is a day off; null leaves it out. */
  cultureDayFrom: number | null;
  /** Weekly rest days, 0 = Sunday … 6 = Saturday. */
  weeklyRestDays: number[];
}

export const defaultHolidayRules: HolidayRules = {
  tet: { firstOffset: -1, lastOffset: 3 },
  nationalDayAdjacent: 'auto',
  cultureDayFrom: 2026,
  weeklyRestDays: [0, 6],
};

/** Days the government fixed for a year, replacing the computed default. */
export interface FixedHolidays {
  tet?: { days: string[]; check: boolean };
  nationalDayAdjacent?: { date: string; check: boolean };
}

const lunarMonthNames: Record<number, string> = { 1: 'tháng Giêng', 12: 'tháng Chạp' };

function lunarDayLabel(isoDay: string): string {
  const lunar = solarToLunar(isoDay);
  const day = lunar.day <= 10 ? `mùng ${lunar.day}` : String(lunar.day);
  const month = lunarMonthNames[lunar.month] ?? `tháng ${lunar.month}`;
  return `${day} ${month}${lunar.leap ? ' nhuận' : ''}`;
}

function tetDaysByDefault(year: number, rules: HolidayRules): string[] {
  const newYear = dayNumberOf(lunarToSolar({ year, month: 1, day: 1, leap: false }));
  const days: string[] = [];
  for (let offset = rules.tet.firstOffset; offset <= rules.tet.lastOffset; offset += 1) days.push(isoDayOf(newYear + offset));
  return days;
}

function isRestDay(dayNumber: DayNumber, rules: HolidayRules): boolean {
  return rules.weeklyRestDays.includes(weekdayOf(dayNumber));
}

function nationalDayNeighbourByDefault(year: number, rules: HolidayRules): DayNumber {
  const nationalDay = dayNumberFromParts(year, 9, 2);
  const before = nationalDay - 1;
  const after = nationalDay + 1;
  if (rules.nationalDayAdjacent === 'before') return before;
  if (rules.nationalDayAdjacent === 'after') return after;
  const weekdays = [before, after].filter((day) => !isRestDay(day, rules));
  if (weekdays.length === 1) return weekdays[0]!;
  const joinsWeekend = (day: DayNumber) => isRestDay(day === before ? day - 1 : day + 1, rules);
  if (!joinsWeekend(before) && joinsWeekend(after)) return after;
  return before;
}

/** The statutory holidays falling in a Gregorian year, in date order. */
export function statutoryHolidays(year: number, rules: HolidayRules = defaultHolidayRules, fixed: FixedHolidays = {}): DayOff[] {
  const law = (date: string, reason: string, check = false): DayOff => ({ date, reason, source: 'law', check });
  const solar = (month: number, day: number) => isoDayOf(dayNumberFromParts(year, month, day));
  const days: DayOff[] = [law(solar(1, 1), 'Tết Dương lịch')];

  const tetDays = fixed.tet?.days ?? tetDaysByDefault(year, rules);
  for (const date of tetDays) {
    days.push({
      date,
      reason: `Tết Nguyên đán (${lunarDayLabel(date)})`,
      source: fixed.tet ? 'override' : 'law',
      check: fixed.tet?.check ?? false,
    });
  }

  days.push(law(lunarToSolar({ year, month: 3, day: 10, leap: false }), 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'));
  days.push(law(solar(4, 30), 'Ngày Chiến thắng (30/4)'));
  days.push(law(solar(5, 1), 'Ngày Quốc tế Lao động (1/5)'));
  days.push(law(solar(9, 2), 'Quốc khánh (2/9)'));
  const neighbour = fixed.nationalDayAdjacent;
  days.push({
    date: neighbour?.date ?? isoDayOf(nationalDayNeighbourByDefault(year, rules)),
    reason: 'Quốc khánh (ngày liền kề 2/9)',
    source: neighbour ? 'override' : 'law',
    check: neighbour?.check ?? false,
  });
  if (rules.cultureDayFrom !== null && year >= rules.cultureDayFrom) {
    // Added from 2026; kept flagged until the implementing text is confirmed.
    days.push(law(solar(11, 24), 'Ngày Văn hóa Việt Nam (24/11)', true));
  }
  return days.filter((day) => day.date.startsWith(`${year}-`)).sort((a, b) => a.date.localeCompare(b.date));
}

const weekdayNames = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/**
 * A holiday on a weekly rest day gives a day off on the next working day: the first
 * following day that is neither a rest day, a holiday, nor already given in compensation.
 */
export function compensatoryDays(holidays: DayOff[], rules: HolidayRules = defaultHolidayRules): DayOff[] {
  const taken = new Set(holidays.map((day) => dayNumberOf(day.date)));
  const result: DayOff[] = [];
  for (const holiday of [...holidays].sort((a, b) => a.date.localeCompare(b.date))) {
    const date = dayNumberOf(holiday.date);
    if (!isRestDay(date, rules)) continue;
    let replacement = date + 1;
    while (isRestDay(replacement, rules) || taken.has(replacement)) replacement += 1;
    taken.add(replacement);
    const { day, month } = partsOfDay(date);
    const weekday = weekdayNames[weekdayOf(date)];
    result.push({
      date: isoDayOf(replacement),
      reason: `Nghỉ bù ${holiday.reason}: ngày ${day}/${month} trùng ${weekday}`,
      source: 'compensatory',
      check: holiday.check,
    });
  }
  return result;
}

export function isWeeklyRestDay(dayNumber: DayNumber, rules: HolidayRules = defaultHolidayRules): boolean {
  return isRestDay(dayNumber, rules);
}
