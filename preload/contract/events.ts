/**
 * Events the station pushes to connected screens (over IPC or the LAN socket).
 * Payloads of events that public roles receive never carry personal data.
 */
import type { z } from 'zod';
import type { Role } from './roles';
import { siteSchema } from './schemas';

export interface EventSpec<P extends z.ZodType> {
  payload: P;
  /** Roles that receive it; a screen gets an event if it holds any of them. */
  roles: readonly Role[];
}

const event = <P extends z.ZodType>(spec: EventSpec<P>): EventSpec<P> => spec;

export const events = {
  /** The centre's name or identifier changed: every screen shows it. */
  'site.changed': event({ payload: siteSchema, roles: ['guest'] }),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]['payload']>;
export const eventNames = Object.keys(events) as EventName[];
