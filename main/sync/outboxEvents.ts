/**
 * Outbox rows as protocol events, without paying for JSON twice. A row's payload
 * is the JSON text committed with the data (outboxRepository writes it with
 * JSON.stringify); the POST /v1/events body embeds that text as it is instead of
 * parsing it and serialising it again. The body is the same JSON as
 * `JSON.stringify({siteId, events})` would give (PROTOCOL.md), key for key.
 * Adapters that need the payload as a value (DVCQG) read `event.payload`, which
 * is parsed on first use.
 */
import type { OutboxRow } from '../db/repositories/outboxRepository';
import { sha256Pattern, type SyncEvent } from './protocol';

/** The committed payload text of events built from outbox rows (not enumerable, not on the wire twice). */
const payloadTexts = new WeakMap<SyncEvent, string>();

/** A protocol event for an outbox row; its payload is parsed only if someone reads it. */
export function syncEventOf(row: OutboxRow): SyncEvent {
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
    get: () => (parsed ??= { value: JSON.parse(row.payload) as unknown }).value,
  });
  payloadTexts.set(event, row.payload);
  return event;
}

/** The JSON of one event, with the committed payload text where there is one. */
function eventJson(event: SyncEvent): string {
  const text = payloadTexts.get(event);
  if (text === undefined) return JSON.stringify(event);
  // Same keys, same order as JSON.stringify of the event object above.
  return (
    `{"eventId":${JSON.stringify(event.eventId)},"seq":${JSON.stringify(event.seq)},"type":${JSON.stringify(event.type)},` +
    `"aggregateType":${JSON.stringify(event.aggregateType)},"aggregateId":${JSON.stringify(event.aggregateId)},` +
    `"createdAt":${JSON.stringify(event.createdAt)},"payload":${text}}`
  );
}

/** The POST /v1/events body: `{siteId, events}`. */
export function pushRequestBody(siteId: string, events: readonly SyncEvent[]): string {
  return `{"siteId":${JSON.stringify(siteId)},"events":[${events.map(eventJson).join(',')}]}`;
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

/** attachmentsOf for an outbox row, parsing its payload only when it can name one. */
export function attachmentsOfRow(row: Pick<OutboxRow, 'payload'>): string[] {
  return mayReferenceAttachment.test(row.payload) ? attachmentsOf(JSON.parse(row.payload)) : [];
}
