import type { QueueTicket } from '@contract';
import type { PriorityCategory } from '@domain/queue';
import type { TicketStatus } from '@domain/queue';
import type { Db } from '../connection';
import { dayNumberOf, vietnamInstantAt } from '@domain/calendar/civilDay';

export interface TicketRow {
  id: number;
  token: string;
  service_day: string;
  /** The area that issued the number. */
  area_id: number;
  /** The area the ticket waits in now (differs after a transfer). */
  queue_area_id: number;
  seq: number;
  number: string;
  priority: PriorityCategory | null;
  status: TicketStatus;
  counter_id: number | null;
  target_counter_id: number | null;
  recall_count: number;
  issued_at: string;
  called_at: string | null;
  started_at: string | null;
  finished_at: string | null;
}

export interface CounterSessionRow {
  counter_id: number;
  user_id: number;
  area_ids: string;
  opened_at: string;
  paused_at: string | null;
}

export type TicketEventKind = 'issued' | 'called' | 'recalled' | 'started' | 'finished' | 'no_show' | 'transferred';

export function toQueueTicket(row: TicketRow): QueueTicket {
  return {
    id: row.id,
    number: row.number,
    trackingToken: row.token,
    areaId: row.queue_area_id,
    priority: row.priority,
    status: row.status,
    issuedAt: row.issued_at,
    calledAt: row.called_at,
    startedAt: row.started_at,
    counterId: row.counter_id,
    targetCounterId: row.target_counter_id,
    recallCount: row.recall_count,
  };
}

export interface TimingRow {
  area_id: number;
  counter_id: number | null;
  issued_at: string;
  called_at: string | null;
  started_at: string | null;
  finished_at: string | null;
  status: TicketStatus;
}

/** Tickets, their stage events and the counters' working sessions. */
export interface QueueRepository {
  /** The next number of an area on a service day. */
  nextSeq(serviceDay: string, areaId: number): number;
  insertTicket(ticket: { token: string; serviceDay: string; areaId: number; seq: number; number: string; priority: PriorityCategory | null; issuedAt: Date }): number;
  byId(id: number): TicketRow | null;
  /** By the tracking token printed in the ticket's QR. */
  byToken(token: string): TicketRow | null;
  waiting(serviceDay: string): TicketRow[];
  currentOf(serviceDay: string, counterId: number): TicketRow | null;
  /** Each counter's current number (as `currentOf` picks it), for all counters at once. */
  currentNumbers(serviceDay: string): Map<number, string>;
  noShowsOf(serviceDay: string, counterId: number): TicketRow[];
  update(row: TicketRow): void;
  insertEvent(event: { ticketId: number; kind: TicketEventKind; counterId: number | null; userId: number | null; details?: unknown; at: Date }): number;
  /** Priority calls this counter made since its last normal call today. */
  consecutivePriorityCalls(counterId: number, serviceDay: string): number;
  /** The hall's last calls and recalls of a service day, newest first. */
  recentCalls(serviceDay: string, limit: number): { number: string; counter_number: number; area_name: string; kind: string; at: string }[];
  waitingByArea(serviceDay: string): Map<number, number>;
  timings(serviceDay: string): TimingRow[];
  peopleAhead(row: TicketRow): number;
  /** Today's average service time of an area in minutes, or null when nobody was served yet. */
  averageServiceMinutes(day: string, areaId: number): number | null;
  session(counterId: number): CounterSessionRow | null;
  sessions(): CounterSessionRow[];
  openSession(s: { counterId: number; userId: number; areaIds: number[]; at: Date }): void;
  closeSession(counterId: number): void;
  /** `at` null resumes the counter. */
  pauseSession(counterId: number, at: Date | null): void;
}

