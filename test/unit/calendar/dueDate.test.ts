import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appointmentDate, dueDate, extendDue } from '@domain/calendar/dueDate';
import { defaultOfficeHours, officeHoursFrom } from '@domain/calendar/officeHours';
import { calendarFromOverrides } from '@domain/calendar/workingCalendar';
import { workingTimeBetween } from '@domain/calendar/workingTime';
import { formatVietnamIso, vietnamInstant, vietnamLocal } from '@domain/time/vietnamTime';
import { AppError } from '@domain/errors';
import type { TimeLimit } from '@contract/schemas';

const shippedFile = fileURLToPath(new URL('../../../resources/calendar/overrides.json', import.meta.url));
const shipped = calendarFromOverrides(JSON.parse(readFileSync(shippedFile, 'utf8')));
const byLaw = calendarFromOverrides();

const days = (value: number): TimeLimit => ({ kind: 'working_days', value });
const hours = (value: number): TimeLimit => ({ kind: 'working_hours', value });
const sameDay: TimeLimit = { kind: 'same_day' };

/** Vietnam wall-clock text of the appointment, e.g. "2026-03-11T09:00:00+07:00". */
const due = (received: Date, limit: TimeLimit, calendar = shipped) => formatVietnamIso(appointmentDate(received, limit, calendar));
/** A Vietnam wall-clock instant; 2026-03-10 is a Tuesday. */
const at = (isoLocal: string) => {
  const [date, time = '00:00'] = isoLocal.split(' ');
  const [y, m, d] = date!.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return vietnamInstant(y!, m!, d!, hh!, mm!);
};

describe('due dates in working time', () => {
  it('one working day is eight working hours: received Tuesday 09:00, due Wednesday 09:00', () => {
    expect(due(at('2026-03-10 09:00'), days(1))).toBe('2026-03-11T09:00:00+07:00');
  });

  it('a limit that runs out exactly at closing is due at 17:00 that day, not at the next opening', () => {
    expect(due(at('2026-03-10 07:00'), days(1))).toBe('2026-03-10T17:00:00+07:00');
  });

  it('received before opening counts from 07:00', () => {
    expect(dueDate(at('2026-03-10 06:15'), days(1), shipped).countedFrom).toEqual(at('2026-03-10 07:00'));
  });

  it('received after closing counts from the next morning; received at 17:00 sharp too', () => {
    expect(dueDate(at('2026-03-10 17:30'), days(1), shipped).countedFrom).toEqual(at('2026-03-11 07:00'));
    expect(dueDate(at('2026-03-10 17:00'), days(1), shipped).countedFrom).toEqual(at('2026-03-11 07:00'));
    expect(due(at('2026-03-10 17:30'), days(1))).toBe('2026-03-11T17:00:00+07:00');
  });

  it('received during lunch counts from 13:30 (and an exact fit before lunch is due at 11:30)', () => {
    const result = dueDate(at('2026-03-10 12:00'), days(1), shipped);
    expect(result.countedFrom).toEqual(at('2026-03-10 13:30'));
    expect(formatVietnamIso(result.due)).toBe('2026-03-11T11:30:00+07:00');
  });

  it('skips the weekend: Friday 14:00 plus one day is Monday 14:00', () => {
    expect(due(at('2026-03-13 14:00'), days(1))).toBe('2026-03-16T14:00:00+07:00');
  });

  it('received on Saturday counts from Monday 07:00', () => {
    expect(dueDate(at('2026-03-14 10:00'), days(2), shipped).countedFrom).toEqual(at('2026-03-16 07:00'));
  });

  it('counts working hours through the lunch break and the night', () => {
    expect(due(at('2026-03-10 16:00'), hours(4))).toBe('2026-03-11T10:00:00+07:00');
    expect(due(at('2026-03-10 11:00'), hours(1))).toBe('2026-03-10T14:00:00+07:00');
  });

  it('a multi-day limit crosses the Tết break: Thursday 12/2/2026 09:00 plus 3 days is Tuesday 24/2 09:00', () => {
    expect(due(at('2026-02-12 09:00'), days(3))).toBe('2026-02-24T09:00:00+07:00');
  });

  it('a swapped working Saturday counts, and swapped days off do not (30/4–4/5/2025)', () => {
    expect(due(at('2025-04-25 09:00'), days(1))).toBe('2025-04-26T09:00:00+07:00');
    expect(due(at('2025-04-29 09:00'), days(1))).toBe('2025-05-05T09:00:00+07:00');
  });

  it('a due date never falls on a day off nor outside office hours', () => {
    const open = defaultOfficeHours.intervals.map(({ start, end }) => [start / 60_000, end / 60_000] as const);
    for (let instant = at('2026-01-01 00:00').getTime(); instant < at('2027-01-01 00:00').getTime(); instant += 13 * 3_600_000) {
      for (const limit of [days(1), days(5), hours(3), sameDay]) {
        const result = appointmentDate(new Date(instant), limit, shipped);
        const local = vietnamLocal(result);
        const minute = local.hour * 60 + local.minute;
        expect(shipped.isWorkingDay(result)).toBe(true);
        expect(open.some(([start, end]) => minute > start && minute <= end)).toBe(true);
      }
    }
  });
});

