import { describe, expect, it } from 'vitest';
import { byteSizeParts, formatByteSize } from '../../../renderer/src/components/byteSize';
import { hoursOnAxis } from '../../../renderer/src/components/hourAxis';
import { relativeParts, relativeTime } from '../../../renderer/src/components/relativeTime';

describe('byte sizes', () => {
  it('picks the largest decimal unit that keeps the number at 1 or more', () => {
    expect(byteSizeParts(999)).toEqual({ value: 999, unit: 'byte' });
    expect(byteSizeParts(12_340)).toEqual({ value: 12.34, unit: 'kilobyte' });
    expect(byteSizeParts(5_000_000)).toEqual({ value: 5, unit: 'megabyte' });
  });

  it('writes them with a Vietnamese decimal comma', () => {
    expect(formatByteSize(12_340, 'vi-VN')).toBe('12,3 kB');
    expect(formatByteSize(0, 'vi-VN')).toMatch(/^0\s?byte$/);
  });
});

describe('relative time', () => {
  const now = new Date('2026-03-02T03:00:00Z');
  const at = (offsetSeconds: number) => new Date(now.getTime() + offsetSeconds * 1000);

  it('counts whole units towards zero', () => {
    expect(relativeParts(at(-90), now)).toEqual({ value: -1, unit: 'minute' });
    expect(relativeParts(at(-2 * 3600 - 59 * 60), now)).toEqual({ value: -2, unit: 'hour' });
    expect(relativeParts(at(20), now)).toEqual({ value: 20, unit: 'second' });
  });

  it('says "now" within a few seconds', () => {
    expect(relativeParts(at(-3), now)).toEqual({ value: 0, unit: 'second' });
    expect(relativeTime(at(2), now, 'vi-VN')).toBe('bây giờ');
  });

  it('reads in Vietnamese', () => {
    expect(relativeTime(at(-180), now, 'vi-VN')).toBe('3 phút trước');
  });
});

describe('hours on a day chart', () => {
  it('always shows office hours, and other hours only when they hold something', () => {
    const axis = hoursOnAxis([
      { hour: 6, value: 0 },
      { hour: 18, value: 2 },
    ]);
    expect(axis[0]?.hour).toBe(7);
    expect(axis.at(-1)).toEqual({ hour: 18, value: 2 });
  });

  it('leaves hours the data does not reach without a value', () => {
    const axis = hoursOnAxis([{ hour: 7, value: 3 }]);
    expect(axis[0]).toEqual({ hour: 7, value: 3 });
    expect(axis[1]).toEqual({ hour: 8, value: null });
    expect(axis).toHaveLength(11);
  });
});
