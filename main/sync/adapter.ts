/**
 * What the sync client needs from a provincial system. The default adapter speaks
 * our protocol (PROTOCOL.md); another vendor's API is another adapter, a mapping
 * rather than a rewrite. Adapters throw AppErrors: SYNC_UNREACHABLE (network,
 * timeouts: retry later), SYNC_SERVER_ERROR (5xx, 429: the province is up but
 * failing, retry later), SYNC_AUTH (credentials refused), SYNC_PROTOCOL
 * (an answer outside the protocol: retry later, and the admin sees it).
 */
import type { AttachmentState, Change, EventResult, SyncEvent } from './protocol';

export interface ChangesPage {
  changes: Change[];
  nextCursor: string;
  hasMore: boolean;
  serverTime: Date;
}

export interface ProvinceAdapter {
  readonly name: string;
  /** What this provincial system supports besides pushing events. */
  readonly capabilities: { attachments: boolean; pull: boolean };
  /** Cheap reachability probe; also gives the server's clock. */
  health(): Promise<{ serverTime: Date }>;
  /** One result per event, in order. */
  push(events: SyncEvent[]): Promise<{ results: EventResult[]; serverTime: Date }>;
  attachmentState(sha256: string): Promise<AttachmentState>;
  uploadChunk(sha256: string, offset: number, total: number, bytes: Uint8Array): Promise<AttachmentState>;
  changes(after: string, limit: number): Promise<ChangesPage>;
}
