/**
 * The fingerprint that decides "same event again" versus "eventId reused": a
 * SHA-256 of canonical JSON (object keys sorted at every depth) of what the event
 * means, {type, aggregateType, aggregateId, payload}. The station's seq and
 * createdAt are not part of it: a resend is the same event even if re-stamped.
 */
import { createHash } from 'node:crypto';

export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function eventContentHash(event: { type: string; aggregateType: string; aggregateId: string; payload: unknown }): string {
  const { type, aggregateType, aggregateId, payload } = event;
  return createHash('sha256').update(canonicalJson({ type, aggregateType, aggregateId, payload })).digest('hex');
}
