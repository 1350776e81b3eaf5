/**
 * What the server counts for tests and benchmarks. Traffic counters live in memory
 * since the start (or the last reset); the totals of stored things come from the
 * database and survive restarts.
 */
import type { FaultControl } from './faults';
import type { ProvincialStore } from './store';

export class TrafficCounters {
  since = new Date();
  /** Arrived API requests per endpoint ("PUT /v1/attachments"), faulted ones included. */
  requests: Record<string, number> = {};
  /** Every attachment body byte that reached the server, also of chunks resent, refused or cut off. */
  attachmentBytesReceived = 0;
  /** Attachment bytes appended to a file (each byte of a file once, unless it failed its hash). */
  attachmentBytesStored = 0;

  countRequest(key: string): void {
    this.requests[key] = (this.requests[key] ?? 0) + 1;
  }

  reset(at: Date): void {
    this.since = at;
    this.requests = {};
    this.attachmentBytesReceived = 0;
    this.attachmentBytesStored = 0;
  }
}

export function statsSnapshot(store: ProvincialStore, traffic: TrafficCounters, faults: FaultControl) {
  const events = store.events.counters;
  return {
    since: traffic.since.toISOString(),
    eventsAccepted: events.accepted,
    eventsDuplicate: events.duplicate,
    eventsRejected: events.rejected,
    eventsStored: store.events.count(),
    dossiersStored: store.dossiers.count(),
    attachmentsComplete: store.attachments.completeCount(),
    attachmentBytesReceived: traffic.attachmentBytesReceived,
    attachmentBytesStored: traffic.attachmentBytesStored,
    changes: store.changes.count(),
    requests: { ...traffic.requests },
    faultsInjected: { ...faults.injected },
  };
}
export type ProvincialStats = ReturnType<typeof statsSnapshot>;
