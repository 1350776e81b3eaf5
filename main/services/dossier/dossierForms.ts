/**
 * The standard papers of a dossier (Mẫu 01–04) filled from what the station
 * stored, rendered to PDF, and recorded: a reprint carries "Bản in lại" with the
 * time and is written to the audit log.
 */
import { AppError, type FormKind, type Site } from '@contract';
import type { DossierRow } from '../../db/repositories/dossierRepository';
import { dossierStatus } from '@domain/dossier';
import {
  apologyForm,
  receiptForm,
  refusalForm,
  supplementRequestForm,
  type IssuingOffice,
  type PdfDocument,
  type RenderPdf,
} from '../../print/forms';
import { userIdOf, type Actor } from '../actor';
import type { DossierDeps } from './dossierDeps';
import { requireDossier } from './dossierViews';

export interface RenderedForm {
  fileName: string;
  pdf: Buffer;
  reprint: boolean;
}

/** "Ủy ban nhân dân xã Đông Sơn" → "Đông Sơn", the place in "…, ngày … tháng … năm …". */
export function placeOf(agencyName: string): string {
  return agencyName.replace(/^(Ủy ban nhân dân|UBND)\s+((xã|phường|thị trấn|đặc khu|quận|huyện|thị xã|thành phố)\s+)?/iu, '').trim() || agencyName;
}

export function issuingOffice(site: Site): IssuingOffice {
  const province = site.provinceName.replace(/^Tỉnh\b/u, 'tỉnh').replace(/^Thành phố\b/u, 'thành phố');
  return { parentName: `Ủy ban nhân dân ${province}`, agencyName: site.agencyName, deskName: site.centreName, place: placeOf(site.agencyName) };
}

export interface DossierForms {
  /** The laid-out paper of a form, before rendering (what the renderer is given; also for measuring it). */
  document(input: { dossierId: number; form: FormKind }): PdfDocument;
  /** Renders a form of a dossier; a reprint is marked on the paper and audited. */
  render(actor: Actor, input: { dossierId: number; form: FormKind; reprint: boolean }): Promise<RenderedForm>;
}

