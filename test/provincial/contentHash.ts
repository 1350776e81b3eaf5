/**
 * The fingerprint that decides "same event again" versus "eventId reused": a
 * SHA-256 of canonical JSON (object keys sorted at every depth) of what the event
 * means, {type, aggregateType, aggregateId, payload}. The station's seq and
 * createdAt are not part of it: a resend is the same event even if re-stamped.
 * The ledger asks for it only when an eventId comes again.
 * contentHash.test.ts holds canonicalJson to the plain recursive definition.
 */
import { createHash } from 'node:crypto';

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Quoted keys: payloads repeat the same few dozen field names, so quoting them is remembered (bounded). */
const quotedKeys = new Map<string, string>();
function quotedKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    if (quotedKeys.size < 10_000) quotedKeys.set(key, quoted);
  }
  return quoted;
}

function keysInOrder(value: object): string[] {
  const keys = Object.keys(value);
  for (let i = 1; i < keys.length; i += 1) {
    if (keys[i - 1]! > keys[i]!) return keys.sort(byCodeUnit);
  }
  return keys;
}

function write(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i += 1) {
      if (i > 0) out += ',';
      // A hole stays empty, as Array.prototype.map + join leave it.
      if (i in value) out += write(value[i]);
    }
    return out + ']';
  }
  const record = value as Record<string, unknown>;
  let out = '{';
  let first = true;
  for (const key of keysInOrder(record)) {
    const item = record[key];
    if (item === undefined) continue;
    out += (first ? '' : ',') + quotedKey(key) + ':' + write(item);
    first = false;
  }
  return out + '}';
}

/** JSON with the keys of every object sorted (by UTF-16 code units) and undefined members left out. */
export function canonicalJson(value: unknown): string {
  return write(value);
}

export function eventContentHash(event: { type: string; aggregateType: string; aggregateId: string; payload: unknown }): string {
  const { type, aggregateType, aggregateId, payload } = event;
  return createHash('sha256').update(canonicalJson({ type, aggregateType, aggregateId, payload })).digest('hex');
}
