/**
 * Fans station events out to every connected screen. Events carry a sequence
 * number within an epoch (one station run), and the last few hundred are kept so a
 * display board that lost its socket for a moment can resume without a gap.
 */
import { randomUUID } from 'node:crypto';
import { events as eventSpecs, mayCall, type EventMessage, type EventName, type EventPayload, type Role } from '@contract';
import type { Clock } from '@domain/time/clock';
import type { EventPublisher } from '../services/unitOfWork';

export interface EventHub extends EventPublisher {
  readonly epoch: string;
  readonly seq: number;
  subscribe(listener: (event: EventMessage) => void): () => void;
  /** Events after `seq` in this epoch, or null when they can no longer be replayed. */
  since(epoch: string, seq: number): EventMessage[] | null;
}

export function visibleTo(event: EventMessage, roles: readonly Role[]): boolean {
  return mayCall(roles, eventSpecs[event.name].roles);
}

export function createEventHub(clock: Clock, keep = 500): EventHub {
  const epoch = randomUUID();
  const listeners = new Set<(event: EventMessage) => void>();
  const recent: EventMessage[] = [];
  let seq = 0;
  return {
    epoch,
    get seq() {
      return seq;
    },
    publish<E extends EventName>(name: E, payload: EventPayload<E>) {
      // Validated like an API output: a screen must never receive a malformed event.
      const checked = eventSpecs[name].payload.parse(payload);
      const event: EventMessage = { seq: ++seq, epoch, name, payload: checked, at: clock.now().toISOString() };
      recent.push(event);
      if (recent.length > keep) recent.shift();
      for (const listener of listeners) listener(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    since(fromEpoch, fromSeq) {
      if (fromEpoch !== epoch || fromSeq > seq) return null;
      if (fromSeq === seq) return [];
      const oldest = recent[0]?.seq ?? seq + 1;
      if (fromSeq + 1 < oldest) return null;
      return recent.filter((event) => event.seq > fromSeq);
    },
  };
}