export function dossierForms(deps: DossierDeps & { renderPdf: () => RenderPdf }): DossierForms {
  const { repos, uow, clock } = deps;

  function applicantOf(row: DossierRow) {
    const person = repos.citizens.byId(row.applicant_id)!;
    return { name: person.fullName, address: person.address, phone: person.phone, email: person.email };
  }

  function officerName(row: DossierRow): string {
    return row.received_by === null ? '' : (repos.users.byId(row.received_by)?.fullName ?? '');
  }

  function documentFor(form: FormKind, row: DossierRow, site: Site, reprintedAt: Date | null): PdfDocument {
    const office = issuingOffice(site);
    const procedure = repos.catalogue.procedureById(row.procedure_id)!;
    const options = { reprintedAt };
    const notFor = (what: string) =>
      new AppError('INVALID_STATE', { message: `Hồ sơ này không có ${what}.`, detail: `Form ${form} does not apply to dossier status ${row.status}` });
    switch (form) {
      case '01': {
        if (row.status === dossierStatus.refused) throw notFor('giấy tiếp nhận (hồ sơ đã bị từ chối tiếp nhận)');
        const counter = row.counter_id === null ? null : repos.catalogue.counterById(row.counter_id);
        return receiptForm(
          {
            office,
            dossierCode: row.code,
            applicant: applicantOf(row),
            procedureName: procedure.name,
            documents: repos.dossiers.documents(row.id).map((d) => ({ name: d.name, originals: d.originals, copies: d.copies })),
            sets: row.sets,
            timeLimit: procedure.timeLimit,
            receivedAt: new Date(row.received_at),
            dueAt: new Date(row.due_at),
            resultPlace: [counter ? `Quầy số ${counter.number}` : null, procedure.resultPlace ?? site.centreName].filter(Boolean).join(', '),
            fees: repos.dossiers.fees(row.id),
            ledgerEntry: row.ledger_year && row.ledger_seq ? { book: `01/${row.ledger_year}`, number: row.ledger_seq } : null,
            officerName: officerName(row),
          },
          options,
        );
      }
      case '02': {
        const supplement = repos.dossiers.lastSupplement(row.id);
        if (!supplement) throw notFor('yêu cầu bổ sung');
        const items = JSON.parse(supplement.items) as { name: string; originals: number; certifiedCopies: number; copies: number }[];
        const requester = repos.dossiers.events(row.id).filter((e) => e.status_to === dossierStatus.supplementRequested).at(-1)?.actor_name ?? officerName(row);
        return supplementRequestForm(
          {
            office,
            issuedAt: new Date(supplement.requested_at),
            dossierCode: row.code,
            applicant: applicantOf(row),
            procedureName: procedure.name,
            items: items.map((i) => ({ name: i.name, originals: i.originals, certifiedCopies: i.certifiedCopies, photocopies: i.copies, note: null })),
            reason: supplement.reason,
            contact: { officerName: supplement.contact ?? requester, phone: site.phone ?? '' },
            officerName: requester,
          },
          options,
        );
      }
      case '03': {
        if (row.status !== dossierStatus.refused) throw notFor('phiếu từ chối');
        const reason = repos.dossiers.events(row.id).find((e) => e.status_to === dossierStatus.refused)?.note ?? '';
        return refusalForm(
          { office, issuedAt: new Date(row.received_at), applicant: applicantOf(row), procedureName: procedure.name, reasons: [reason], officerName: officerName(row) },
          options,
        );
      }
      case '04': {
        const postponed = repos.dossiers.lastPostponement(row.id);
        if (!postponed) throw notFor('lần hẹn lại ngày trả');
        const signer = (repos.settings.get('forms.signer') as { title: string | null; name: string } | undefined) ?? { title: null, name: '' };
        return apologyForm(
          {
            office,
            issuedAt: new Date(postponed.at),
            applicantName: applicantOf(row).name,
            dossierCode: row.code,
            procedureName: procedure.name,
            receivedAt: new Date(row.received_at),
            originalDueAt: new Date(postponed.previous_due_at),
            reason: postponed.reason,
            newDueAt: new Date(postponed.new_due_at),
            signer,
          },
          options,
        );
      }
      default:
        throw new AppError('VALIDATION_FAILED', { message: 'Mẫu giấy này chưa được hỗ trợ.', detail: `Form ${form} not supported` });
    }
  }

  function siteOrFail(): Site {
    const site = repos.site.get();
    if (!site) throw new AppError('NOT_FOUND', { detail: 'Site not configured' });
    return site;
  }

  return {
    /** The laid-out paper of a form, before rendering (what the renderer is given; also for measuring it). */
    document(input: { dossierId: number; form: FormKind }): PdfDocument {
      return documentFor(input.form, requireDossier(repos, input.dossierId), siteOrFail(), null);
    },

    /** Renders a form of a dossier; a reprint is marked on the paper and audited. */
    async render(actor: Actor, input: { dossierId: number; form: FormKind; reprint: boolean }): Promise<RenderedForm> {
      const row = requireDossier(repos, input.dossierId);
      const site = siteOrFail();
      const printedAt = clock.now();
      const pdf = await deps.renderPdf()(documentFor(input.form, row, site, input.reprint ? printedAt : null));
      uow.run(actor, (ctx) => {
        ctx.repos.dossiers.recordPrint(row.id, input.form, input.reprint, userIdOf(ctx.actor), ctx.now);
        ctx.audit(input.reprint ? 'form.reprint' : 'form.print', 'dossier', row.id, { code: row.code, form: input.form });
      });
      return { fileName: `${row.code}-mau-${input.form}${input.reprint ? '-ban-in-lai' : ''}.pdf`, pdf, reprint: input.reprint };
    },
  };
}
