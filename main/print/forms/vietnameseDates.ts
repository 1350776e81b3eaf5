/**
 * Dates and times as Vietnamese administrative papers write them, always read
 * in Vietnam time (UTC+7) whatever the machine's zone. The instants are inputs:
 * nothing here reads the clock.
 *
 * Decree 30/2020/NĐ-CP (document format) writes a day below 10 and the months
 * 1 and 2 with a leading zero ("ngày 05 tháng 02 năm 2026", but "tháng 11"),
 * so a number can't be altered by hand into another one.
 */
import { zeroPadded as two } from '@domain/time/dateDigits';
import { vietnamLocal, type LocalDateTime } from '@domain/time/vietnamTime';

/** The numbers of a date as the forms write them: { day: "05", month: "02", year: "2026" }, { …, month: "11" }. */
export function datePartsOf(instant: Date): { day: string; month: string; year: string } {
  return dateParts(vietnamLocal(instant));
}

function dateParts(local: LocalDateTime): { day: string; month: string; year: string } {
  return { day: two(local.day), month: local.month <= 2 ? two(local.month) : String(local.month), year: String(local.year) };
}

function dayMonthYear(local: LocalDateTime): string {
  const { day, month, year } = dateParts(local);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** "ngày 23 tháng 11 năm 2026" */
export function dayMonthYearPhrase(instant: Date): string {
  return dayMonthYear(vietnamLocal(instant));
}

/** The place-and-date line under the national motto: "Ba Đình, ngày 23 tháng 11 năm 2026". */
export function placeAndDateLine(place: string, instant: Date): string {
  return `${place}, ${dayMonthYearPhrase(instant)}`;
}

/** "09 giờ 05 phút, ngày 23 tháng 11 năm 2026": the receipt's received and due times. */
export function hourMinuteDatePhrase(instant: Date): string {
  const local = vietnamLocal(instant);
  return `${two(local.hour)} giờ ${two(local.minute)} phút, ${dayMonthYear(local)}`;
}

/** "23/11/2026" */
export function numericDate(instant: Date): string {
  const local = vietnamLocal(instant);
  return `${two(local.day)}/${two(local.month)}/${local.year}`;
}

/** "09:05" */
export function clockTime(instant: Date): string {
  const local = vietnamLocal(instant);
  return `${two(local.hour)}:${two(local.minute)}`;
}
