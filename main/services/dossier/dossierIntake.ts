/**
 * Receiving (or refusing) a dossier at the counter, in ONE transaction: the
 * applicant found or added by ID number, the next dossier code of the day, the
 * appointment from the working calendar, the checklist, attachments and fees,
 * the status event, the outbox row for the province and the audit row. Saving the
 * same form twice (same requestId) returns the dossier saved the first time.
 */
import { AppError, type Dossier } from '@contract';
import type { dossierIntakeSchema, personInputSchema } from '@contract/dossier';
import type { z } from 'zod';
import { validatePersonalNumber } from '@domain/cccd';
import { dueDate } from '@domain/calendar';
import { assertMove, dossierCode, dossierStatus } from '@domain/dossier';
import { provinceEvents } from '@domain/sync/provinceEvents';
import { foldVietnamese } from '@domain/text/foldVietnamese';
import { vietnamDay, vietnamLocal } from '@domain/time/vietnamTime';
import { userIdOf, type Actor } from '../actor';
import type { WriteContext } from '../unitOfWork';
import type { DossierDeps } from './dossierDeps';
import { dossierView, nationalPayloadOf } from './dossierViews';

export type ParsedIntake = z.output<typeof dossierIntakeSchema>;
type ParsedPerson = z.output<typeof personInputSchema>;

export interface ReceiveResult {
  dossier: Dossier;
  /** True when this requestId had already been saved: nothing new was written. */
  alreadySaved: boolean;
}

function checkPerson(person: ParsedPerson, who: string): void {
  if (person.idNumber) {
    try {
      validatePersonalNumber(person.idNumber, { dateOfBirth: person.dateOfBirth ?? undefined, gender: person.gender ?? undefined });
    } catch (error) {
      if (error instanceof AppError) {
        throw new AppError(error.code, { message: `${who}: ${error.messageVi}`, detail: error.detail, issues: error.issues });
      }
      throw error;
    }
  }
}

/** The citizen record for a person: found by ID number and updated, or added. */
function citizenFor(ctx: WriteContext, person: ParsedPerson): number {
  const fields = { ...person, fullName: person.fullName.normalize('NFC'), nameFolded: foldVietnamese(person.fullName) };
  const existing = person.idNumber ? ctx.repos.citizens.byIdNumber(person.idNumber) : null;
  if (existing) {
    ctx.repos.citizens.update(existing.id, fields, ctx.now);
    return existing.id;
  }
  return ctx.repos.citizens.insert(fields, ctx.now);
}

export interface DossierIntake {
  /** Saves a received dossier (a retried request answers with what it already saved). */
  receive(actor: Actor, input: ParsedIntake): ReceiveResult;
  /** Saves a dossier the counter refused, with the reason (form 03). */
  refuse(actor: Actor, input: ParsedIntake & { reason: string }): ReceiveResult;
}

