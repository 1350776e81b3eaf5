/**
 * The Vietnamese lunar calendar (âm lịch), computed astronomically at UTC+7.
 *
 * Rules of the Vietnamese (and Chinese) lunisolar calendar, applied in Vietnam time:
 * - a month starts on the civil day of a new moon;
 * - month 11 is the month whose days include the December solstice;
 * - when 13 months start between two month-11s, the first of them (after month 11)
 *   whose days contain no principal solar term (Sun's longitude a multiple of 30°)
 *   is a leap month and repeats the number of the month before it.
 * The Chinese calendar applies the same rules at UTC+8; the hour of difference moves a
 * new moon or a solar term across midnight in some years (Tết 1985, 2007, …), which is
 * why this module takes the offset as a parameter and defaults to Vietnam's.
 *
 * Vietnam has used UTC+7 for its calendar since 1968; for earlier years this gives the
 * computed UTC+7 calendar, not necessarily the almanacs printed then.
 */
import { AppError } from '../errors';
import { vietnamOffsetMinutes } from '../time/vietnamTime';
import { newMoonIndexAtOrBefore, newMoonJulianDay, sunApparentLongitude, unixEpochJulianDay } from './astronomy';
import { dayNumberFromParts, dayNumberOf, isoDayOf, type DayNumber } from './civilDay';

export interface LunarDate {
  /** The lunar year, named after the Gregorian year in which its month 1 begins. */
  year: number;
  /** 1–12 */
  month: number;
  /** 1–30 */
  day: number;
  leap: boolean;
}

export interface LunarMonth {
  year: number;
  month: number;
  leap: boolean;
  /** The civil day its day 1 falls on. */
  firstDay: DayNumber;
  /** 29 or 30 */
  length: number;
}

/** The years this module answers for; tested 1900–2199, ΔT extrapolation limits the rest. */
export const supportedLunarYears = { first: 1800, last: 2299 } as const;

const vietnamOffsetHours = vietnamOffsetMinutes / 60;

function localDayOf(julianDayUt: number, offsetHours: number): DayNumber {
  return Math.floor(julianDayUt - unixEpochJulianDay + offsetHours / 24);
}

function localMidnightJulianDay(dayNumber: DayNumber, offsetHours: number): number {
  return dayNumber + unixEpochJulianDay - offsetHours / 24;
}

function monthStartDay(k: number, offsetHours: number): DayNumber {
  return localDayOf(newMoonJulianDay(k), offsetHours);
}

/** Which 30° sector of the ecliptic the Sun is in at local midnight starting a day. */
function solarSectorAtDayStart(dayNumber: DayNumber, offsetHours: number): number {
  return Math.floor(sunApparentLongitude(localMidnightJulianDay(dayNumber, offsetHours)) / 30);
}

/** A month contains a principal term when the Sun changes sector between its first day and the next month's. */
function hasPrincipalTerm(k: number, offsetHours: number): boolean {
  return (
    solarSectorAtDayStart(monthStartDay(k, offsetHours), offsetHours) !==
    solarSectorAtDayStart(monthStartDay(k + 1, offsetHours), offsetHours)
  );
}

/** The instant (Julian Day, UT) the Sun's apparent longitude reaches 270° in December of a year. */
function decemberSolstice(gregorianYear: number): number {
  let julianDay = localMidnightJulianDay(dayNumberFromParts(gregorianYear, 12, 21), 0);
  // Newton steps: the Sun moves about 1° per 365.25/360 days.
  for (let step = 0; step < 6; step += 1) {
    const lag = ((270 - sunApparentLongitude(julianDay) + 540) % 360) - 180;
    julianDay += lag * (365.2422 / 360);
    if (Math.abs(lag) < 1e-7) break;
  }
  return julianDay;
}

/** The lunation index of month 11, the month whose days include the December solstice of a year. */
function month11Index(gregorianYear: number, offsetHours: number): number {
  const solstice = decemberSolstice(gregorianYear);
  const solsticeDay = localDayOf(solstice, offsetHours);
  let k = newMoonIndexAtOrBefore(solstice);
  // A new moon later on the solstice's own civil day starts the month that holds that day.
  if (monthStartDay(k + 1, offsetHours) <= solsticeDay) k += 1;
  return k;
}

/**
 * The months from month 11 of one Gregorian year (inclusive) to month 11 of the next
 * (exclusive): 12 months, or 13 with one of them leap.
 */
