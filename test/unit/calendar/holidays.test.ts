import { describe, expect, it } from 'vitest';
import { defaultHolidayRules, statutoryHolidays } from '@domain/calendar/holidays';
import { calendarFromOverrides } from '@domain/calendar/workingCalendar';

/** The law alone: no published overrides. */
const byLaw = calendarFromOverrides();
const daysOff = (year: number) => byLaw.holidaysOfYear(year).daysOff.map((day) => day.date);
const dayOffIn = (year: number, date: string) => byLaw.holidaysOfYear(year).daysOff.find((day) => day.date === date);

describe('statutory holidays (Labour Code 2019, art. 112)', () => {
  it('a holiday on Saturday gives Monday off', () => {
    // 1/1/2022 was a Saturday.
    expect(byLaw.isWorkingDay('2022-01-01')).toBe(false);
    expect(dayOffIn(2022, '2022-01-03')).toMatchObject({ source: 'compensatory' });
    expect(byLaw.isWorkingDay('2022-01-03')).toBe(false);
    expect(byLaw.isWorkingDay('2022-01-04')).toBe(true);
  });

  it('Giỗ Tổ 2026 falls on Sunday 26/4, so Monday 27/4 is off', () => {
    expect(dayOffIn(2026, '2026-04-26')).toMatchObject({ source: 'law', reason: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' });
    expect(dayOffIn(2026, '2026-04-27')).toMatchObject({ source: 'compensatory' });
    expect(byLaw.isWorkingDay('2026-04-27')).toBe(false);
    expect(byLaw.isWorkingDay('2026-04-28')).toBe(true);
  });

  it('Tết 2026 by default is the last day of Ất Tỵ (29 tháng Chạp) and lunar 1/1–1/4: Monday 16/2 to Friday 20/2', () => {
    const tet = byLaw.holidaysOfYear(2026).daysOff.filter((day) => day.reason.startsWith('Tết Nguyên đán'));
    expect(tet.map((day) => day.date)).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
    expect(tet[0]!.reason).toBe('Tết Nguyên đán (29 tháng Chạp)');
    expect(tet[1]!.reason).toBe('Tết Nguyên đán (mùng 1 tháng Giêng)');
    expect(byLaw.isWorkingDay('2026-02-13')).toBe(true);
    expect(byLaw.isWorkingDay('2026-02-23')).toBe(true);
  });

  it('Tết days on a weekend are compensated after the Tết break (Tết 2027 starts on Saturday)', () => {
    expect(daysOff(2027).filter((date) => date >= '2027-02-01' && date <= '2027-02-28')).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
    ]);
    expect(byLaw.isWorkingDay('2027-02-12')).toBe(true);
  });

  it('30/4 and 1/5 are both off, and on a weekend give the next working days off (2022: Monday and Tuesday)', () => {
    expect(daysOff(2026)).toEqual(expect.arrayContaining(['2026-04-30', '2026-05-01']));
    expect(daysOff(2022).filter((date) => date >= '2022-04-30' && date <= '2022-05-31')).toEqual([
      '2022-04-30',
      '2022-05-01',
      '2022-05-02',
      '2022-05-03',
    ]);
  });

  it.each([
    // Published practice 2021–2025: the weekday neighbour, preferring the one that joins a weekend.
    [2021, '2021-09-03'], // Thursday → Friday 3/9
    [2022, '2022-09-01'], // Friday → Thursday 1/9 (3/9 is a Saturday)
    [2023, '2023-09-01'], // Saturday → Friday 1/9
    [2024, '2024-09-03'], // Monday → Tuesday 3/9 (1/9 is a Sunday)
    [2025, '2025-09-01'], // Tuesday → Monday 1/9
    [2026, '2026-09-01'], // Wednesday: neither joins a weekend → the day before
  ])('2/9/%i comes with the adjacent day %s', (year, adjacent) => {
    const nationalDay = daysOff(year).filter((date) => date.startsWith(`${year}-09-0`));
    expect(nationalDay).toContain(`${year}-09-02`);
    expect(nationalDay).toContain(adjacent);
  });

  it('2/9 on Saturday (2023) gives Friday 1/9 as the adjacent day and Monday 4/9 in compensation', () => {
    expect(daysOff(2023).filter((date) => date.startsWith('2023-09'))).toEqual(['2023-09-01', '2023-09-02', '2023-09-04']);
  });

  it('24/11 Ngày Văn hóa Việt Nam is off from 2026, flagged for checking, and not before', () => {
    expect(dayOffIn(2026, '2026-11-24')).toMatchObject({ source: 'law', check: true });
    expect(dayOffIn(2025, '2025-11-24')).toBeUndefined();
  });

  it('lets a site change the Tết shape, the 2/9 neighbour and the culture day', () => {
    const rules = { ...defaultHolidayRules, tet: { firstOffset: -2, lastOffset: 2 }, nationalDayAdjacent: 'after' as const, cultureDayFrom: null };
    const dates = statutoryHolidays(2026, rules).map((day) => day.date);
    expect(dates).toEqual(expect.arrayContaining(['2026-02-15', '2026-02-19', '2026-09-03']));
    expect(dates).not.toContain('2026-02-20');
    expect(dates).not.toContain('2026-11-24');
  });

  it('lists every day off of a year with a Vietnamese reason and its source, in date order', () => {
    const schedule = byLaw.holidaysOfYear(2026);
    expect(schedule.daysOff.map((day) => day.date)).toEqual([...schedule.daysOff.map((day) => day.date)].sort());
    for (const day of schedule.daysOff) {
      expect(day.reason.length).toBeGreaterThan(0);
      expect(['law', 'compensatory', 'override']).toContain(day.source);
    }
    expect(byLaw.dayOff('2026-01-01')).toMatchObject({ reason: 'Tết Dương lịch', source: 'law' });
    expect(byLaw.dayOff('2026-01-03')).toBeNull(); // an ordinary Saturday
  });

  it('treats ordinary weekends as days off and ordinary weekdays as working days', () => {
    expect(byLaw.isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(byLaw.isWorkingDay('2026-03-08')).toBe(false); // Sunday
    expect(byLaw.isWorkingDay('2026-03-09')).toBe(true); // Monday
  });
});
