import { describe, expect, it } from 'vitest';
import { summariseRatings, wholePercents } from '../../../renderer/src/screens/admin/ratingSummary';

describe("today's ratings summary", () => {
  it('lists every criterion of the contract in order, even with no ratings yet', () => {
    const rows = summariseRatings([]);
    expect(rows.map((row) => row.criterion)).toEqual(['time', 'attitude', 'disclosure', 'convenience', 'overall']);
    expect(rows.every((row) => row.total === 0 && row.satisfiedPercent === null)).toBe(true);
  });

  it('counts each level and the share of satisfied citizens (Hài lòng or better)', () => {
    const rows = summariseRatings([
      { criterion: 'overall', level: 3, n: 6 },
      { criterion: 'overall', level: 2, n: 3 },
      { criterion: 'overall', level: 1, n: 1 },
    ]);
    const overall = rows.find((row) => row.criterion === 'overall');
    expect(overall?.counts).toEqual({ 3: 6, 2: 3, 1: 1 });
    expect(overall?.total).toBe(10);
    expect(overall?.percents).toEqual({ 3: 60, 2: 30, 1: 10 });
    expect(overall?.satisfiedPercent).toBe(90);
  });

  it('gives whole percentages that add up to 100', () => {
    expect(wholePercents({ 3: 1, 2: 1, 1: 1 })).toEqual({ 3: 34, 2: 33, 1: 33 });
    expect(wholePercents({ 3: 2, 2: 1, 1: 0 })).toEqual({ 3: 67, 2: 33, 1: 0 });
    expect(wholePercents({ 3: 0, 2: 0, 1: 0 })).toEqual({ 3: 0, 2: 0, 1: 0 });
  });

  it('keeps a criterion the station counts beyond the contract (e.g. visits) after the known ones', () => {
    const rows = summariseRatings([{ criterion: 'visits', level: 2, n: 4 }]);
    expect(rows.at(-1)).toMatchObject({ criterion: 'visits', total: 4, satisfiedPercent: 100 });
  });
});
