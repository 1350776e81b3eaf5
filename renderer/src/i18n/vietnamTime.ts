/**
 * Dates and times as people in the centre read them: always Vietnam time, whatever
 * the time zone of the computer showing the screen.
 */
export const vietnamTimeZone = 'Asia/Ho_Chi_Minh';

export function formatClock(instant: Date, locale: string, withSeconds = false): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: vietnamTimeZone,
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
  }).format(instant);
}

export function formatLongDate(instant: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: vietnamTimeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(instant);
}

export function formatShortDate(instant: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: vietnamTimeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(instant);
}

export function formatDateTime(instant: Date, locale: string): string {
  return `${formatClock(instant, locale, true)} ${formatShortDate(instant, locale)}`;
}

/** The Vietnam calendar day of an instant as `YYYY-MM-DD`, the form the station's service days use. */
export function vietnamDayOf(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: vietnamTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
