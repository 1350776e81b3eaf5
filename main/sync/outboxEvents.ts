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
  const event: SyncEvent = {
    eventId: row.event_id,
    seq: row.seq,
    type: row.type,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    createdAt: row.created_at,
    // An enumerable getter, like a plain property to JSON.stringify and to spreading.
    get payload() {
      return (parsed ??= { value: JSON.parse(row.payload.toString('utf8')) as unknown }).value;
    },
  };
  payloadBytes.set(event, row.payload);
  return event;
}

/** A JSON string literal; the common case (nothing to escape) without a call into the serialiser. */
const needsEscape = /["\\\u0000-\u001f\u2028\u2029\ud800-\udfff]/;
const jsonString = (text: string) => (needsEscape.test(text) ? JSON.stringify(text) : `"${text}"`);

/** The event's keys up to its payload: same keys, same order as JSON.stringify of the event object above. */
const eventHead = (event: SyncEvent) =>
  `{"eventId":${jsonString(event.eventId)},"seq":${JSON.stringify(event.seq)},"type":${jsonString(event.type)},` +
  `"aggregateType":${jsonString(event.aggregateType)},"aggregateId":${jsonString(event.aggregateId)},` +
  `"createdAt":${jsonString(event.createdAt)},"payload":`;

/**
 * The POST /v1/events body: `{siteId, events}`, as UTF-8, written into one buffer
 * (a batch is ~700 KB; pieces concatenated afterwards cost a second copy).
 */
export function pushRequestBody(siteId: string, events: readonly SyncEvent[]): Buffer {
  const texts: string[] = [];
  const payloads: (Buffer | undefined)[] = [];
  let bound = 0;
  for (const event of events) {
    const payload = payloadBytes.get(event);
    const text = payload === undefined ? JSON.stringify(event) : eventHead(event);
    texts.push(text);
    payloads.push(payload);
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    bound += 3 * text.length + (payload?.length ?? 0) + 2;
  }
  const start = `{"siteId":${JSON.stringify(siteId)},"events":[`;
  const body = Buffer.allocUnsafe(3 * start.length + bound + 2);
  let at = body.write(start, 0);
  texts.forEach((text, index) => {
    if (index > 0) at += body.write(',', at);
    at += body.write(text, at);
    const payload = payloads[index];
    if (payload !== undefined) {
      at += payload.copy(body, at);
      at += body.write('}', at);
    }
  });
  at += body.write(']}', at);
  return body.subarray(0, at);
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
