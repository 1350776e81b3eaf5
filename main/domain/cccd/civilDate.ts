/**
 * Calendar dates without time or zone: a birthday or an issue day is the same day
 * everywhere, so they are never turned into instants. Pure arithmetic, no Date.
 */
import { zeroPadded } from '../time/dateDigits';

export { isoDateOf } from '../time/dateDigits';

export interface CivilDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

const cardDatePattern = /^(\d{2})(\d{2})(\d{4})$/;
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits the card's ddMMyyyy; undefined when the shape is wrong. The day may still not exist. */
export function splitCardDate(text: string): CivilDate | undefined {
  const m = cardDatePattern.exec(text);
  return m ? { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) } : undefined;
}

/** Splits YYYY-MM-DD; undefined when the shape is wrong. The day may still not exist. */
export function splitIsoDate(text: string): CivilDate | undefined {
  const m = isoDatePattern.exec(text);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether the day exists in the Gregorian calendar (year 0 does not). */
export function isRealDate(date: CivilDate): boolean {
  return (
    date.year >= 1 &&
    date.month >= 1 &&
    date.month <= 12 &&
    date.day >= 1 &&
    date.day <= daysInMonth(date.year, date.month)
  );
}

/** Negative when a is earlier, 0 on the same day, positive when later. */
export function compareCivilDates(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** dd/MM/yyyy, as people in Vietnam write dates. */
export function displayDateOf(date: CivilDate): string {
  return `${zeroPadded(date.day)}/${zeroPadded(date.month)}/${zeroPadded(date.year, 4)}`;
}
