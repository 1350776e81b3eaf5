/**
 * What the citizen entered or scanned on the rating screen: the code on their
 * receipt (or its QR), or their queue ticket's QR (the tracking address) — the
 * two things a visit can be rated by.
 */
import { ratingCriteria } from '@contract';
import { isDossierCode, ticketTokenOf } from '../../scanner/scanMeaning';

export type RatingTarget = { dossierCode: string } | { ticketToken: string };

export function ratingTargetOf(text: string): RatingTarget | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const code = trimmed.toUpperCase();
  if (isDossierCode(code)) return { dossierCode: code };
  const token = ticketTokenOf(trimmed);
  return token ? { ticketToken: token } : null;
}

/** From the address the counter opened: `?ma=<code>` or `?ve=<token>`. */
export function ratingTargetOfSearch(search: URLSearchParams): RatingTarget | null {
  const code = search.get('ma');
  if (code) return ratingTargetOf(code) ?? { dossierCode: code.trim() };
  const token = search.get('ve');
  return token ? ratingTargetOf(token) : null;
}

export { ratingCriteria };
export type RatingCriterion = (typeof ratingCriteria)[number];
export type RatingLevel = 1 | 2 | 3;
/** Best first, as the buttons stand. */
export const ratingLevels: readonly RatingLevel[] = [3, 2, 1];

export type RatingScores = Partial<Record<RatingCriterion, RatingLevel>>;

export function completeScores(scores: RatingScores): Record<RatingCriterion, RatingLevel> | null {
  const complete = {} as Record<RatingCriterion, RatingLevel>;
  for (const criterion of ratingCriteria) {
    const level = scores[criterion];
    if (level === undefined) return null;
    complete[criterion] = level;
  }
  return complete;
}
