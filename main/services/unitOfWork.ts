/**
 * Every write use case runs through here: ONE immediate transaction that holds the
 * change itself, the audit row and, when the province must hear of it, the outbox
 * row. Either all of them are committed or none; events for screens are published
 * only after the commit, so no screen ever shows what was rolled back.
 *
 * Group commit: API calls that arrive together (the same turn of the event loop,
 * e.g. a morning rush of kiosks and counters) are started one after another inside
 * one outer transaction and share its single COMMIT, the one disk flush that
 * `synchronous=FULL` pays for durability. Each call's unit of work is then a
 * savepoint: a call that fails undoes only itself. Nobody is answered, no event is
 * published and no outbox listener is told before that COMMIT; if the COMMIT itself
 * fails, every call of the group fails and nothing of it is kept. A call alone in
 * its turn runs exactly as without grouping.
 */
import { AppError } from '@domain/errors';
import type { Db } from '../db/connection';
import type { Repositories } from '../db/repositories';
import type { Clock } from '@domain/time/clock';
import type { EventName, EventPayload } from '@contract/events';
import { actorLabel, type Actor } from './actor';
import { appendAudit } from './audit/auditChain';
import { timeOrderedUuid } from './timeOrderedUuid';
import { payloadAttachments } from '@domain/dossier/nationalPayload';
import { assertProvinceEventPayload, type ProvinceEvent, type ProvinceEventPayload } from '@domain/sync/provinceEvents';
import { systemTimers, type Timers } from '../runtime/timers';

export interface EventPublisher {
  publish<E extends EventName>(name: E, payload: EventPayload<E>): void;
}

export interface WriteContext {
  readonly now: Date;
  readonly actor: Actor;
  readonly repos: Repositories;
  audit(action: string, entity: string, entityId: string | number | null, details?: Record<string, unknown>): void;
  /**
   * Queues an event for the provincial one-stop system (delivered later by sync).
   * A payload its schema refuses throws (AppError INTERNAL) and so undoes the write.
   */
  toProvince<E extends ProvinceEvent>(event: E, aggregateId: string, payload: ProvinceEventPayload<E>): string;
  /** Publishes to screens after the commit. */
  afterCommit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  /**
   * Publishes a snapshot after the commit, read then: when several writes committed
   * together ask for the same snapshot, screens get it once, with all of them in it.
   * With `atMostEveryMs`, a snapshot asked for within that time of the last one goes
   * out at the end of the interval instead, read then, once for all that asked.
   */
  afterCommitSnapshot<E extends EventName>(name: E, read: () => EventPayload<E>, options?: { atMostEveryMs: number }): void;
  /**
   * Publishes after the commit, once for all the writes committed together that
   * queued this event: their payloads folded with `merge` (e.g. the union of the
   * areas that changed). A write that is rolled back contributes nothing.
   */
  afterCommitMerged<E extends EventName>(name: E, payload: EventPayload<E>, merge: (a: EventPayload<E>, b: EventPayload<E>) => EventPayload<E>): void;
}

export interface UnitOfWork {
  run<T>(actor: Actor, work: (ctx: WriteContext) => T): T;
  /**
   * Starts `call` together with the other calls of this turn, sharing one commit
   * (see above). The promise settles after that commit, with the call's own outcome.
   */
  grouped<T>(call: () => Promise<T>): Promise<T>;
  /**
   * Resolves once what the caller has written so far is committed (at once outside
   * a group). A service awaits it before effects that cannot be undone, such as printing.
   */
  committed(): Promise<void>;
  /** Called after a commit that added outbox rows (the sync scheduler wakes up). Returns the unsubscribe. */
  onOutboxAppended(listener: () => void): () => void;
}

type PendingEvent =
  | { name: EventName; payload: unknown }
  | { name: EventName; snapshot: () => unknown; atMostEveryMs?: number | undefined }
  | { name: EventName; payload: unknown; merge: (a: unknown, b: unknown) => unknown };

/** The calls waiting for the next turn, and what their work left for after the commit. */
interface Group {
  calls: { start: () => Promise<unknown>; settle: (outcome: Promise<unknown>) => void }[];
  events: PendingEvent[];
  appended: boolean;
  /** Settles when the group's COMMIT has succeeded or failed. */
  done: Promise<void>;
  finish(error?: unknown): void;
}

function newGroup(): Group {
  let finish!: (error?: unknown) => void;
  const done = new Promise<void>((resolve, reject) => {
    finish = (error) => (error === undefined ? resolve() : reject(error));
  });
  done.catch(() => {}); // each waiter handles the failure itself
  return { calls: [], events: [], appended: false, done, finish };
}

