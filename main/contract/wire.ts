/**
 * The messages both transports carry. IPC and HTTP move the same objects; the
 * renderer's client builds and reads them in one place.
 */
import { z } from 'zod';
import { errorCodes, type ErrorCode, type ErrorPayload } from '@domain/errors';
import type { EventName } from './events';
import type { MethodName } from './methods';

/** Limit of one JSON request (the attachment upload has its own channel). */
export const maxRequestBytes = 1024 * 1024;

export const callRequestSchema = z.strictObject({
  method: z.string().min(1).max(100),
  input: z.unknown(),
  token: z.string().min(1).max(200).optional(),
});
export interface CallRequest<M extends MethodName = MethodName> {
  method: M;
  input: unknown;
  token?: string;
}

export type CallReply<T = unknown> = { ok: true; result: T } | { ok: false; error: ErrorPayload };

export const errorPayloadSchema = z.object({
  code: z.enum(errorCodes as [ErrorCode, ...ErrorCode[]]),
  message: z.string(),
  detail: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

export const callReplySchema = z.union([
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: errorPayloadSchema }),
]);

/** An event as delivered: `seq` grows by one per event on a station run. */
export interface EventMessage<E extends EventName = EventName> {
  seq: number;
  /** Identifies the station run; a new one means the station restarted. */
  epoch: string;
  name: E;
  payload: unknown;
  at: string;
}

/** LAN socket: what a client sends after connecting. */
export const socketHelloSchema = z.strictObject({
  type: z.literal('hello'),
  token: z.string().min(1).max(200).optional(),
  /** The last event the client saw, to resume after a reconnect. */
  resume: z.strictObject({ epoch: z.string().max(100), seq: z.number().int().nonnegative() }).optional(),
});
export type SocketHello = z.infer<typeof socketHelloSchema>;

/** LAN socket: what the station sends. */
export type SocketServerMessage =
  | { type: 'welcome'; epoch: string; seq: number; replayed: number }
  /** Events were missed and cannot be replayed: reload state from the API. */
  | { type: 'resync'; epoch: string; seq: number }
  | { type: 'event'; event: EventMessage }
  | { type: 'error'; error: ErrorPayload };

/**
 * Attachments (scans) do not fit a JSON call: they travel as raw bytes, over
 * `POST /api/upload` (the file name in the `name` query parameter, the session in
 * `Authorization: Bearer`) or the IPC upload channel, to the same dispatcher.
 */
export const maxUploadBytes = 20 * 1024 * 1024;
export const uploadRoles = ['officer', 'admin'] as const;

export interface UploadRequest {
  fileName: string;
  bytes: Uint8Array;
  token?: string;
}

/**
 * The scans the station keeps: PDF, JPEG and PNG. The station judges a file by its
 * first bytes; the file picker and the scan folder go by these names and types.
 */
export const attachmentKinds = [
  { mediaType: 'application/pdf', extensions: ['.pdf'] },
  { mediaType: 'image/jpeg', extensions: ['.jpg', '.jpeg'] },
  { mediaType: 'image/png', extensions: ['.png'] },
] as const;
export type AttachmentMediaType = (typeof attachmentKinds)[number]['mediaType'];
const attachmentMediaTypes = attachmentKinds.map((kind) => kind.mediaType) as [AttachmentMediaType, ...AttachmentMediaType[]];
export const attachmentExtensions: readonly string[] = attachmentKinds.flatMap((kind) => kind.extensions);

export const storedAttachmentSchema = z.object({
  sha256: z.string(),
  size: z.number().int(),
  mediaType: z.enum(attachmentMediaTypes),
  fileName: z.string(),
});
export type StoredAttachmentReply = z.infer<typeof storedAttachmentSchema>;

/** The one object the preload exposes as `window.motcua`. */
export interface MotcuaBridge {
  readonly transport: 'ipc';
  call(request: CallRequest): Promise<CallReply>;
  upload(request: UploadRequest): Promise<CallReply<StoredAttachmentReply>>;
  /** Subscribes to pushed events; returns the unsubscribe function. */
  onEvent(listener: (event: EventMessage) => void): () => void;
}

export { ipcChannels } from './channels';
