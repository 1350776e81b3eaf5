/**
 * Reading a dossier back: the full view for the counter and the national payload
 * for the province, both built from the same rows.
 */
import { AppError, type Dossier } from '@contract';
import type { Repositories } from '../../db/repositories';
import type { DossierRow } from '../../db/repositories/dossierRepository';
import { dossierStatuses, isDossierStatus, isDueDateRunning, nationalDossierPayload, type NationalDossierPayload } from '@domain/dossier';

export function isOverdue(row: Pick<DossierRow, 'status' | 'due_at'>, now: Date): boolean {
  return isDueDateRunning(row.status) && Date.parse(row.due_at) < now.getTime();
}

export function statusName(status: number): string {
  return isDossierStatus(status) ? dossierStatuses[status] : String(status);
}

export function requireDossier(repos: Repositories, id: number): DossierRow {
  const row = repos.dossiers.byId(id);
  if (!row) throw new AppError('NOT_FOUND', { message: 'Không tìm thấy hồ sơ.', detail: `Dossier ${id} not found` });
  return row;
}

export function dossierView(repos: Repositories, row: DossierRow, now: Date, warnings: string[] = []): Dossier {
  const procedure = repos.catalogue.procedureById(row.procedure_id)!;
  const counter = row.counter_id === null ? null : repos.catalogue.counterById(row.counter_id);
  const fees = repos.dossiers.fees(row.id);
  return {
    id: row.id,
    code: row.code,
    status: row.status,
    statusName: statusName(row.status),
    procedure: { id: procedure.id, code: procedure.code, name: procedure.name, areaId: procedure.areaId },
    applicant: repos.citizens.byId(row.applicant_id)!,
    submitter: row.submitter_id === null ? null : repos.citizens.byId(row.submitter_id),
    channel: row.channel,
    sets: row.sets,
    summary: row.summary,
    notes: row.notes,
    receivedAt: row.received_at,
    dueAt: row.due_at,
    originalDueAt: row.original_due_at,
    pausedAt: row.paused_at,
    returnedAt: row.returned_at,
    collectedBy: row.collected_by,
    overdue: isOverdue(row, now),
    ledger: row.ledger_year && row.ledger_seq ? { year: row.ledger_year, seq: row.ledger_seq } : null,
    receivedBy: row.received_by === null ? null : (repos.users.byId(row.received_by)?.fullName ?? null),
    counterNumber: counter?.number ?? null,
    documents: repos.dossiers.documents(row.id).map((d) => ({ componentId: d.component_id, name: d.name, originals: d.originals, copies: d.copies })),
    attachments: repos.dossiers.attachments(row.id).map((a) => ({ sha256: a.sha256, fileName: a.file_name, size: a.size, mediaType: a.media_type })),
    fees,
    feesTotal: row.fees_total,
    events: repos.dossiers.events(row.id).map((e) => ({
      from: e.status_from,
      to: e.status_to,
      source: e.source,
      note: e.note,
      actorName: e.actor_name,
      at: e.at,
      postponement:
        e.previous_due_at === null || e.new_due_at === null || e.postpone_reason === null
          ? null
          : { previousDueAt: e.previous_due_at, newDueAt: e.new_due_at, reason: e.postpone_reason },
    })),
    warnings,
  };
}

/** What the province receives for this dossier as it stands now. */
export function nationalPayloadOf(repos: Repositories, row: DossierRow): NationalDossierPayload {
  const procedure = repos.catalogue.procedureById(row.procedure_id)!;
  const area = repos.catalogue.serviceAreas().find((a) => a.id === procedure.areaId)!;
  const applicant = repos.citizens.byId(row.applicant_id)!;
  const attachments = repos.dossiers.attachments(row.id);
  const documents = repos.dossiers.documents(row.id);
  return nationalDossierPayload({
    code: row.code,
    procedure: { code: procedure.code, name: procedure.name, areaCode: area.code, areaName: area.name },
    channel: row.channel,
    applicantKind: row.applicant_kind,
    applicant,
    summary: row.summary,
    receivedAt: new Date(row.received_at),
    dueAt: new Date(row.due_at),
    status: row.status,
    returnedAt: row.returned_at ? new Date(row.returned_at) : null,
    refusedAt: row.refused_at ? new Date(row.refused_at) : null,
    finishedAt: row.finished_at ? new Date(row.finished_at) : null,
    resultDelivery: row.result_delivery,
    agencyName: repos.site.get()?.agencyName ?? '',
    notes: row.notes,
    documents: [
      ...documents.map((d) => {
        const file = attachments.find((a) => a.document_id === d.id);
        return { componentCode: d.component_code, name: d.name, attachment: file ? { sha256: file.sha256, fileName: file.file_name } : null };
      }),
      ...attachments
        .filter((a) => a.document_id === null)
        .map((a) => ({ componentCode: null, name: a.file_name, attachment: { sha256: a.sha256, fileName: a.file_name } })),
    ],
    fees: repos.dossiers.fees(row.id).map((f) => ({ code: null, name: f.name, amount: f.amount })),
  });
}