describe('same-day procedures', () => {
  it('received before 15:00, returned at closing the same day', () => {
    expect(due(at('2026-03-10 14:59'), sameDay)).toBe('2026-03-10T17:00:00+07:00');
  });

  it('received at or after 15:00, returned at closing the next working day', () => {
    expect(due(at('2026-03-10 15:00'), sameDay)).toBe('2026-03-11T17:00:00+07:00');
    expect(due(at('2026-03-13 15:30'), sameDay)).toBe('2026-03-16T17:00:00+07:00');
  });

  it('received after closing or on a day off, returned at closing the next working day', () => {
    expect(due(at('2026-03-10 18:00'), sameDay)).toBe('2026-03-11T17:00:00+07:00');
    expect(due(at('2026-03-14 09:00'), sameDay)).toBe('2026-03-16T17:00:00+07:00');
    expect(due(at('2026-02-13 15:30'), sameDay)).toBe('2026-02-23T17:00:00+07:00');
  });

  it('follows a site cut-off and office hours of its own', () => {
    const site = officeHoursFrom({
      intervals: [
        { start: '07:30', end: '11:30' },
        { start: '13:00', end: '17:00' },
      ],
      sameDayCutoff: '16:00',
    });
    expect(formatVietnamIso(appointmentDate(at('2026-03-10 15:30'), sameDay, shipped, site))).toBe('2026-03-10T17:00:00+07:00');
    expect(formatVietnamIso(appointmentDate(at('2026-03-10 09:30'), days(1), shipped, site))).toBe('2026-03-11T09:30:00+07:00');
    expect(formatVietnamIso(appointmentDate(at('2026-03-10 12:00'), hours(1), shipped, site))).toBe('2026-03-10T14:00:00+07:00');
  });

  it('refuses office hours that overlap or run backwards', () => {
    expect(() => officeHoursFrom({ intervals: [{ start: '13:30', end: '11:30' }] })).toThrow(AppError);
    expect(() =>
      officeHoursFrom({
        intervals: [
          { start: '07:00', end: '12:00' },
          { start: '11:00', end: '17:00' },
        ],
      }),
    ).toThrow(AppError);
    expect(() => officeHoursFrom({ intervals: [] })).toThrow(AppError);
  });
});

describe('Vietnam time, whatever the host time zone', () => {
  it('reads instants given in UTC as Vietnam time (00:30 Tuesday in Vietnam is still Monday in UTC)', () => {
    const received = new Date('2026-03-09T17:30:00Z');
    const result = dueDate(received, days(1), shipped);
    expect(result.countedFrom.toISOString()).toBe('2026-03-10T00:00:00.000Z');
    expect(result.due.toISOString()).toBe('2026-03-10T10:00:00.000Z');
    expect(appointmentDate(new Date('2026-03-10T02:00:00Z'), days(1), shipped).toISOString()).toBe('2026-03-11T02:00:00.000Z');
  });

  it('gives the same answers when the process runs in another time zone', () => {
    const original = process.env.TZ;
    try {
      for (const zone of ['America/Los_Angeles', 'Asia/Tokyo', 'UTC']) {
        process.env.TZ = zone;
        expect(appointmentDate(new Date('2026-02-12T02:00:00Z'), days(3), calendarFromOverrides()).toISOString()).toBe(
          '2026-02-24T02:00:00.000Z',
        );
        expect(calendarFromOverrides().isWorkingDay(new Date('2026-04-26T17:30:00Z'))).toBe(false); // Monday 27/4 00:30 in Vietnam
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});

describe('warnings about unpublished years', () => {
  it('a due date reaching into a year without a published schedule carries its warning', () => {
    const result = dueDate(at('2026-12-28 09:00'), days(10), shipped);
    expect(result.due.getTime()).toBeGreaterThan(at('2027-01-01 00:00').getTime());
    expect(result.warnings.map((warning) => [warning.code, warning.year])).toEqual([
      ['SCHEDULE_NOT_PUBLISHED', 2026],
      ['SCHEDULE_NOT_PUBLISHED', 2027],
    ]);
  });

  it('a due date inside a fully published year has none', () => {
    const published = calendarFromOverrides({ format: 1, years: { '2024': { published: true } } });
    expect(dueDate(at('2024-03-12 09:00'), days(2), published).warnings).toEqual([]);
    expect(dueDate(at('2024-03-12 09:00'), days(2), byLaw).warnings).toHaveLength(1);
  });
});

describe('pausing for a supplement', () => {
  it('moves the due date by the working time the dossier waited', () => {
    // Waited Tue 15:00 → Thu 09:00: 2 h + 8 h + 2 h = 12 working hours.
    const pausedFrom = at('2026-03-10 15:00');
    const resumedAt = at('2026-03-12 09:00');
    expect(workingTimeBetween(pausedFrom, resumedAt, shipped, defaultOfficeHours)).toBe(12 * 3_600_000);
    expect(formatVietnamIso(extendDue(at('2026-03-18 17:00'), pausedFrom, resumedAt, shipped))).toBe('2026-03-20T11:00:00+07:00');
  });

  it('waiting over a weekend or a night only does not move it', () => {
    const originalDue = at('2026-03-18 17:00');
    expect(extendDue(originalDue, at('2026-03-13 17:00'), at('2026-03-16 07:00'), shipped)).toEqual(originalDue);
  });

  it('waiting across Tết counts only the working days', () => {
    // Fri 13/2 07:00 → Tue 24/2 07:00: Friday, then Monday 23/2 = 16 working hours.
    expect(workingTimeBetween(at('2026-02-13 07:00'), at('2026-02-24 07:00'), shipped, defaultOfficeHours)).toBe(16 * 3_600_000);
  });

  it('refuses a pause that ends before it starts', () => {
    expect(() => extendDue(at('2026-03-18 17:00'), at('2026-03-12 09:00'), at('2026-03-10 15:00'), shipped)).toThrow(AppError);
  });
});
