/**
 * The fingerprint that decides "same event again" versus "eventId reused": a
 * SHA-256 of canonical JSON (object keys sorted at every depth) of what the event
 * means, {type, aggregateType, aggregateId, payload}. The station's seq and
 * createdAt are not part of it: a resend is the same event even if re-stamped.
 * The ledger asks for it only when an eventId comes again.
 */
import { createHash } from 'node:crypto';

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** JSON with the keys of every object sorted (by UTF-16 code units) and undefined members left out. */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => byCodeUnit(a, b));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function eventContentHash(event: { type: string; aggregateType: string; aggregateId: string; payload: unknown }): string {
  const { type, aggregateType, aggregateId, payload } = event;
  return createHash('sha256').update(canonicalJson({ type, aggregateType, aggregateId, payload })).digest('hex');
}
