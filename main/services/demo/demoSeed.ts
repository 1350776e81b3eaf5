/**
 * `motcua seed --demo`: a realistic commune centre so a newcomer sees a working
 * station, not an empty screen: its administrator and officers get random passwords, shown once.
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '@contract';
import { provinceEvents } from '@domain/sync/provinceEvents';
import type { Actor } from '../actor';
import { hashPassword } from '../auth/passwordHash';
import { newProcedureOf, type CatalogueFile, type DemoCentre } from '../catalogue/catalogueData';
import type { UnitOfWork } from '../unitOfWork';

export interface SeededAccount {
  username: string;
  fullName: string;
  role: 'admin' | 'officer';
  password: string;
}

function readablePassword(): string {
  // No look-alike characters: officers copy it from a printout.
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(12);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('').replace(/(.{4})(?=.)/g, '$1-');
}

export async function seedDemo(
  uow: UnitOfWork,
  actor: Actor,
  centre: DemoCentre,
  catalogue: CatalogueFile,
): Promise<{ accounts: SeededAccount[] }> {
  const accounts: SeededAccount[] = [
    { ...centre.admin, role: 'admin', password: readablePassword() },
    ...centre.officers.map((officer) => ({ ...officer, role: 'officer' as const, password: readablePassword() })),
  ];
  const hashes = await Promise.all(accounts.map((account) => hashPassword(account.password)));
  uow.run(actor, (ctx) => {
    const { repos } = ctx;
    if (repos.site.get() || repos.catalogue.serviceAreas().length > 0) {
      throw new AppError('CONFLICT', {
        message: 'Trạm đã có dữ liệu; dữ liệu mẫu chỉ được tạo trên một trạm mới.',
        detail: 'Demo seed refused: the station already has data',
      });
    }
    repos.site.save(centre.site, ctx.now);
    const areaIds = new Map<string, number>();
    centre.serviceAreas.forEach((area, index) =>
      areaIds.set(area.code, repos.catalogue.insertServiceArea({ ...area, sortOrder: index })),
    );
    const areaId = (code: string) => {
      const id = areaIds.get(code);
      if (id === undefined) throw new AppError('VALIDATION_FAILED', { detail: `Unknown service area code ${code} in demo data` });
      return id;
    };
    for (const counter of centre.counters) {
      repos.catalogue.insertCounter({ number: counter.number, name: counter.name, areaIds: counter.areas.map(areaId) });
    }
    for (const procedure of catalogue.procedures) {
      repos.catalogue.insertProcedure(newProcedureOf(procedure, areaId(procedure.area)), ctx.now);
    }
    accounts.forEach((account, index) => {
      const id = repos.users.insert(
        { username: account.username, fullName: account.fullName, role: account.role, passwordHash: hashes[index]! },
        ctx.now,
      );
      ctx.audit('user.create', 'user', id, { role: account.role, demo: true });
    });
    ctx.audit('seed.demo', 'site', centre.site.agencyCode, {
      serviceAreas: centre.serviceAreas.length,
      counters: centre.counters.length,
      procedures: catalogue.procedures.length,
    });
    ctx.toProvince(provinceEvents.siteProfile, centre.site.agencyCode, centre.site);
  });
  return { accounts };
}