function monthsBetweenSolstices(endYear: number, offsetHours: number): Array<Omit<LunarMonth, 'year'>> {
  const first = month11Index(endYear - 1, offsetHours);
  const end = month11Index(endYear, offsetHours);
  const hasLeap = end - first === 13;
  const months: Array<Omit<LunarMonth, 'year'>> = [];
  let number = 11;
  let leapPlaced = false;
  for (let k = first; k < end; k += 1) {
    const firstDay = monthStartDay(k, offsetHours);
    const length = monthStartDay(k + 1, offsetHours) - firstDay;
    const leap = hasLeap && !leapPlaced && k > first && !hasPrincipalTerm(k, offsetHours);
    if (leap) leapPlaced = true;
    else if (k > first) number = (number % 12) + 1;
    months.push({ month: number, leap, firstDay, length });
  }
  if (hasLeap && !leapPlaced) {
    throw new AppError('INTERNAL', { detail: `No month without a principal term between the solstices of ${endYear - 1} and ${endYear}` });
  }
  return months;
}

const cache = new Map<string, LunarMonth[]>();

/** The months of a lunar year in order, month 1 to month 12 with its leap month if any. */
export function lunarMonthsOfYear(year: number, offsetHours: number = vietnamOffsetHours): LunarMonth[] {
  if (!Number.isInteger(year) || year < supportedLunarYears.first || year > supportedLunarYears.last) {
    throw new AppError('VALIDATION_FAILED', {
      detail: `Lunar year out of the supported range ${supportedLunarYears.first}-${supportedLunarYears.last}: ${year}`,
    });
  }
  const key = `${year}@${offsetHours}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const thisSpan = monthsBetweenSolstices(year, offsetHours);
  const nextSpan = monthsBetweenSolstices(year + 1, offsetHours);
  // Months 11–12 at the head of a span belong to the previous lunar year.
  const startOfYear = (span: typeof thisSpan) => span.findIndex((m) => m.month === 1 && !m.leap);
  const months = [...thisSpan.slice(startOfYear(thisSpan)), ...nextSpan.slice(0, startOfYear(nextSpan))].map((m) => ({
    year,
    ...m,
  }));
  cache.set(key, months);
  return months;
}

/** The civil day ("YYYY-MM-DD") of a lunar date. */
export function lunarToSolar(date: LunarDate, offsetHours: number = vietnamOffsetHours): string {
  const month = lunarMonthsOfYear(date.year, offsetHours).find((m) => m.month === date.month && m.leap === date.leap);
  if (!month) {
    throw new AppError('VALIDATION_FAILED', {
      detail: `Lunar year ${date.year} has no ${date.leap ? 'leap ' : ''}month ${date.month}`,
    });
  }
  if (!Number.isInteger(date.day) || date.day < 1 || date.day > month.length) {
    throw new AppError('VALIDATION_FAILED', {
      detail: `Lunar month ${date.month}${date.leap ? ' (leap)' : ''} of ${date.year} has ${month.length} days, not day ${date.day}`,
    });
  }
  return isoDayOf(month.firstDay + date.day - 1);
}

/** The lunar date of a civil day ("YYYY-MM-DD"). */
export function solarToLunar(isoDay: string, offsetHours: number = vietnamOffsetHours): LunarDate {
  const dayNumber = dayNumberOf(isoDay);
  const gregorianYear = Number(isoDay.slice(0, 4));
  // A civil day belongs to the lunar year named after its Gregorian year or the one before.
  for (const year of [gregorianYear, gregorianYear - 1]) {
    for (const month of lunarMonthsOfYear(year, offsetHours)) {
      if (dayNumber >= month.firstDay && dayNumber < month.firstDay + month.length) {
        return { year, month: month.month, day: dayNumber - month.firstDay + 1, leap: month.leap };
      }
    }
  }
  throw new AppError('INTERNAL', { detail: `No lunar month holds ${isoDay}` });
}

/** Tết Nguyên đán: the civil day of lunar 1/1 of a year. */
export function lunarNewYear(year: number, offsetHours: number = vietnamOffsetHours): string {
  return lunarToSolar({ year, month: 1, day: 1, leap: false }, offsetHours);
}

/** The leap month of a lunar year, or null when it has twelve months. */
export function leapMonthOf(year: number, offsetHours: number = vietnamOffsetHours): number | null {
  return lunarMonthsOfYear(year, offsetHours).find((m) => m.leap)?.month ?? null;
}
