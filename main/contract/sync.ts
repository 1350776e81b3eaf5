/** The admin's view of the sync with the provincial one-stop system. */
import { z } from 'zod';
import { isoInstantSchema, text } from './schemas';

export const syncConfigInputSchema = z.discriminatedUnion('adapter', [
  z.strictObject({
    adapter: z.literal('motcua'),
    baseUrl: z.url({ protocol: /^https?$/, error: 'Địa chỉ máy chủ phải bắt đầu bằng http:// hoặc https://' }),
    siteId: text(64),
    secret: z.string().min(8, 'Mật khẩu đồng bộ phải có ít nhất 8 ký tự').max(256),
    /** PEM of the province's CA, to pin it instead of trusting the OS store. */
    caPem: z.string().max(20_000).regex(/-----BEGIN CERTIFICATE-----/, 'Chứng chỉ phải ở dạng PEM').optional(),
  }),
  z.strictObject({
    adapter: z.literal('dvcqg'),
    baseUrl: z.url({ protocol: /^https?$/, error: 'Địa chỉ máy chủ phải bắt đầu bằng http:// hoặc https://' }),
    username: text(100),
    password: z.string().min(1).max(256),
    madonvi: text(64),
  }),
]);
export type SyncConfigInput = z.input<typeof syncConfigInputSchema>;

export const syncStatusSchema = z.object({
  configured: z.boolean(),
  adapter: z.string().nullable(),
  serverUrl: z.string().nullable(),
  /** The configuration without its secret, to fill the form again. */
  settings: z.object({ siteId: z.string().nullable(), username: z.string().nullable(), madonvi: z.string().nullable(), caPinned: z.boolean() }).nullable(),
  /** null = not tried yet. */
  online: z.boolean().nullable(),
  /** The scheduler is started (sync is on). */
  running: z.boolean(),
  /** A sync run is in progress right now. */
  inProgress: z.boolean(),
  lastAttemptAt: isoInstantSchema.nullable(),
  lastSuccessAt: isoInstantSchema.nullable(),
  nextAttemptAt: isoInstantSchema.nullable(),
  lastErrorCode: z.string().nullable(),
  /** Vietnamese, for the admin. */
  lastErrorMessage: z.string().nullable(),
  lastErrorDetail: z.string().nullable(),
  pendingEvents: z.number().int().nonnegative(),
  pendingBytes: z.number().int().nonnegative(),
  clockSkewMs: z.number().int().nullable(),
  clockWarning: z.boolean(),
  parked: z.array(z.object({ seq: z.number().int(), type: z.string(), aggregateId: z.string(), reason: z.string(), parkedAt: isoInstantSchema })),
  rejectedChanges: z.array(z.object({ cursor: z.string(), kind: z.string(), reason: z.string(), at: isoInstantSchema })),
  /** Events waiting at the end of each hour today (Vietnam time); parked events are not waiting. */
  backlog: z.array(z.object({ hour: z.number().int().min(0).max(23), pending: z.number().int().nonnegative() })),
  /**
   * Which reading of the status this is: `run` names the station's run (a restart
   * starts a new one), `seq` counts its readings. An action's reply and the pushed
   * status of the run it started travel by different roads (HTTP, the event socket)
   * and may arrive in either order: a screen keeps the later reading. Not a clock
   * time, which an admin may set back.
   */
  reading: z.object({ run: z.string(), seq: z.number().int().nonnegative() }),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;
