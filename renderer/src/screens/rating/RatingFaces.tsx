/** The three faces of the rating buttons: very pleased, pleased, not pleased. */
import type { RatingLevel } from './ratingTarget';

const mouths: Record<RatingLevel, string> = {
  3: 'M15 28c2.5 5 6 7.5 9 7.5s6.5-2.5 9-7.5z',
  2: 'M16 30c2.5 2.8 5.2 4 8 4s5.5-1.2 8-4',
  1: 'M16 34c2.5-3.2 5.2-4.6 8-4.6s5.5 1.4 8 4.6',
};

export function RatingFace({ level, size = 64 }: { level: RatingLevel; size?: number }) {
  return (
    <svg className={`rating-face is-${level}`} width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="21" className="rating-face-disc" />
      <circle cx="17" cy="19" r="2.6" className="rating-face-eye" />
      <circle cx="31" cy="19" r="2.6" className="rating-face-eye" />
      <path d={mouths[level]} className={level === 3 ? 'rating-face-mouth is-open' : 'rating-face-mouth'} />
    </svg>
  );
}
