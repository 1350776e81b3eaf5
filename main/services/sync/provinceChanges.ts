/**
 * Applying what the province decided, inside the pull's transaction: statuses it
 * owns (processing, financial obligation, stopped, processed) through the dossier
 * status machine, procedure catalogue updates, and the year's holiday schedule. A
 * change the rules refuse throws and is skipped alone by the sync client.
 */
import { z } from 'zod';
import { AppError } from '@contract';
import { parseCalendarOverrides } from '@domain/calendar';
import { provinceChanges, type ProvinceChange } from '@domain/sync/provinceEvents';
import { catalogueFileSchema, newProcedureOf } from '../catalogue/catalogueData';
import type { WriteContext } from '../unitOfWork';
import type { DossierLifecycle } from '../dossier/dossierLifecycle';

/** Defined with the protocol's other names in the domain; re-exported for the sync service that applies pulls. */
export type { ProvinceChange };

const procedureListSchema = catalogueFileSchema.shape.procedures;

export function applyProvinceChange(ctx: WriteContext, change: ProvinceChange, lifecycle: DossierLifecycle): void {
  switch (change.kind) {
    case provinceChanges.dossierStatus.kind: {
      const note = [change.data.NguoiXuLy, change.data.NoiDungXuLy].filter(Boolean).join(': ') || null;
      lifecycle.applyProvinceStatus(ctx, change.data.MaHoSo, change.data.TrangThaiHoSo, note);
      return;
    }
    case provinceChanges.catalogueProcedures.kind: {
      const parsed = procedureListSchema.safeParse(change.data.procedures);
      if (!parsed.success) throw new AppError('VALIDATION_FAILED', { detail: `catalogue update: ${z.prettifyError(parsed.error).slice(0, 300)}` });
      const areas = new Map(ctx.repos.catalogue.serviceAreas().map((a) => [a.code, a.id]));
      for (const procedure of parsed.data) {
        const areaId = areas.get(procedure.area);
        if (areaId === undefined) throw new AppError('VALIDATION_FAILED', { detail: `catalogue update: unknown service area ${procedure.area}` });
        ctx.repos.catalogue.upsertProcedure(newProcedureOf(procedure, areaId), ctx.now);
      }
      ctx.audit('catalogue.update', 'catalogue', null, { procedures: parsed.data.length, source: 'province' });
      return;
    }
    case provinceChanges.calendarOverrides.kind: {
      const overrides = parseCalendarOverrides(change.data);
      ctx.repos.settings.set('calendar.overrides', overrides, ctx.now);
      ctx.audit('calendar.update', 'calendar', null, { years: Object.keys(overrides.years).join(','), source: 'province' });
      return;
    }
  }
}
