/**
 * The queue: kiosks issue tickets, counters call them, boards show the calls.
 * Every change is one immediate transaction (so two counters can never take the
 * same ticket and two kiosks never the same number) that records the stage event
 * and the audit row; the public board is pushed to the screens after the commit.
 */
import { randomBytes } from 'node:crypto';
import { AppError, type Board, type Counter, type CounterState, type IssuedTicket, type QueueStats, type TrackedTicket } from '@contract';
import type { Repositories } from '../../db/repositories';
import { toQueueTicket, type TicketEventKind, type TicketRow } from '../../db/repositories/queueRepository';
import {
  callOrder,
  canApply,
  eligible,
  pickNextTicket,
  statusAfter,
  ticketNumber,
  type Candidate,
  type PriorityCategory,
  type QueuePolicy,
  type TicketAction,
} from '@domain/queue';
import { announcementFor } from '@domain/speech';
import { provinceEvents } from '@domain/sync/provinceEvents';
import type { Clock } from '@domain/time/clock';
import { vietnamDay } from '@domain/time/vietnamTime';
import { userIdOf, type Actor } from '../actor';
import type { Logger } from '../../runtime/logger';
import type { UnitOfWork, WriteContext } from '../unitOfWork';
import { issuedPerHour, kpis } from './queueStats';
import type { TicketPrinterPort } from './ticketPrinting';

export interface QueueDeps {
  repos: Repositories;
  uow: UnitOfWork;
  clock: Clock;
  logger: Logger;
  /** The configured ticket printer, or null when the kiosk has none. */
  printer: () => TicketPrinterPort | null;
  policy: () => QueuePolicy;
}

const candidate = (row: TicketRow): Candidate => ({
  id: row.id,
  areaId: row.queue_area_id,
  priority: row.priority !== null,
  issuedAt: Date.parse(row.issued_at),
  targetCounterId: row.target_counter_id,
});

/**
 * A hall TV needs no more than ten boards a second, however busy the morning: a
 * board asked for sooner goes out at the end of the interval, with everything
 * since. The calls themselves go out at once (`queue.called`), and the board
 * applies each one as it arrives.
 */
const boardSnapshotEveryMs = 100;

/** A counter's screen lists the next tickets, not the whole hall. */
const waitingListLimit = 50;

const ticketStateMessages: Record<TicketAction, string> = {
  call: 'Số này không còn ở trạng thái chờ.',
  recall: 'Chỉ gọi lại được số đang được gọi hoặc đã vắng mặt.',
  start: 'Chỉ bắt đầu phục vụ được số vừa được gọi.',
  finish: 'Số này đã kết thúc phục vụ.',
  no_show: 'Chỉ đánh dấu vắng mặt được số đang được gọi.',
  transfer: 'Chỉ chuyển được số đang được gọi hoặc đang phục vụ.',
};

const eventOf: Record<TicketAction, TicketEventKind> = {
  call: 'called',
  recall: 'recalled',
  start: 'started',
  finish: 'finished',
  no_show: 'no_show',
  transfer: 'transferred',
};

/** Tickets from the kiosk to the counter, the hall board and the tracking page. */
export interface QueueService {
  board(): Board;
  counterState(counterId: number): CounterState;
  issueTicket(actor: Actor, input: { areaId: number; priority: PriorityCategory | null }): Promise<IssuedTicket>;
  policy(): QueuePolicy;
  setPolicy(actor: Actor, policy: QueuePolicy): QueuePolicy;
  /** Prints a ticket again (the kiosk's printer jammed, the citizen lost it): same number, audited. */
  reprintTicket(actor: Actor, ticketId: number): Promise<{ printed: boolean; problem: string | null }>;
  openCounter(actor: Actor, input: { counterId: number; areaIds: number[] }): CounterState;
  closeCounter(actor: Actor, counterId: number): CounterState;
  setPaused(actor: Actor, counterId: number, paused: boolean): CounterState;
  callNext(actor: Actor, counterId: number): CounterState;
  /** Calls the current ticket again, or brings back a ticket marked absent earlier today. */
  recall(actor: Actor, counterId: number, ticketId?: number): CounterState;
  start(actor: Actor, counterId: number): CounterState;
  finish(actor: Actor, counterId: number): CounterState;
  noShow(actor: Actor, counterId: number): CounterState;
  /** Sends the current ticket back to waiting elsewhere, keeping its number and original issue time. */
  transfer(actor: Actor, input: { counterId: number; toAreaId?: number | undefined; toCounterId?: number | undefined }): CounterState;
  /** What a phone that scanned the ticket's QR may see (no personal data). */
  track(token: string): TrackedTicket;
  stats(): QueueStats;
}

