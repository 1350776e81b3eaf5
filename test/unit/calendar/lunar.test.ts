import { describe, expect, it } from 'vitest';
import { newMoonEphemerisDay } from '@domain/calendar/astronomy';
import {
  leapMonthOf,
  lunarMonthsOfYear,
  lunarNewYear,
  lunarToSolar,
  solarToLunar,
} from '@domain/calendar/lunar';
import { AppError } from '@domain/errors';

const chinaOffsetHours = 8;

describe('Vietnamese lunar calendar (UTC+7)', () => {
  it('computes the new moon of Meeus example 49.a (1977 Feb, k = -283) to the second', () => {
    expect(newMoonEphemerisDay(-283)).toBeCloseTo(2443192.65118, 5);
  });

  it.each([
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
  ])('puts Tết %i on %s', (year, day) => {
    expect(lunarNewYear(year)).toBe(day);
  });

  it('puts Giỗ Tổ Hùng Vương (lunar 10/3) on 2025-04-07 and 2026-04-26', () => {
    expect(lunarToSolar({ year: 2025, month: 3, day: 10, leap: false })).toBe('2025-04-07');
    expect(lunarToSolar({ year: 2026, month: 3, day: 10, leap: false })).toBe('2026-04-26');
  });

  it.each([
    // A new moon late in the evening in Vietnam is already the next day in China.
    [1985, '1985-01-21', '1985-02-20'],
    [2007, '2007-02-17', '2007-02-18'],
    [1968, '1968-01-29', '1968-01-30'],
    [2030, '2030-02-02', '2030-02-03'],
  ])('keeps Vietnam time where the Chinese calendar differs: Tết %i is %s in Vietnam, %s at UTC+8', (year, vietnam, china) => {
    expect(lunarNewYear(year)).toBe(vietnam);
    expect(lunarNewYear(year, chinaOffsetHours)).toBe(china);
  });

  it('places the leap month where Vietnamese almanacs do', () => {
    expect(leapMonthOf(2020)).toBe(4);
    expect(leapMonthOf(2023)).toBe(2);
    expect(leapMonthOf(2025)).toBe(6);
    expect(leapMonthOf(2028)).toBe(5);
    expect(leapMonthOf(2033)).toBe(11);
    expect(leapMonthOf(2024)).toBeNull();
    // 1985 (Ất Sửu) has a leap 2nd month in Vietnam; China put its leap month in 1984 instead.
    expect(leapMonthOf(1985)).toBe(2);
    expect(leapMonthOf(1984, chinaOffsetHours)).toBe(10);
  });

  it('converts leap-month dates both ways', () => {
    const leapDay = lunarToSolar({ year: 2025, month: 6, day: 1, leap: true });
    expect(leapDay).toBe('2025-07-25');
    expect(solarToLunar(leapDay)).toEqual({ year: 2025, month: 6, day: 1, leap: true });
    expect(lunarToSolar({ year: 2025, month: 6, day: 1, leap: false })).toBe('2025-06-25');
  });

  it('gives the last day of the lunar year before Tết (29 tháng Chạp in 2025 and 2026)', () => {
    expect(solarToLunar('2025-01-28')).toEqual({ year: 2024, month: 12, day: 29, leap: false });
    expect(solarToLunar('2026-02-16')).toEqual({ year: 2025, month: 12, day: 29, leap: false });
  });

  it('builds every year from 1900 to 2199 as 12 or 13 months of 29–30 days, Tết between 21/1 and 20/2', () => {
    for (let year = 1900; year <= 2199; year += 1) {
      const months = lunarMonthsOfYear(year);
      const leaps = months.filter((month) => month.leap).length;
      expect(months.length - leaps).toBe(12);
      expect(leaps).toBeLessThanOrEqual(1);
      for (const month of months) expect([29, 30]).toContain(month.length);
      const tet = lunarNewYear(year).slice(5);
      expect(tet >= '01-21' && tet <= '02-20').toBe(true);
      // Consecutive years join without a gap or overlap.
      const next = lunarMonthsOfYear(year + 1)[0]!;
      const last = months[months.length - 1]!;
      expect(last.firstDay + last.length).toBe(next.firstDay);
    }
  });

  it('round-trips the first of every Gregorian month 1900–2199 through the lunar date', () => {
    for (let year = 1900; year <= 2199; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        const day = `${year}-${String(month).padStart(2, '0')}-01`;
        expect(lunarToSolar(solarToLunar(day))).toBe(day);
      }
    }
  });

  it('refuses a leap month that the year does not have and a day 30 of a short month', () => {
    expect(() => lunarToSolar({ year: 2026, month: 6, day: 1, leap: true })).toThrow(AppError);
    expect(() => lunarToSolar({ year: 2025, month: 12, day: 30, leap: false })).toThrow(AppError);
  });
});