export function dossierIntake(deps: DossierDeps): DossierIntake {
  const { repos, uow } = deps;

  function save(actor: Actor, input: ParsedIntake, refusal: { reason: string } | null): ReceiveResult {
    checkPerson(input.applicant, 'Người nộp hồ sơ');
    if (input.submitter) checkPerson(input.submitter, 'Người được ủy quyền nộp');
    let warnings: string[] = [];
    let alreadySaved = false;
    const id = uow.run(actor, (ctx) => {
      const previous = ctx.repos.dossiers.byRequestId(input.requestId);
      if (previous) {
        alreadySaved = true;
        return previous.id;
      }
      const site = ctx.repos.site.get();
      if (!site) throw new AppError('NOT_FOUND', { message: 'Trạm chưa khai báo mã định danh cơ quan; chưa thể cấp mã hồ sơ.', detail: 'Site not configured' });
      const procedure = ctx.repos.catalogue.procedureById(input.procedureId);
      if (!procedure || !procedure.active) {
        throw new AppError('NOT_FOUND', { message: 'Thủ tục này không còn được áp dụng. Hãy chọn lại thủ tục.', detail: `Procedure ${input.procedureId} missing or inactive` });
      }
      for (const file of input.attachments) {
        if (!ctx.repos.attachments.get(file.sha256)) {
          throw new AppError('VALIDATION_FAILED', { message: `Tệp "${file.fileName}" chưa được tải lên trạm. Hãy đính kèm lại.`, detail: 'Attachment not uploaded' });
        }
        if (file.documentIndex !== null && file.documentIndex >= input.documents.length) {
          throw new AppError('VALIDATION_FAILED', { message: 'Tệp đính kèm gắn với thành phần hồ sơ không có trong danh sách.', detail: 'documentIndex out of range' });
        }
      }
      const componentIds = new Set(procedure.components.map((c) => c.id));
      for (const document of input.documents) {
        if (document.componentId !== null && !componentIds.has(document.componentId)) {
          throw new AppError('VALIDATION_FAILED', { message: 'Thành phần hồ sơ không thuộc thủ tục đã chọn.', detail: 'Component of another procedure' });
        }
      }
      const status = refusal ? dossierStatus.refused : dossierStatus.received;
      assertMove(null, status, 'counter');

      const applicantId = citizenFor(ctx, input.applicant);
      const submitterId = input.submitter ? citizenFor(ctx, input.submitter) : null;
      const day = vietnamDay(ctx.now);
      const year = vietnamLocal(ctx.now).year;
      const seq = ctx.repos.dossiers.nextDailySeq(day);
      const due = refusal ? null : dueDate(ctx.now, procedure.timeLimit, deps.calendar(), deps.officeHours());
      warnings = due?.warnings.map((w) => w.message) ?? [];
      const fees = refusal ? [] : procedure.fees.filter((fee) => fee.amount > 0);
      const feesTotal = fees.reduce((sum, fee) => sum + fee.amount, 0) * input.sets;
      const dossierId = ctx.repos.dossiers.insert({
        code: dossierCode(site.agencyCode, ctx.now, seq),
        receipt_day: day,
        seq,
        procedure_id: procedure.id,
        applicant_id: applicantId,
        submitter_id: submitterId,
        ticket_id: input.ticketId,
        counter_id: input.counterId,
        received_by: userIdOf(ctx.actor),
        channel: 1,
        applicant_kind: 1,
        status,
        summary: input.summary,
        sets: input.sets,
        fees_total: feesTotal,
        result_delivery: input.resultDelivery,
        notes: input.notes,
        received_at: ctx.now.toISOString(),
        due_at: (due?.due ?? ctx.now).toISOString(),
        refused_at: refusal ? ctx.now.toISOString() : null,
        ledger_year: year,
        ledger_seq: ctx.repos.dossiers.nextLedgerSeq(year),
        request_id: input.requestId,
      });
      const documentIds = input.documents.map((document, index) => ctx.repos.dossiers.insertDocument(dossierId, document, index));
      for (const file of input.attachments) {
        ctx.repos.dossiers.linkAttachment(dossierId, file.sha256, file.documentIndex === null ? null : documentIds[file.documentIndex]!, file.fileName);
      }
      for (const fee of fees) ctx.repos.dossiers.insertFee(dossierId, fee.name, fee.amount * input.sets);
      ctx.repos.dossiers.insertEvent({
        dossierId,
        from: null,
        to: status,
        source: 'counter',
        note: refusal?.reason ?? null,
        actorUserId: userIdOf(ctx.actor),
        at: ctx.now,
      });
      const row = ctx.repos.dossiers.byId(dossierId)!;
      ctx.toProvince(refusal ? provinceEvents.dossierRefused : provinceEvents.dossierReceived, row.code, nationalPayloadOf(ctx.repos, row));
      ctx.audit(refusal ? 'dossier.refuse' : 'dossier.receive', 'dossier', dossierId, {
        code: row.code,
        procedure: procedure.code,
        documents: input.documents.length,
        attachments: input.attachments.length,
      });
      ctx.afterCommit('dossier.changed', { dossierId, code: row.code, status });
      return dossierId;
    });
    return { dossier: dossierView(repos, repos.dossiers.byId(id)!, deps.clock.now(), warnings), alreadySaved };
  }

  return {
    receive: (actor: Actor, input: ParsedIntake) => save(actor, input, null),
    refuse: (actor: Actor, input: ParsedIntake & { reason: string }) => save(actor, input, { reason: input.reason }),
  };
}
