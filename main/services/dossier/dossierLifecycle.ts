/**
 * What happens to a dossier after it is received: a supplement is asked for (the
 * deadline pauses) and later recorded (the deadline moves by the working time the
 * citizen took), the result is returned, the citizen withdraws, a late result gets
 * a new date (form 04), and the province reports its own statuses. Each is one
 * transaction with the status event, the province's outbox row and the audit row.
 */
import { AppError, type Dossier } from '@contract';
import type { DossierRow } from '../../db/repositories/dossierRepository';
import { extendDue } from '@domain/calendar';
import { assertMove, canTakeDossierAction, dossierStatus, isDossierStatus, statusToResume, type DossierStatus, type StatusSource } from '@domain/dossier';
import { provinceEvents } from '@domain/sync/provinceEvents';
import { userIdOf, type Actor } from '../actor';
import type { WriteContext } from '../unitOfWork';
import type { DossierDeps } from './dossierDeps';
import { dossierView, nationalPayloadOf, requireDossier } from './dossierViews';

export interface SupplementItem {
  name: string;
  originals: number;
  certifiedCopies: number;
  copies: number;
}

/** A received dossier's moves through the status machine, each audited and, when the province must know, queued for it. */
export interface DossierLifecycle {
  requestSupplement(actor: Actor, input: { dossierId: number; reason: string; items: SupplementItem[]; contact: string | null }): Dossier;
  /** The citizen brought what was missing: the deadline resumes, extended by the wait. */
  recordSupplement(actor: Actor, input: { dossierId: number; note: string | null }): Dossier;
  returnResult(actor: Actor, input: { dossierId: number; collectedBy: string; note: string | null }): Dossier;
  withdraw(actor: Actor, input: { dossierId: number; reason: string }): Dossier;
  /** A result that will be late gets a new appointment (form 04 apologises and names it). */
  postpone(actor: Actor, input: { dossierId: number; newDueAt: Date; reason: string }): Dossier;
  /** A status decided by the province, applied inside the sync's transaction. */
  applyProvinceStatus(ctx: WriteContext, code: string, to: number, note: string | null): void;
}

