import { describe, expect, it } from 'vitest';
import { compareCivilDates, daysInMonth, isLeapYear, isRealDate } from '@domain/cccd/civilDate';

describe('calendar dates on cards', () => {
  it('knows the leap years of the Gregorian calendar', () => {
    expect([1900, 1990, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, false, true, false, true, false]);
  });

  it('agrees with the JavaScript calendar on which days exist, 1896–2104', () => {
    for (let year = 1896; year <= 2104; year++) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const date = new Date(Date.UTC(year, month - 1, day));
          const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
          if (isRealDate({ year, month, day }) !== exists) expect.fail(`${year}-${month}-${day}`);
        }
      }
    }
    expect(daysInMonth(2024, 2)).toBe(29);
  });

  it('has no year 0', () => {
    expect(isRealDate({ year: 0, month: 1, day: 1 })).toBe(false);
  });

  it('orders dates', () => {
    expect(compareCivilDates({ year: 2021, month: 4, day: 15 }, { year: 2021, month: 4, day: 16 })).toBeLessThan(0);
    expect(compareCivilDates({ year: 2021, month: 5, day: 1 }, { year: 2021, month: 4, day: 30 })).toBeGreaterThan(0);
    expect(compareCivilDates({ year: 2021, month: 5, day: 1 }, { year: 2021, month: 5, day: 1 })).toBe(0);
  });
});
