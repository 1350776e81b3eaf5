/**
 * Events the station pushes to connected screens (over IPC or the LAN socket).
 * Payloads of events that public roles receive never carry personal data.
 */
import { z } from 'zod';
import type { Role } from './roles';
import { dossierStatusSchema } from './dossier';
import { boardCallSchema, boardSchema } from './queue';
import { idSchema, siteSchema } from './schemas';
import { syncStatusSchema } from './sync';
import { deviceStateSchema } from './devices';
import { scannedSchema } from './scanning';

export interface EventSpec<P extends z.ZodType> {
  payload: P;
  /** Roles that receive it; a screen gets an event if it holds any of them. */
  roles: readonly Role[];
}

const event = <P extends z.ZodType>(spec: EventSpec<P>): EventSpec<P> => spec;

export const events = {
  /** The centre's name or identifier changed: every screen shows it. */
  'site.changed': event({ payload: siteSchema, roles: ['guest'] }),
  /** A ticket was called or recalled: display boards show and announce it. */
  'queue.called': event({
    payload: boardCallSchema.extend({
      callId: z.number().int().positive(),
      /** The Vietnamese sentence, e.g. "Mời công dân có số thứ tự a không một năm đến quầy số ba." */
      text: z.string(),
      /** Voice clips to play in order (resources/voice/vi/<id>.wav). */
      clips: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1).max(40),
    }),
    roles: ['display', 'officer'],
  }),
  /** The whole public board, pushed so boards update without a round trip. */
  'queue.board': event({ payload: boardSchema, roles: ['display', 'officer'] }),
  /** A dossier moved (at a counter or by the province): counters showing it refresh. */
  'dossier.changed': event({ payload: z.object({ dossierId: idSchema, code: z.string(), status: dossierStatusSchema }), roles: ['officer'] }),
  /** A device needs someone: the ticket printer is out of paper, a scanner was unplugged… */
  'devices.alert': event({
    payload: z.object({ device: z.enum(['ticket_printer', 'scanner']), state: deviceStateSchema, message: z.string(), at: z.iso.datetime() }),
    roles: ['admin', 'officer'],
  }),
  /** A station-attached scanner connected, dropped or was (re)configured: these counters look at their scanners again. */
  'devices.scannersChanged': event({ payload: z.object({ counterIds: z.array(idSchema) }), roles: ['admin', 'officer'] }),
  /** A station-attached scanner read something at a counter: its intake form fills (officers only: personal data). */
  'scanner.scanned': event({ payload: scannedSchema, roles: ['officer'] }),
  /** A file arrived in the scan folder of a counter: stored, ready to attach (or refused, with why). */
  'attachments.scanned': event({
    payload: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('stored'), counterId: idSchema, sha256: z.string(), fileName: z.string(), size: z.number().int(), mediaType: z.string() }),
      z.object({ kind: z.literal('refused'), counterId: idSchema, fileName: z.string(), message: z.string() }),
    ]),
    roles: ['officer'],
  }),
  /** After each sync run or admin action on the sync. */
  'sync.status': event({ payload: syncStatusSchema, roles: ['admin'] }),
  /** Something changed in these areas' queues: counters refresh their lists. */
  'queue.changed': event({ payload: z.object({ areaIds: z.array(idSchema) }), roles: ['officer'] }),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]['payload']>;
export const eventNames = Object.keys(events) as EventName[];