export function queueService(deps: QueueDeps): QueueService {
  const { repos, uow, clock } = deps;
  const today = () => vietnamDay(clock.now());

  function activeArea(areaId: number) {
    const area = repos.catalogue.serviceAreas().find((a) => a.id === areaId && a.active);
    if (!area) {
      throw new AppError('NOT_FOUND', { message: 'Lĩnh vực không tồn tại hoặc đã ngừng tiếp nhận.', detail: `Service area ${areaId} not found or inactive` });
    }
    return area;
  }

  function counterOf(counterId: number) {
    const counter = repos.catalogue.counterById(counterId);
    if (!counter || !counter.active) throw new AppError('NOT_FOUND', { message: 'Quầy không tồn tại.', detail: `Counter ${counterId} not found` });
    return counter;
  }

  /** The caller's open session at a counter (with the counter); only the officer at a counter works it. */
  function sessionFor(actor: Actor, counterId: number) {
    const counter = counterOf(counterId);
    const session = repos.queue.session(counterId);
    if (!session) throw new AppError('COUNTER_CLOSED');
    if (actor.kind === 'user' && session.user_id !== actor.userId) {
      throw new AppError('CONFLICT', { message: 'Quầy này đang do cán bộ khác phụ trách. Hãy mở lại quầy nếu bạn nhận ca.', detail: 'Counter held by another user' });
    }
    return { ...session, counter, areaIds: JSON.parse(session.area_ids) as number[] };
  }

  function board(day = today()): Board {
    const areas = repos.catalogue.serviceAreas().filter((a) => a.active);
    const waiting = repos.queue.waitingByArea(day);
    const sessions = new Map(repos.queue.sessions().map((s) => [s.counter_id, s]));
    const currentNumbers = repos.queue.currentNumbers(day);
    return {
      serviceDay: day,
      counters: repos.catalogue
        .counters()
        .filter((c) => c.active)
        .map((c) => {
          const session = sessions.get(c.id);
          return {
            counterNumber: c.number,
            name: c.name,
            open: session !== undefined,
            paused: session?.paused_at != null,
            currentNumber: currentNumbers.get(c.id) ?? null,
          };
        }),
      recentCalls: repos.queue.recentCalls(day, 10).map((call) => ({
        ticketNumber: call.number,
        counterNumber: call.counter_number,
        areaName: call.area_name,
        recall: call.kind === 'recalled',
        at: call.at,
      })),
      waitingByArea: areas.map((a) => ({ areaId: a.id, areaName: a.name, prefix: a.ticketPrefix, waiting: waiting.get(a.id) ?? 0 })),
    };
  }

  /** `known`: the counter, when the caller has just read it. */
  function counterState(counterId: number, day = today(), known?: Counter): CounterState {
    const counter = known ?? counterOf(counterId);
    const session = repos.queue.session(counterId);
    const areaIds = session ? (JSON.parse(session.area_ids) as number[]) : counter.areaIds;
    const calling = { counterId, openAreaIds: areaIds, consecutivePriorityCalls: repos.queue.consecutivePriorityCalls(counterId, day) };
    // The list shows the order the policy would call them in, as of now (the first ones are what matters).
    const pending = repos.queue.waiting(day);
    const rows = new Map(pending.map((row) => [row.id, row]));
    const eligibleCount = pending.filter((row) => eligible(candidate(row), calling)).length;
    const ordered = callOrder(pending.map(candidate), calling, clock.now().getTime(), deps.policy(), waitingListLimit).map((c) => rows.get(c.id)!);
    const current = repos.queue.currentOf(day, counterId);
    return {
      counterId,
      counterNumber: counter.number,
      open: session !== null,
      paused: session?.paused_at != null,
      userId: session?.user_id ?? null,
      areaIds,
      current: current ? toQueueTicket(current) : null,
      waiting: ordered.map(toQueueTicket),
      waitingTotal: eligibleCount,
      noShows: repos.queue.noShowsOf(day, counterId).map(toQueueTicket),
    };
  }

  function record(ctx: WriteContext, ticket: TicketRow, kind: TicketEventKind, counterId: number | null, details: Record<string, unknown> = {}): number {
    const userId = userIdOf(ctx.actor);
    const eventId = ctx.repos.queue.insertEvent({ ticketId: ticket.id, kind, counterId, userId, details, at: ctx.now });
    ctx.audit(`ticket.${kind}`, 'ticket', ticket.id, { number: ticket.number, counterId, ...details });
    return eventId;
  }

  function announce(ctx: WriteContext, ticket: TicketRow, counterNumber: number, callId: number, recall: boolean) {
    const area = ctx.repos.catalogue.serviceAreas().find((a) => a.id === ticket.queue_area_id)!;
    const { text, clips } = announcementFor({ ticketNumber: ticket.number, counterNumber, recall });
    ctx.afterCommit('queue.called', { callId, ticketNumber: ticket.number, counterNumber, areaName: area.name, recall, at: ctx.now.toISOString(), text, clips });
  }

  /** Screens hear once of the areas that writes committed together changed. */
  function changed(ctx: WriteContext, areaIds: number[]) {
    ctx.afterCommitMerged('queue.changed', { areaIds: [...new Set(areaIds)] }, (a, b) => ({ areaIds: [...new Set([...a.areaIds, ...b.areaIds])] }));
    const day = vietnamDay(ctx.now);
    ctx.afterCommitSnapshot('queue.board', () => board(day), { atMostEveryMs: boardSnapshotEveryMs });
  }

  /** Runs one action on the counter's current ticket (or a chosen no-show) in one transaction. */
  function act(
    actor: Actor,
    counterId: number,
    action: TicketAction,
    change: (ticket: TicketRow, ctx: WriteContext) => TicketRow,
    pickTicket?: (day: string) => TicketRow | null,
  ): CounterState {
    return uow.run(actor, (ctx) => {
      const session = sessionFor(actor, counterId);
      const day = vietnamDay(ctx.now);
      const ticket = pickTicket ? pickTicket(day) : ctx.repos.queue.currentOf(day, counterId);
      if (!ticket) {
        throw new AppError('INVALID_STATE', { message: 'Quầy chưa gọi số nào.', detail: `No current ticket at counter ${counterId}` });
      }
      if (!canApply(action, ticket.status)) {
        throw new AppError('INVALID_STATE', { message: ticketStateMessages[action], detail: `Cannot ${action} a ${ticket.status} ticket` });
      }
      const updated = change({ ...ticket, status: statusAfter(action) }, ctx);
      ctx.repos.queue.update(updated);
      const eventId = record(ctx, updated, eventOf[action], counterId, action === 'transfer' ? { toAreaId: updated.queue_area_id, toCounterId: updated.target_counter_id } : {});
      if (action === 'recall') announce(ctx, updated, session.counter.number, eventId, true);
      changed(ctx, [ticket.queue_area_id, updated.queue_area_id, ...session.areaIds]);
      return counterState(counterId, day, session.counter);
    });
  }

  return {
    board: () => board(),
    counterState: (counterId: number) => counterState(counterId),

    async issueTicket(actor: Actor, input: { areaId: number; priority: PriorityCategory | null }): Promise<IssuedTicket> {
      const issued = uow.run(actor, (ctx) => {
        const area = activeArea(input.areaId);
        const day = vietnamDay(ctx.now);
        const seq = ctx.repos.queue.nextSeq(day, area.id);
        const number = ticketNumber(area.ticketPrefix, seq);
        const token = randomBytes(18).toString('base64url');
        const id = ctx.repos.queue.insertTicket({ token, serviceDay: day, areaId: area.id, seq, number, priority: input.priority, issuedAt: ctx.now });
        const row = ctx.repos.queue.byId(id)!;
        record(ctx, row, 'issued', null, { areaId: area.id, priority: input.priority });
        ctx.toProvince(provinceEvents.ticketIssued, `${day}/${number}`, { serviceDay: day, number, areaCode: area.code, priority: input.priority !== null, issuedAt: ctx.now.toISOString() });
        changed(ctx, [area.id]);
        const ahead = ctx.repos.queue.peopleAhead(row);
        const average = ctx.repos.queue.averageServiceMinutes(day, area.id);
        const servingCounters = Math.max(
          1,
          ctx.repos.queue.sessions().filter((s) => !s.paused_at && (JSON.parse(s.area_ids) as number[]).includes(area.id)).length,
        );
        return {
          row,
          areaName: area.name,
          ticket: {
            id,
            number,
            areaId: area.id,
            areaName: area.name,
            priority: input.priority,
            peopleAhead: ahead,
            estimatedWaitMinutes: average === null ? null : Math.round((ahead * average) / servingCounters),
            issuedAt: ctx.now.toISOString(),
            trackingToken: token,
          },
        };
      });
      // Paper cannot be taken back: print only what is committed.
      await uow.committed();
      const printer = deps.printer();
      if (!printer) {
        return { ...issued.ticket, printed: false, printProblem: 'Chưa kết nối máy in phiếu. Vui lòng ghi nhớ số thứ tự trên màn hình.' };
      }
      try {
        await printer.print({
          centreName: repos.site.get()?.centreName ?? '',
          areaName: issued.areaName,
          number: issued.ticket.number,
          priority: input.priority,
          peopleAhead: issued.ticket.peopleAhead,
          issuedAt: new Date(issued.ticket.issuedAt),
          trackingToken: issued.ticket.trackingToken,
        });
        return { ...issued.ticket, printed: true, printProblem: null };
      } catch (error) {
        const problem = error instanceof AppError ? error.messageVi : 'Máy in phiếu không phản hồi.';
        deps.logger.warn('Ticket printer failed', { code: error instanceof AppError ? error.code : 'unknown' });
        return { ...issued.ticket, printed: false, printProblem: `${problem} Vui lòng ghi nhớ số thứ tự trên màn hình.` };
      }
    },

    policy: (): QueuePolicy => deps.policy(),
    setPolicy(actor: Actor, policy: QueuePolicy): QueuePolicy {
      return uow.run(actor, (ctx) => {
        ctx.repos.settings.set('queue.policy', policy, ctx.now);
        ctx.audit('queue.policy', 'settings', 'queue.policy', { ...policy });
        ctx.afterCommit('queue.changed', { areaIds: ctx.repos.catalogue.serviceAreas().map((a) => a.id) });
        return policy;
      });
    },

    async reprintTicket(actor: Actor, ticketId: number): Promise<{ printed: boolean; problem: string | null }> {
      const ticket = repos.queue.byId(ticketId);
      if (!ticket || ticket.service_day !== today()) {
        throw new AppError('NOT_FOUND', { message: 'Không tìm thấy số này trong ngày hôm nay.', detail: `Ticket ${ticketId} not found today` });
      }
      const printer = deps.printer();
      if (!printer) return { printed: false, problem: 'Chưa kết nối máy in phiếu.' };
      uow.run(actor, (ctx) => ctx.audit('ticket.reprint', 'ticket', ticket.id, { number: ticket.number }));
      await uow.committed();
      try {
        await printer.print({
          centreName: repos.site.get()?.centreName ?? '',
          areaName: repos.catalogue.serviceAreas().find((a) => a.id === ticket.queue_area_id)?.name ?? '',
          number: ticket.number,
          priority: ticket.priority,
          peopleAhead: ticket.status === 'waiting' ? repos.queue.peopleAhead(ticket) : 0,
          issuedAt: new Date(ticket.issued_at),
          trackingToken: ticket.token,
        });
        return { printed: true, problem: null };
      } catch (error) {
        return { printed: false, problem: error instanceof AppError ? error.messageVi : 'Máy in phiếu không phản hồi.' };
      }
    },

    openCounter(actor: Actor, input: { counterId: number; areaIds: number[] }): CounterState {
      if (actor.kind !== 'user') throw new AppError('UNAUTHENTICATED');
      return uow.run(actor, (ctx) => {
        const counter = counterOf(input.counterId);
        const areaIds = [...new Set(input.areaIds)].map((id) => activeArea(id).id);
        const previous = ctx.repos.queue.session(input.counterId);
        ctx.repos.queue.openSession({ counterId: input.counterId, userId: actor.userId, areaIds, at: ctx.now });
        ctx.audit('counter.open', 'counter', input.counterId, { areaIds, takenOverFrom: previous && previous.user_id !== actor.userId ? previous.user_id : null });
        changed(ctx, areaIds);
        return counterState(input.counterId, vietnamDay(ctx.now), counter);
      });
    },

    closeCounter(actor: Actor, counterId: number): CounterState {
      return uow.run(actor, (ctx) => {
        const session = sessionFor(actor, counterId);
        const day = vietnamDay(ctx.now);
        if (ctx.repos.queue.currentOf(day, counterId)) {
          throw new AppError('INVALID_STATE', { message: 'Hãy kết thúc hoặc chuyển số đang phục vụ trước khi đóng quầy.', detail: 'Counter still has a current ticket' });
        }
        ctx.repos.queue.closeSession(counterId);
        ctx.audit('counter.close', 'counter', counterId);
        changed(ctx, session.areaIds);
        return counterState(counterId, day, session.counter);
      });
    },

    setPaused(actor: Actor, counterId: number, paused: boolean): CounterState {
      return uow.run(actor, (ctx) => {
        const session = sessionFor(actor, counterId);
        ctx.repos.queue.pauseSession(counterId, paused ? ctx.now : null);
        ctx.audit(paused ? 'counter.pause' : 'counter.resume', 'counter', counterId);
        changed(ctx, session.areaIds);
        return counterState(counterId, vietnamDay(ctx.now), session.counter);
      });
    },

    callNext(actor: Actor, counterId: number): CounterState {
      return uow.run(actor, (ctx) => {
        const session = sessionFor(actor, counterId);
        if (session.paused_at) throw new AppError('COUNTER_CLOSED', { message: 'Quầy đang tạm nghỉ. Hãy tiếp tục làm việc trước khi gọi số.', detail: 'Counter paused' });
        const day = vietnamDay(ctx.now);
        if (ctx.repos.queue.currentOf(day, counterId)) {
          throw new AppError('INVALID_STATE', {
            message: 'Quầy đang có số được gọi. Hãy kết thúc phục vụ, đánh dấu vắng mặt hoặc chuyển số đó trước.',
            detail: 'Counter already has a current ticket',
          });
        }
        const waiting = ctx.repos.queue.waiting(day);
        const next = pickNextTicket(
          waiting.map(candidate),
          { counterId, openAreaIds: session.areaIds, consecutivePriorityCalls: ctx.repos.queue.consecutivePriorityCalls(counterId, day) },
          ctx.now.getTime(),
          deps.policy(),
        );
        if (!next) throw new AppError('QUEUE_EMPTY');
        const row = waiting.find((t) => t.id === next.id)!;
        const called: TicketRow = { ...row, status: 'called', counter_id: counterId, called_at: ctx.now.toISOString(), target_counter_id: null };
        ctx.repos.queue.update(called);
        const callId = record(ctx, called, 'called', counterId);
        announce(ctx, called, session.counter.number, callId, false);
        changed(ctx, [row.queue_area_id]);
        return counterState(counterId, day, session.counter);
      });
    },

    recall(actor: Actor, counterId: number, ticketId?: number): CounterState {
      return act(
        actor,
        counterId,
        'recall',
        (ticket, ctx) => ({ ...ticket, counter_id: counterId, recall_count: ticket.recall_count + 1, called_at: ctx.now.toISOString() }),
        ticketId === undefined
          ? undefined
          : (day) => {
              const ticket = repos.queue.byId(ticketId);
              if (!ticket || ticket.service_day !== day) {
                throw new AppError('NOT_FOUND', { message: 'Không tìm thấy số này trong ngày hôm nay.', detail: `Ticket ${ticketId} not found today` });
              }
              if (ticket.status === 'no_show' && repos.queue.currentOf(day, counterId)) {
                throw new AppError('INVALID_STATE', { message: 'Quầy đang có số được gọi. Hãy kết thúc số đó trước khi gọi lại số vắng mặt.', detail: 'Counter busy' });
              }
              return ticket;
            },
      );
    },
    start: (actor: Actor, counterId: number) => act(actor, counterId, 'start', (t, ctx) => ({ ...t, started_at: ctx.now.toISOString() })),
    finish: (actor: Actor, counterId: number) => act(actor, counterId, 'finish', (t, ctx) => ({ ...t, finished_at: ctx.now.toISOString() })),
    noShow: (actor: Actor, counterId: number) => act(actor, counterId, 'no_show', (t) => t),

    transfer(actor: Actor, input: { counterId: number; toAreaId?: number | undefined; toCounterId?: number | undefined }): CounterState {
      return act(actor, input.counterId, 'transfer', (ticket) => {
        if (input.toCounterId !== undefined) {
          if (input.toCounterId === input.counterId) {
            throw new AppError('INVALID_STATE', { message: 'Không thể chuyển số về chính quầy này.', detail: 'Transfer to the same counter' });
          }
          counterOf(input.toCounterId);
          return { ...ticket, counter_id: null, called_at: null, started_at: null, target_counter_id: input.toCounterId };
        }
        const area = activeArea(input.toAreaId!);
        return { ...ticket, counter_id: null, called_at: null, started_at: null, target_counter_id: null, queue_area_id: area.id };
      });
    },

    track(token: string): TrackedTicket {
      const ticket = repos.queue.byToken(token);
      if (!ticket) throw new AppError('NOT_FOUND', { message: 'Không tìm thấy phiếu. Mã QR có thể đã hết hạn.', detail: 'Unknown tracking token' });
      const counter = ticket.counter_id === null ? null : repos.catalogue.counterById(ticket.counter_id);
      return {
        number: ticket.number,
        areaName: repos.catalogue.serviceAreas().find((a) => a.id === ticket.queue_area_id)?.name ?? '',
        status: ticket.status,
        peopleAhead: ticket.status === 'waiting' ? repos.queue.peopleAhead(ticket) : 0,
        counterNumber: counter?.number ?? null,
        issuedAt: ticket.issued_at,
        calledAt: ticket.called_at,
        serviceDay: ticket.service_day,
      };
    },

    stats(): QueueStats {
      const day = today();
      const rows = repos.queue.timings(day);
      return {
        serviceDay: day,
        waitingNow: rows.filter((r) => r.status === 'waiting').length,
        total: kpis(rows),
        byArea: repos.catalogue.serviceAreas().map((a) => ({ areaId: a.id, areaName: a.name, ...kpis(rows.filter((r) => r.area_id === a.id)) })),
        byCounter: repos.catalogue
          .counters()
          .map((c) => ({ counterId: c.id, counterNumber: c.number, ...kpis(rows.filter((r) => r.counter_id === c.id)) })),
        perHour: issuedPerHour(rows),
      };
    },
  };
}


