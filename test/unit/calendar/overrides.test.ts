import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCalendarOverrides } from '@domain/calendar/overrides';
import { calendarFromOverrides } from '@domain/calendar/workingCalendar';
import { AppError } from '@domain/errors';

const shippedFile = fileURLToPath(new URL('../../../resources/calendar/overrides.json', import.meta.url));
const shipped = JSON.parse(readFileSync(shippedFile, 'utf8')) as unknown;

/** Overrides for one year on top of an otherwise empty file. */
const withYear = (year: number, entry: Record<string, unknown>) => ({ format: 1, years: { [String(year)]: entry } });

describe('per-year overrides', () => {
  it('the shipped overrides file is valid', () => {
    const overrides = parseCalendarOverrides(shipped);
    expect(Object.keys(overrides.years)).toEqual(expect.arrayContaining(['2025', '2026']));
  });

  it('an extra day off is off, with its published reason', () => {
    const calendar = calendarFromOverrides(
      withYear(2027, { published: true, daysOff: [{ date: '2027-04-29', reason: 'Nghỉ hoán đổi dịp 30/4' }] }),
    );
    expect(calendar.isWorkingDay('2027-04-29')).toBe(false);
    expect(calendar.dayOff('2027-04-29')).toEqual({ date: '2027-04-29', reason: 'Nghỉ hoán đổi dịp 30/4', source: 'override', check: false });
  });

  it('a Saturday swapped into a working day is a working day', () => {
    const calendar = calendarFromOverrides(
      withYear(2027, { published: true, workingDays: [{ date: '2027-04-24', reason: 'Làm bù cho ngày 29/4' }] }),
    );
    expect(calendar.isWorkingDay('2027-04-24')).toBe(true);
    expect(calendar.holidaysOfYear(2027).workingDays).toEqual([{ date: '2027-04-24', reason: 'Làm bù cho ngày 29/4', check: false }]);
  });

  it('the Tết days fixed by the government replace the default, and so do their compensatory days', () => {
    // By law alone Tết 2025 would be Tue 28/1–Sat 1/2 with Monday 3/2 in compensation;
    // the published break put the five days on Monday 27/1–Friday 31/1.
    const calendar = calendarFromOverrides(shipped);
    expect(calendar.isWorkingDay('2025-01-27')).toBe(false);
    expect(calendar.isWorkingDay('2025-02-03')).toBe(true);
    expect(calendarFromOverrides().isWorkingDay('2025-02-03')).toBe(false);
  });

  it('2025 as shipped: 30/4–4/5 off with Saturday 26/4 worked, Monday 1/9 next to 2/9', () => {
    const calendar = calendarFromOverrides(shipped);
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    for (const day of ['2025-04-30', '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04']) expect(calendar.isWorkingDay(day)).toBe(false);
    expect(calendar.isWorkingDay('2025-09-01')).toBe(false);
  });

  it('2026 as shipped: Monday 27/4 off after Giỗ Tổ on Sunday', () => {
    const calendar = calendarFromOverrides(shipped);
    expect(calendar.dayOff('2026-04-27')).toMatchObject({ source: 'override', check: false });
  });

  it('a year without a published schedule uses the computed default and warns', () => {
    const calendar = calendarFromOverrides(shipped);
    const schedule = calendar.holidaysOfYear(2027);
    expect(schedule.published).toBe(false);
    expect(schedule.daysOff.length).toBeGreaterThan(0);
    expect(schedule.warnings).toEqual([expect.objectContaining({ code: 'SCHEDULE_NOT_PUBLISHED', year: 2027 })]);
    expect(schedule.warnings[0]!.message).toContain('Chưa có lịch nghỉ lễ chính thức năm 2027');
  });

  it('a published year with entries still to be checked warns that it is unverified', () => {
    const calendar = calendarFromOverrides(shipped);
    expect(calendar.holidaysOfYear(2025).warnings).toEqual([expect.objectContaining({ code: 'SCHEDULE_UNVERIFIED', year: 2025 })]);
  });

  it('a published year with every entry checked has no warning', () => {
    const calendar = calendarFromOverrides(
      withYear(2024, { published: true, daysOff: [{ date: '2024-04-29', reason: 'Nghỉ hoán đổi dịp 30/4' }] }),
    );
    expect(calendar.holidaysOfYear(2024).warnings).toEqual([]);
    expect(calendar.warningsForYears(2024, 2025)).toEqual([expect.objectContaining({ code: 'SCHEDULE_NOT_PUBLISHED', year: 2025 })]);
  });

  it('refuses dates outside their year, impossible dates, a day both off and worked, and a wrong 2/9 neighbour', () => {
    const refused = (data: unknown) => {
      try {
        parseCalendarOverrides(data);
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        return (error as AppError).issues?.map((issue) => issue.path) ?? [];
      }
      throw new Error('accepted');
    };
    expect(refused(withYear(2027, { published: true, daysOff: [{ date: '2028-01-02', reason: 'x' }] }))).toEqual(['years.2027.daysOff.0.date']);
    expect(refused(withYear(2027, { published: true, daysOff: [{ date: '2027-02-30', reason: 'x' }] }))).toEqual(['years.2027.daysOff.0.date']);
    expect(
      refused(
        withYear(2027, {
          published: true,
          daysOff: [{ date: '2027-04-24', reason: 'x' }],
          workingDays: [{ date: '2027-04-24', reason: 'y' }],
        }),
      ),
    ).toEqual(['years.2027.workingDays.0.date']);
    expect(refused(withYear(2027, { published: true, nationalDayAdjacent: { date: '2027-09-05' } }))).toEqual([
      'years.2027.nationalDayAdjacent.date',
    ]);
    expect(refused({ format: 2, years: {} })).toEqual(['format']);
    expect(() => calendarFromOverrides({ years: 'none' })).toThrow(AppError);
  });
});