export function dossierLifecycle(deps: DossierDeps): DossierLifecycle {
  const { repos, uow } = deps;

  /** Moves a dossier and records everything that goes with the move. */
  function move(
    ctx: WriteContext,
    row: DossierRow,
    to: DossierStatus,
    source: StatusSource,
    note: string | null,
    change: Partial<DossierRow> = {},
  ): DossierRow {
    const from = isDossierStatus(row.status) ? row.status : null;
    assertMove(from, to, source);
    const updated: DossierRow = { ...row, ...change, status: to };
    ctx.repos.dossiers.update(updated, ctx.now);
    ctx.repos.dossiers.insertEvent({
      dossierId: row.id,
      from,
      to,
      source,
      note,
      actorUserId: userIdOf(ctx.actor),
      at: ctx.now,
    });
    // The province decided a 'province' move itself: sending it back would only echo.
    if (source === 'counter') ctx.toProvince(provinceEvents.dossierStatus, row.code, nationalPayloadOf(ctx.repos, updated));
    ctx.audit('dossier.status', 'dossier', row.id, { code: row.code, from, to, source });
    ctx.afterCommit('dossier.changed', { dossierId: row.id, code: row.code, status: to });
    return updated;
  }

  const view = (id: number) => dossierView(repos, repos.dossiers.byId(id)!, deps.clock.now());

  return {
    requestSupplement(actor: Actor, input: { dossierId: number; reason: string; items: SupplementItem[]; contact: string | null }): Dossier {
      uow.run(actor, (ctx) => {
        const row = requireDossier(ctx.repos, input.dossierId);
        move(ctx, row, dossierStatus.supplementRequested, 'counter', input.reason, { paused_at: ctx.now.toISOString(), resume_status: statusToResume(row.status) });
        ctx.repos.dossiers.insertSupplement(row.id, ctx.now, userIdOf(ctx.actor), input.reason, input.items, input.contact);
      });
      return view(input.dossierId);
    },

    /** The citizen brought what was missing: the deadline resumes, extended by the wait. */
    recordSupplement(actor: Actor, input: { dossierId: number; note: string | null }): Dossier {
      uow.run(actor, (ctx) => {
        const row = requireDossier(ctx.repos, input.dossierId);
        if (!canTakeDossierAction('recordSupplement', row.status) || !row.paused_at) {
          throw new AppError('INVALID_STATE', { message: 'Hồ sơ không ở trạng thái chờ bổ sung.', detail: 'Dossier is not awaiting a supplement' });
        }
        const due = extendDue(new Date(row.due_at), new Date(row.paused_at), ctx.now, deps.calendar(), deps.officeHours());
        move(ctx, row, statusToResume(row.resume_status), 'counter', input.note ?? 'Đã nhận hồ sơ bổ sung', {
          due_at: due.toISOString(),
          paused_at: null,
          resume_status: null,
          original_due_at: row.original_due_at ?? row.due_at,
        });
        const open = ctx.repos.dossiers.openSupplement(row.id);
        if (open) ctx.repos.dossiers.closeSupplement(open.id, ctx.now);
      });
      return view(input.dossierId);
    },

    returnResult(actor: Actor, input: { dossierId: number; collectedBy: string; note: string | null }): Dossier {
      uow.run(actor, (ctx) => {
        const row = requireDossier(ctx.repos, input.dossierId);
        move(ctx, row, dossierStatus.returned, 'counter', input.note, {
          returned_at: ctx.now.toISOString(),
          finished_at: row.finished_at ?? ctx.now.toISOString(),
          collected_by: input.collectedBy,
        });
      });
      return view(input.dossierId);
    },

    withdraw(actor: Actor, input: { dossierId: number; reason: string }): Dossier {
      uow.run(actor, (ctx) => move(ctx, requireDossier(ctx.repos, input.dossierId), dossierStatus.withdrawn, 'counter', input.reason, { paused_at: null }));
      return view(input.dossierId);
    },

    /** A result that will be late gets a new appointment (form 04 apologises and names it). */
    postpone(actor: Actor, input: { dossierId: number; newDueAt: Date; reason: string }): Dossier {
      uow.run(actor, (ctx) => {
        const row = requireDossier(ctx.repos, input.dossierId);
        if (!canTakeDossierAction('postpone', row.status)) {
          throw new AppError('INVALID_STATE', { message: 'Chỉ hẹn lại ngày trả cho hồ sơ đang giải quyết.', detail: `Cannot postpone a dossier in status ${row.status}` });
        }
        if (input.newDueAt.getTime() <= Date.parse(row.due_at)) {
          throw new AppError('VALIDATION_FAILED', { message: 'Ngày hẹn mới phải sau ngày hẹn hiện tại.', detail: 'New due date not after the current one' });
        }
        if (!deps.calendar().isWorkingDay(input.newDueAt)) {
          throw new AppError('VALIDATION_FAILED', { message: 'Ngày hẹn mới rơi vào ngày nghỉ. Hãy chọn một ngày làm việc.', detail: 'New due date on a day off' });
        }
        const updated: DossierRow = { ...row, due_at: input.newDueAt.toISOString(), original_due_at: row.original_due_at ?? row.due_at };
        ctx.repos.dossiers.update(updated, ctx.now);
        const eventId = ctx.repos.dossiers.insertEvent({
          dossierId: row.id,
          from: row.status,
          to: row.status,
          source: 'counter',
          // For people reading the history; form 04 reads the postponement row.
          note: `Hẹn lại ngày trả: ${input.reason}`,
          actorUserId: userIdOf(ctx.actor),
          at: ctx.now,
        });
        ctx.repos.dossiers.insertPostponement(eventId, row.due_at, updated.due_at, input.reason);
        ctx.toProvince(provinceEvents.dossierStatus, row.code, nationalPayloadOf(ctx.repos, updated));
        ctx.audit('dossier.postpone', 'dossier', row.id, { code: row.code, newDueAt: updated.due_at });
        ctx.afterCommit('dossier.changed', { dossierId: row.id, code: row.code, status: row.status });
      });
      return view(input.dossierId);
    },

    /** A status decided by the province, applied inside the sync's transaction. */
    applyProvinceStatus(ctx: WriteContext, code: string, to: number, note: string | null): void {
      const row = ctx.repos.dossiers.byCode(code);
      if (!row) throw new AppError('NOT_FOUND', { detail: 'Province status for an unknown dossier' });
      if (!isDossierStatus(to)) throw new AppError('VALIDATION_FAILED', { detail: `Unknown status ${to}` });
      move(ctx, row, to, 'province', note, to === dossierStatus.processed ? { finished_at: ctx.now.toISOString() } : {});
    },
  };
}
