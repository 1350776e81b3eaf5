/**
 * Outbox rows as protocol events, without paying for JSON twice. A row's payload
 * is the JSON committed with the data (outboxRepository writes it with
 * JSON.stringify). The POST /v1/events body of a batch is rendered by SQLite from
 * the stored rows and payloads (outboxRepository.eventsJson) instead of reading
 * each payload into JavaScript, parsing, serialising and encoding it again. The
 * body is the same JSON as `JSON.stringify({siteId, events})` would give
 * (PROTOCOL.md). Adapters that need the payload as a value (DVCQG) read
 * `event.payload`, which is read and parsed on first use.
 */
import type { OutboxEventRow, OutboxRepository } from '../db/repositories/outboxRepository';
import type { SyncEvent } from './protocol';

export type OutboxReader = Pick<OutboxRepository, 'payloadOf' | 'eventsJson'>;

/** How to render a batch's events as JSON from the outbox, for batches built by outboxBatch. */
const renderedEvents = new WeakMap<readonly SyncEvent[], () => Buffer | null>();

function eventOf(row: OutboxEventRow, outbox: OutboxReader): SyncEvent {
  let parsed: { value: unknown } | null = null;
  return {
    eventId: row.event_id,
    seq: row.seq,
    type: row.type,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    createdAt: row.created_at,
    // An enumerable getter, like a plain property to JSON.stringify and to spreading.
    get payload() {
      return (parsed ??= { value: JSON.parse(outbox.payloadOf(row.seq) ?? 'null') as unknown }).value;
    },
  };
}

/** Protocol events for consecutive pending outbox rows (a batch); payloads are read only if someone asks. */
export function outboxBatch(rows: readonly OutboxEventRow[], outbox: OutboxReader): SyncEvent[] {
  const events = rows.map((row) => eventOf(row, outbox));
  if (rows.length > 0) {
    // Rendered when the body is built. If the rendering does not hold exactly these events in this order (the outbox changed
    // meanwhile, a row acknowledged or parked; or SQLite joined them in another order), the events are serialised instead.
    renderedEvents.set(events, () => {
      const rendered = outbox.eventsJson(rows[0]!.seq, rows.at(-1)!.seq);
      return rendered.seqs === rows.map((row) => row.seq).join(',') ? rendered.json : null;
    });
  }
  return events;
}

/** The POST /v1/events body: `{siteId, events}`, as UTF-8. */
export function pushRequestBody(siteId: string, events: readonly SyncEvent[]): Buffer {
  const rendered = renderedEvents.get(events)?.();
  if (!rendered) return Buffer.from(JSON.stringify({ siteId, events }));
  return Buffer.concat([Buffer.from(`{"siteId":${JSON.stringify(siteId)},"events":`), rendered, Buffer.from('}')]);
}

/** The attachments a batch refers to (recorded with each event when it was written). */
export function attachmentsOfRows(rows: readonly OutboxEventRow[]): Set<string> {
  return new Set(rows.flatMap((row) => (row.attachments ? (JSON.parse(row.attachments) as string[]) : [])));
}
