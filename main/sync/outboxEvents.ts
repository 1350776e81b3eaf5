/**
 * Outbox rows as protocol events, without paying for JSON twice. A row's payload
 * is the JSON committed with the data (outboxRepository writes it with
 * JSON.stringify), read back as its UTF-8 bytes; the POST /v1/events body embeds
 * those bytes as they are instead of decoding, parsing, serialising and encoding
 * them again. The body is the same JSON as `JSON.stringify({siteId, events})`
 * would give (PROTOCOL.md), key for key. Adapters that need the payload as a
 * value (DVCQG) read `event.payload`, which is parsed on first use.
 */
import type { OutboxEventRow } from '../db/repositories/outboxRepository';
import { sha256Pattern, type SyncEvent } from './protocol';

/** The committed payload bytes of events built from outbox rows (not enumerable, not on the wire twice). */
const payloadBytes = new WeakMap<SyncEvent, Buffer>();

/** A protocol event for an outbox row; its payload is parsed only if someone reads it. */
export function syncEventOf(row: OutboxEventRow): SyncEvent {
  let parsed: { value: unknown } | null = null;
  const event = {
    eventId: row.event_id,
    seq: row.seq,
    type: row.type,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    createdAt: row.created_at,
  } as SyncEvent;
  Object.defineProperty(event, 'payload', {
    enumerable: true,
    configurable: true,
    get: () => (parsed ??= { value: JSON.parse(row.payload.toString('utf8')) as unknown }).value,
  });
  payloadBytes.set(event, row.payload);
  return event;
}

const closingBrace = Buffer.from('}');

/** The JSON of one event as UTF-8 pieces, with the committed payload bytes where there are some. */
function eventJson(event: SyncEvent): Buffer[] {
  const payload = payloadBytes.get(event);
  if (payload === undefined) return [Buffer.from(JSON.stringify(event))];
  // Same keys, same order as JSON.stringify of the event object above.
  const head =
    `{"eventId":${JSON.stringify(event.eventId)},"seq":${JSON.stringify(event.seq)},"type":${JSON.stringify(event.type)},` +
    `"aggregateType":${JSON.stringify(event.aggregateType)},"aggregateId":${JSON.stringify(event.aggregateId)},` +
    `"createdAt":${JSON.stringify(event.createdAt)},"payload":`;
  return [Buffer.from(head), payload, closingBrace];
}

const comma = Buffer.from(',');

/** The POST /v1/events body: `{siteId, events}`, as UTF-8. */
export function pushRequestBody(siteId: string, events: readonly SyncEvent[]): Buffer {
  const parts: Buffer[] = [Buffer.from(`{"siteId":${JSON.stringify(siteId)},"events":[`)];
  events.forEach((event, index) => {
    if (index > 0) parts.push(comma);
    parts.push(...eventJson(event));
  });
  parts.push(Buffer.from(']}'));
  return Buffer.concat(parts);
}

/**
 * Only a `"TepDinhKemId": "…"` pair can name an attachment (attachmentsOf wants a
 * SHA-256 string there), and JSON text without one needs no parsing to know it.
 */
const mayReferenceAttachment = /"TepDinhKemId"\s*:\s*"/;

/** SHA-256 keys of the attachments a national dossier payload refers to. */
export function attachmentsOf(payload: unknown): string[] {
  const files = (payload as { TaiLieuNop?: unknown })?.TaiLieuNop;
  if (!Array.isArray(files)) return [];
  const keys = files.map((f) => (f as { TepDinhKemId?: unknown })?.TepDinhKemId).filter((id): id is string => typeof id === 'string' && sha256Pattern.test(id));
  return [...new Set(keys)];
}

/**
 * attachmentsOf for an outbox row, parsing its payload only when it can name one.
 * The pattern is ASCII, and in UTF-8 every byte of a non-ASCII character is ≥ 0x80,
 * so reading the bytes as Latin-1 (a plain copy, no decoding) finds the same matches.
 */
export function attachmentsOfRow(row: Pick<OutboxEventRow, 'payload'>): string[] {
  return mayReferenceAttachment.test(row.payload.toString('latin1')) ? attachmentsOf(JSON.parse(row.payload.toString('utf8'))) : [];
}
