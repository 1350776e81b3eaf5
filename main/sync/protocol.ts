/**
 * The station ↔ province sync protocol (see PROTOCOL.md): machine-readable
 * schemas used by the station's client and by the reference provincial server,
 * so both sides validate the same shapes. Event names, change kinds and their
 * payloads are the domain's (main/domain/sync/provinceEvents.ts).
 */
import { z } from 'zod';
import { provinceChanges } from '@domain/sync/provinceEvents';

export const protocolVersion = 1;
export const sha256Pattern = /^[0-9a-f]{64}$/;

export const sessionRequestSchema = z.strictObject({ siteId: z.string().min(1).max(64), secret: z.string().min(8).max(256) });
export const sessionResponseSchema = z.object({ token: z.string().min(16), expiresAt: z.iso.datetime(), serverTime: z.iso.datetime() });

export const healthResponseSchema = z.object({ status: z.literal('ok'), protocol: z.number().int(), serverTime: z.iso.datetime() });

export const syncEventSchema = z.strictObject({
  /** The outbox row's event id: the idempotency key. */
  eventId: z.uuid(),
  /** The station's outbox sequence: strictly increasing per site. */
  seq: z.number().int().positive(),
  type: z.string().min(1).max(64),
  aggregateType: z.string().min(1).max(32),
  aggregateId: z.string().min(1).max(64),
  createdAt: z.iso.datetime(),
  payload: z.unknown(),
});
export type SyncEvent = z.infer<typeof syncEventSchema>;

export const pushRequestSchema = z.strictObject({ siteId: z.string(), events: z.array(syncEventSchema).min(1).max(500) });

export const eventResultSchema = z.object({
  eventId: z.uuid(),
  /** accepted: applied now · duplicate: applied before (same content) · rejected: invalid, will never be accepted. */
  status: z.enum(['accepted', 'duplicate', 'rejected']),
  reason: z.string().max(1000).optional(),
});
export type EventResult = z.infer<typeof eventResultSchema>;
export const pushResponseSchema = z.object({ results: z.array(eventResultSchema), serverTime: z.iso.datetime() });

export const attachmentStateSchema = z.object({
  sha256: z.string().regex(sha256Pattern),
  /** Bytes the server holds for this file (0 when unknown). */
  received: z.number().int().nonnegative(),
  complete: z.boolean(),
});
export type AttachmentState = z.infer<typeof attachmentStateSchema>;

const cursorSchema = z.string().regex(/^\d{1,18}$/);

/** One change of each kind the domain defines (provinceChanges), with its cursor. */
type ChangeOption = {
  [K in keyof typeof provinceChanges]: z.ZodObject<{ cursor: typeof cursorSchema; kind: z.ZodLiteral<(typeof provinceChanges)[K]['kind']>; data: (typeof provinceChanges)[K]['data'] }>;
}[keyof typeof provinceChanges];
const changeOptions = Object.values(provinceChanges).map(({ kind, data }) => z.object({ cursor: cursorSchema, kind: z.literal(kind), data })) as [ChangeOption, ...ChangeOption[]];

export const changeSchema = z.discriminatedUnion('kind', changeOptions);
export type Change = z.infer<typeof changeSchema>;

export const changesResponseSchema = z.object({
  changes: z.array(changeSchema).max(1000),
  /** The cursor to ask after next time; never smaller than the one sent. */
  nextCursor: cursorSchema,
  hasMore: z.boolean(),
  serverTime: z.iso.datetime(),
});

/** Attachments are uploaded in chunks of this size (1 MiB): small enough to retry cheaply on a flaky line. */
export const attachmentChunkBytes = 1024 * 1024;