export function createUnitOfWork(db: Db, repos: Repositories, clock: Clock, events: EventPublisher, timers: Timers = systemTimers): UnitOfWork {
  const outboxListeners = new Set<() => void>();
  /** Calls collected during this turn, started at its end. */
  let waiting: Group | null = null;
  /** The group whose transaction is open right now (only while its calls are being started). */
  let open: Group | null = null;

  function publishSnapshot(name: EventName, read: () => unknown): void {
    let payload: unknown;
    try {
      payload = read();
    } catch {
      // The write is committed whatever a screen's snapshot does; screens resync on their next event.
      return;
    }
    events.publish(name, payload as never);
  }

  /** Snapshots held back by `atMostEveryMs`: the read to publish when the interval ends (null: none asked). */
  const throttledSnapshots = new Map<EventName, { read: (() => unknown) | null }>();

  function publishThrottledSnapshot(name: EventName, read: () => unknown, everyMs: number): void {
    const interval = throttledSnapshots.get(name);
    if (interval) {
      interval.read = read;
      return;
    }
    publishSnapshot(name, read);
    const opened: { read: (() => unknown) | null } = { read: null };
    throttledSnapshots.set(name, opened);
    timers.setTimeout(() => {
      throttledSnapshots.delete(name);
      try {
        if (opened.read) publishThrottledSnapshot(name, opened.read, everyMs);
      } catch {
        // Out of any caller's reach here: a snapshot that fails to go out is skipped, screens get the next one.
      }
    }, everyMs);
  }

  function publish(pending: readonly PendingEvent[], appended: boolean): void {
    // Snapshots and merged events go out once per name, where the last of them was queued.
    const last = new Map<EventName, number>();
    const merged = new Map<EventName, unknown>();
    pending.forEach((event, index) => {
      if ('snapshot' in event) last.set(event.name, index);
      if ('merge' in event) {
        last.set(event.name, index);
        merged.set(event.name, merged.has(event.name) ? event.merge(merged.get(event.name), event.payload) : event.payload);
      }
    });
    pending.forEach((event, index) => {
      if ('snapshot' in event) {
        if (last.get(event.name) !== index) return;
        if (event.atMostEveryMs) publishThrottledSnapshot(event.name, event.snapshot, event.atMostEveryMs);
        else publishSnapshot(event.name, event.snapshot);
      } else if ('merge' in event) {
        if (last.get(event.name) === index) events.publish(event.name, merged.get(event.name) as never);
      } else {
        events.publish(event.name, event.payload as never);
      }
    });
    if (appended) for (const listener of outboxListeners) listener();
  }

  function startGroup(): void {
    const group = waiting!;
    waiting = null;
    if (group.calls.length === 1) {
      // Alone in its turn: the call's own units of work commit as usual.
      const [call] = group.calls;
      group.finish();
      call!.settle(call!.start());
      return;
    }
    let started: Promise<unknown>[] = [];
    open = group;
    try {
      db.transaction(() => {
        started = group.calls.map((call) => call.start());
      }).immediate();
    } catch (error) {
      open = null;
      const failure = new AppError('INTERNAL', { detail: `group commit failed: ${(error as Error)?.message ?? String(error)}`.slice(0, 300) });
      group.finish(failure);
      for (const [index, call] of group.calls.entries()) {
        call.settle((started[index] ?? Promise.resolve()).then(() => Promise.reject(failure), () => Promise.reject(failure)));
      }
      return;
    }
    open = null;
    group.finish();
    publish(group.events, group.appended);
    group.calls.forEach((call, index) => call.settle(started[index]!));
  }

  return {
    onOutboxAppended(listener) {
      outboxListeners.add(listener);
      return () => outboxListeners.delete(listener);
    },

    grouped<T>(call: () => Promise<T>): Promise<T> {
      if (!waiting) {
        waiting = newGroup();
        setImmediate(startGroup);
      }
      const group = waiting;
      const start = (): Promise<unknown> => {
        try {
          return call();
        } catch (error) {
          return Promise.reject(error);
        }
      };
      return new Promise<T>((resolve, reject) => {
        group.calls.push({ start, settle: (outcome) => (outcome as Promise<T>).then(resolve, reject) });
      });
    },

    committed(): Promise<void> {
      return open ? open.done : Promise.resolve();
    },

    run<T>(actor: Actor, work: (ctx: WriteContext) => T): T {
      const pending: PendingEvent[] = [];
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
          toProvince(event, aggregateId, payload) {
            assertProvinceEventPayload(event, payload);
            const eventId = timeOrderedUuid(now);
            // The payload as given, not the schema's parsed copy: the outbox keeps the JSON the service built, key order and all.
            const { name: type, aggregateType } = event;
            repos.outbox.append({ eventId, type, aggregateType, aggregateId, payload, attachments: payloadAttachments(payload), createdAt: now });
            appended = true;
            return eventId;
          },
          afterCommit(name, payload) {
            pending.push({ name, payload });
          },
          afterCommitSnapshot(name, read, options) {
            pending.push({ name, snapshot: read, atMostEveryMs: options?.atMostEveryMs });
          },
          afterCommitMerged(name, payload, merge) {
            pending.push({ name, payload, merge: merge as (a: unknown, b: unknown) => unknown });
          },
        };
        return work(ctx);
      });
      const result = transaction.immediate();
      if (open) {
        // A savepoint inside the group's transaction: its effects wait for the group's commit.
        open.events.push(...pending);
        open.appended ||= appended;
      } else {
        publish(pending, appended);
      }
      return result;
    },
  };
}
