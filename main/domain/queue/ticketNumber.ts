/**
 * Ticket numbers: the service area's prefix and the day's sequence, e.g. A001,
 * B014. Three digits cover a commune's day; a busy ward past 999 gets four.
 */
export function ticketNumber(prefix: string, seq: number): string {
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`Ticket sequence must be a positive integer, got ${seq}`);
  return `${prefix}${String(seq).padStart(3, '0')}`;
}