export function queueRepository(db: Db): QueueRepository {
  const nextSeq = db.prepare<[string, number], { next: number }>(
    'SELECT coalesce(max(seq), 0) + 1 AS next FROM tickets WHERE service_day = ? AND area_id = ?',
  );
  const insertTicket = db.prepare(`INSERT INTO tickets (token, service_day, area_id, queue_area_id, seq, number, priority, status, issued_at)
    VALUES (@token, @serviceDay, @areaId, @areaId, @seq, @number, @priority, 'waiting', @issuedAt)`);
  const byId = db.prepare<[number], TicketRow>('SELECT * FROM tickets WHERE id = ?');
  const byToken = db.prepare<[string], TicketRow>('SELECT * FROM tickets WHERE token = ?');
  const waiting = db.prepare<[string], TicketRow>("SELECT * FROM tickets WHERE service_day = ? AND status = 'waiting' ORDER BY issued_at, id");
  const currentOf = db.prepare<[string, number], TicketRow>(
    "SELECT * FROM tickets WHERE service_day = ? AND counter_id = ? AND status IN ('called', 'serving') ORDER BY called_at DESC LIMIT 1",
  );
  const currentNumbers = db.prepare<[string], { counter_id: number; number: string }>(
    "SELECT counter_id, number FROM tickets WHERE service_day = ? AND status IN ('called', 'serving') AND counter_id IS NOT NULL ORDER BY called_at",
  );
  const noShowsOf = db.prepare<[string, number], TicketRow>(
    "SELECT * FROM tickets WHERE service_day = ? AND counter_id = ? AND status = 'no_show' ORDER BY called_at DESC",
  );
  const update = db.prepare(`UPDATE tickets SET status = @status, counter_id = @counter_id, target_counter_id = @target_counter_id,
    queue_area_id = @queue_area_id, recall_count = @recall_count, called_at = @called_at, started_at = @started_at, finished_at = @finished_at
    WHERE id = @id`);
  const insertEvent = db.prepare(`INSERT INTO ticket_events (ticket_id, kind, counter_id, user_id, details, at)
    VALUES (@ticketId, @kind, @counterId, @userId, @details, @at)`);
  // Both walk an index of calls by time, newest first, from now back to the start of the
  // day at most: they stop after enough rows, or at the day's start, never in earlier days.
  // The kinds are written out (not bound) so that SQLite may use the partial indexes.
  const callsOfCounter = db.prepare<{ counterId: number; day: string; since: string }, { priority: string | null }>(
    `SELECT t.priority FROM ticket_events e INDEXED BY ticket_events_counter_calls JOIN tickets t ON t.id = e.ticket_id
     WHERE e.counter_id = @counterId AND e.kind = 'called' AND e.at >= @since AND t.service_day = @day
     ORDER BY e.at DESC, e.id DESC LIMIT 50`,
  );
  const recentCallRows = db.prepare<[string, number], { number: string; counter_number: number; area_name: string; kind: string; at: string }>(
    `SELECT t.number, c.number AS counter_number, a.name AS area_name, e.kind, e.at
     FROM ticket_events e INDEXED BY ticket_events_calls JOIN tickets t ON t.id = e.ticket_id JOIN counters c ON c.id = e.counter_id
     JOIN service_areas a ON a.id = t.queue_area_id
     WHERE e.kind IN ('called', 'recalled') AND e.at >= ? ORDER BY e.at DESC, e.id DESC LIMIT ?`,
  );
  /** The instant a service day starts (midnight in Vietnam), as the events' `at` is written. */
  const dayStart = (serviceDay: string) => vietnamInstantAt(dayNumberOf(serviceDay), 0).toISOString();
  const waitingByArea = db.prepare<[string], { area_id: number; n: number }>(
    "SELECT queue_area_id AS area_id, count(*) AS n FROM tickets WHERE service_day = ? AND status = 'waiting' GROUP BY queue_area_id",
  );
  const timings = db.prepare<[string], TimingRow>(
    'SELECT queue_area_id AS area_id, counter_id, issued_at, called_at, started_at, finished_at, status FROM tickets WHERE service_day = ?',
  );
  // Mirrors domain/queue peopleAhead(): the same rule as a count, so a kiosk does not load the whole hall.
  const ahead = db.prepare<{ day: string; areaId: number; target: number | null; priority: number; issuedAt: string; id: number }, { n: number }>(
    `SELECT count(*) AS n FROM tickets WHERE service_day = @day AND status = 'waiting' AND queue_area_id = @areaId
       AND target_counter_id IS @target AND id <> @id
       AND CASE WHEN @priority = 1 THEN priority IS NOT NULL AND (issued_at < @issuedAt OR (issued_at = @issuedAt AND id < @id))
                ELSE priority IS NOT NULL OR issued_at < @issuedAt OR (issued_at = @issuedAt AND id < @id) END`,
  );
  const averageService = db.prepare<[string, number], { minutes: number | null }>(
    `SELECT avg((julianday(finished_at) - julianday(coalesce(started_at, called_at, issued_at))) * 1440) AS minutes
     FROM tickets WHERE service_day = ? AND queue_area_id = ? AND status = 'done' AND finished_at IS NOT NULL`,
  );
  const session = db.prepare<[number], CounterSessionRow>('SELECT * FROM counter_sessions WHERE counter_id = ?');
  const sessions = db.prepare<[], CounterSessionRow>('SELECT * FROM counter_sessions');
  const openSession = db.prepare(`INSERT INTO counter_sessions (counter_id, user_id, area_ids, opened_at) VALUES (@counterId, @userId, @areaIds, @at)
    ON CONFLICT (counter_id) DO UPDATE SET user_id = excluded.user_id, area_ids = excluded.area_ids, opened_at = excluded.opened_at, paused_at = NULL`);
  const closeSession = db.prepare('DELETE FROM counter_sessions WHERE counter_id = ?');
  const pauseSession = db.prepare('UPDATE counter_sessions SET paused_at = ? WHERE counter_id = ?');

  return {
    nextSeq: (serviceDay: string, areaId: number) => nextSeq.get(serviceDay, areaId)!.next,
    insertTicket(ticket: { token: string; serviceDay: string; areaId: number; seq: number; number: string; priority: PriorityCategory | null; issuedAt: Date }): number {
      return Number(insertTicket.run({ ...ticket, issuedAt: ticket.issuedAt.toISOString() }).lastInsertRowid);
    },
    byId: (id: number) => byId.get(id) ?? null,
    byToken: (token: string) => byToken.get(token) ?? null,
    waiting: (serviceDay: string) => waiting.all(serviceDay),
    currentOf: (serviceDay: string, counterId: number) => currentOf.get(serviceDay, counterId) ?? null,
    currentNumbers(serviceDay: string): Map<number, string> {
      return new Map(currentNumbers.all(serviceDay).map((row) => [row.counter_id, row.number]));
    },
    noShowsOf: (serviceDay: string, counterId: number) => noShowsOf.all(serviceDay, counterId),
    update: (row: TicketRow) => void update.run(row),
    insertEvent(event: { ticketId: number; kind: TicketEventKind; counterId: number | null; userId: number | null; details?: unknown; at: Date }): number {
      return Number(
        insertEvent.run({ ...event, details: JSON.stringify(event.details ?? {}), at: event.at.toISOString() }).lastInsertRowid,
      );
    },
    consecutivePriorityCalls(counterId: number, serviceDay: string): number {
      // Stepped, not fetched: the streak usually ends at the first or second call.
      let count = 0;
      for (const call of callsOfCounter.iterate({ counterId, day: serviceDay, since: dayStart(serviceDay) })) {
        if (call.priority === null) break;
        count += 1;
      }
      return count;
    },
    recentCalls(serviceDay: string, limit: number) {
      return recentCallRows.all(dayStart(serviceDay), limit);
    },
    waitingByArea: (serviceDay: string) => new Map(waitingByArea.all(serviceDay).map((row) => [row.area_id, row.n])),
    timings: (serviceDay: string) => timings.all(serviceDay),
    peopleAhead: (row: TicketRow) =>
      ahead.get({ day: row.service_day, areaId: row.queue_area_id, target: row.target_counter_id, priority: row.priority === null ? 0 : 1, issuedAt: row.issued_at, id: row.id })!.n,
    averageServiceMinutes: (day: string, areaId: number) => averageService.get(day, areaId)!.minutes,
    session: (counterId: number) => session.get(counterId) ?? null,
    sessions: () => sessions.all(),
    openSession: (s: { counterId: number; userId: number; areaIds: number[]; at: Date }) =>
      void openSession.run({ ...s, areaIds: JSON.stringify(s.areaIds), at: s.at.toISOString() }),
    closeSession: (counterId: number) => void closeSession.run(counterId),
    pauseSession: (counterId: number, at: Date | null) => void pauseSession.run(at ? at.toISOString() : null, counterId),
  };
}
