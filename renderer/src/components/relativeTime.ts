/**
 * How long ago (or how soon) an instant is, in words: "3 phút trước", "sau 20 giây
 * nữa". Counted in whole units towards zero, so "1 phút trước" lasts a full minute.
 */
const steps = [
  { unit: 'second', seconds: 1, below: 60 },
  { unit: 'minute', seconds: 60, below: 3600 },
  { unit: 'hour', seconds: 3600, below: 86_400 },
  { unit: 'day', seconds: 86_400, below: Infinity },
] as const;

/** Within this many seconds an instant is "now". */
const nowWithinSeconds = 5;

export function relativeParts(at: Date, now: Date): { value: number; unit: Intl.RelativeTimeFormatUnit } {
  const seconds = Math.trunc((at.getTime() - now.getTime()) / 1000);
  const size = Math.abs(seconds);
  if (size < nowWithinSeconds) return { value: 0, unit: 'second' };
  const step = steps.find((candidate) => size < candidate.below) ?? steps[steps.length - 1]!;
  // `|| 0` turns -0 into 0 so that Intl does not write "-0".
  return { value: Math.trunc(seconds / step.seconds) || 0, unit: step.unit };
}

export function relativeTime(at: Date, now: Date, locale: string): string {
  const { value, unit } = relativeParts(at, now);
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(value, unit);
}
