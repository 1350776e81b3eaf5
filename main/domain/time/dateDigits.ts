/**
 * Dates and times written with a fixed number of digits ("05", "2026-02-05"):
 * one way of writing them for the whole domain, so a day reads the same in a
 * queue, a calendar rule and a card check.
 */

/** The number with zeros in front up to `width` digits: 5 → "05". */
export function zeroPadded(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** YYYY-MM-DD of a calendar day. */
export function isoDateOf(date: { readonly year: number; readonly month: number; readonly day: number }): string {
  return `${zeroPadded(date.year, 4)}-${zeroPadded(date.month)}-${zeroPadded(date.day)}`;
}
