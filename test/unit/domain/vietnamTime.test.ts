import { describe, expect, it } from 'vitest';
import { formatVietnamIso, vietnamDay, vietnamInstant, vietnamLocal } from '@domain/time/vietnamTime';

describe('Vietnam civil time', () => {
  it('an instant at 17:30 UTC is already the next day in Vietnam', () => {
    expect(vietnamDay(new Date('2026-11-23T17:30:00Z'))).toBe('2026-11-24');
    expect(vietnamDay(new Date('2026-11-23T16:59:59Z'))).toBe('2026-11-23');
  });

  it('reads the wall clock at UTC+7 whatever the machine time zone', () => {
    const local = vietnamLocal(new Date('2026-01-01T00:30:00Z'));
    expect(local).toMatchObject({ year: 2026, month: 1, day: 1, hour: 7, minute: 30, weekday: 4 });
  });

  it('turns a Vietnamese wall-clock reading back into the same instant', () => {
    const instant = vietnamInstant(2026, 2, 17, 7, 0);
    expect(instant.toISOString()).toBe('2026-02-17T00:00:00.000Z');
    expect(formatVietnamIso(instant)).toBe('2026-02-17T07:00:00+07:00');
  });
});
