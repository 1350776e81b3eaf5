/**
 * Today's ratings per criterion: how many citizens chose each level and what
 * share of the criterion that is. Shares are whole percentages that add up to 100
 * (largest remainder), so a row of thirds reads 34 / 33 / 33, not 33 / 33 / 33.
 */
import { ratingCriteria } from '@contract';

export const ratingLevels = [3, 2, 1] as const;
export type RatingLevel = (typeof ratingLevels)[number];

export interface CriterionSummary {
  criterion: string;
  counts: Record<RatingLevel, number>;
  total: number;
  percents: Record<RatingLevel, number>;
  /** Share of "Rất hài lòng" and "Hài lòng" together, or null with no ratings. */
  satisfiedPercent: number | null;
}

export function wholePercents(counts: Record<RatingLevel, number>): Record<RatingLevel, number> {
  const total = ratingLevels.reduce((sum, level) => sum + counts[level], 0);
  if (total === 0) return { 3: 0, 2: 0, 1: 0 };
  const exact = ratingLevels.map((level) => ({ level, share: (counts[level] * 100) / total }));
  const percents = { 3: 0, 2: 0, 1: 0 } as Record<RatingLevel, number>;
  for (const { level, share } of exact) percents[level] = Math.floor(share);
  let left = 100 - ratingLevels.reduce((sum, level) => sum + percents[level], 0);
  const byRemainder = [...exact].sort((a, b) => b.share - Math.floor(b.share) - (a.share - Math.floor(a.share)));
  for (const { level } of byRemainder) {
    if (left <= 0) break;
    percents[level] += 1;
    left -= 1;
  }
  return percents;
}

/** One row per contract criterion (in the contract's order), then any other criterion the station counted. */
export function summariseRatings(rows: ReadonlyArray<{ criterion: string; level: number; n: number }>): CriterionSummary[] {
  const known: readonly string[] = ratingCriteria;
  const extra = [...new Set(rows.map((row) => row.criterion).filter((criterion) => !known.includes(criterion)))].sort();
  return [...known, ...extra].map((criterion) => {
    const counts: Record<RatingLevel, number> = { 3: 0, 2: 0, 1: 0 };
    for (const row of rows) {
      if (row.criterion === criterion && (row.level === 1 || row.level === 2 || row.level === 3)) counts[row.level] += row.n;
    }
    const total = counts[3] + counts[2] + counts[1];
    return {
      criterion,
      counts,
      total,
      percents: wholePercents(counts),
      satisfiedPercent: total === 0 ? null : Math.round(((counts[3] + counts[2]) * 100) / total),
    };
  });
}
