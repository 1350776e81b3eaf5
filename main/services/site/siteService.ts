import { AppError, type Site } from '@contract';
import { provinceEvents } from '@domain/sync/provinceEvents';
import type { Repositories } from '../../db/repositories';
import type { Actor } from '../actor';
import type { UnitOfWork } from '../unitOfWork';

export interface SiteService {
  /** The centre, or null before the first setup. */
  find(): Site | null;
  /** The centre; an error while it is not set up. */
  get(): Site;
  /** The province keys our dossiers by this agency, so it hears of every change. */
  update(actor: Actor, site: Site): Site;
}

export function siteService(repos: Repositories, uow: UnitOfWork): SiteService {
  return {
    find: (): Site | null => repos.site.get(),
    get(): Site {
      const site = repos.site.get();
      if (!site) {
        throw new AppError('NOT_FOUND', {
          message: 'Trạm chưa được khai báo thông tin cơ quan. Quản trị viên cần nhập tên và mã định danh cơ quan.',
          detail: 'Site not configured',
        });
      }
      return site;
    },
    update(actor: Actor, site: Site): Site {
      return uow.run(actor, (ctx) => {
        const before = ctx.repos.site.get();
        ctx.repos.site.save(site, ctx.now);
        ctx.audit('site.update', 'site', site.agencyCode, { previousAgencyCode: before?.agencyCode ?? null });
        ctx.toProvince(provinceEvents.siteProfile, site.agencyCode, site);
        ctx.afterCommit('site.changed', site);
        return site;
      });
    },
  };
}
