/**
 * Every write use case runs through here: ONE immediate transaction that holds the
 * change itself, the audit row and, when the province must hear of it, the outbox
 * row. Either all of them are committed or none; events for screens are published
 * only after the commit, so no screen ever shows what was rolled back.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { Repositories } from '../db/repositories';
import type { Clock } from '../domain/time/clock';
import type { EventName, EventPayload } from '../../preload/contract/events';
import { actorLabel, type Actor } from './actor';
import { appendAudit } from './audit/auditChain';

export interface EventPublisher {
  publish<E extends EventName>(name: E, payload: EventPayload<E>): void;
}

export interface WriteContext {
  readonly now: Date;
  readonly actor: Actor;
  readonly repos: Repositories;
  audit(action: string, entity: string, entityId: string | number | null, details?: Record<string, unknown>): void;
  /** Queues an event for the provincial one-stop system (delivered later by sync). */
  toProvince(type: string, aggregateType: string, aggregateId: string, payload: unknown): string;
  /** Publishes to screens after the commit. */
  afterCommit<E extends EventName>(name: E, payload: EventPayload<E>): void;
}

export interface UnitOfWork {
  run<T>(actor: Actor, work: (ctx: WriteContext) => T): T;
  /** Called after a commit that added outbox rows (the sync scheduler wakes up). Returns the unsubscribe. */
  onOutboxAppended(listener: () => void): () => void;
}

export function createUnitOfWork(db: Db, repos: Repositories, clock: Clock, events: EventPublisher): UnitOfWork {
  const outboxListeners = new Set<() => void>();
  return {
    onOutboxAppended(listener) {
      outboxListeners.add(listener);
      return () => outboxListeners.delete(listener);
    },
    run<T>(actor: Actor, work: (ctx: WriteContext) => T): T {
      const pending: { name: EventName; payload: unknown }[] = [];
      let appended = false;
      const transaction = db.transaction(() => {
        const now = clock.now();
        const ctx: WriteContext = {
          now,
          actor,
          repos,
          audit(action, entity, entityId, details = {}) {
            appendAudit(repos.audit, { at: now, actor: actorLabel(actor), action, entity, entityId, details });
          },
          toProvince(type, aggregateType, aggregateId, payload) {
            const eventId = randomUUID();
            repos.outbox.append({ eventId, type, aggregateType, aggregateId, payload, createdAt: now });
            appended = true;
            return eventId;
          },
          afterCommit(name, payload) {
            pending.push({ name, payload });
          },
        };
        return work(ctx);
      });
      const result = transaction.immediate();
      for (const event of pending) events.publish(event.name, event.payload as never);
      if (appended) for (const listener of outboxListeners) listener();
      return result;
    },
  };
}
