/**
 * Citizens rate a visit (Rất hài lòng / Hài lòng / Không hài lòng per criterion):
 * once per dossier or per ticket, from the kiosk, a tablet or a second screen.
 */
import { AppError } from '@contract';
import { vietnamDayNumber, vietnamInstantAt } from '@domain/calendar/civilDay';
import { provinceEvents } from '@domain/sync/provinceEvents';
import type { Repositories } from '../../db/repositories';
import type { Clock } from '@domain/time/clock';
import type { Actor } from '../actor';
import type { UnitOfWork } from '../unitOfWork';

export interface RatingService {
  /** A citizen's rating of a dossier or a ticket, once each. */
  submit(actor: Actor, input: { dossierCode?: string | undefined; ticketToken?: string | undefined; scores: Record<string, 1 | 2 | 3>; comment: string | null }): { thanked: true };
  /** Counts per criterion and level since the start of today (Vietnam time). */
  today(): { criterion: string; level: number; n: number }[];
}

export function ratingService(repos: Repositories, uow: UnitOfWork, clock: Clock): RatingService {
  return {
    submit(actor: Actor, input: { dossierCode?: string | undefined; ticketToken?: string | undefined; scores: Record<string, 1 | 2 | 3>; comment: string | null }) {
      return uow.run(actor, (ctx) => {
        const dossier = input.dossierCode ? ctx.repos.dossiers.byCode(input.dossierCode) : null;
        const ticket = input.ticketToken ? ctx.repos.queue.byToken(input.ticketToken) : null;
        if (!dossier && !ticket) {
          throw new AppError('NOT_FOUND', { message: 'Không tìm thấy hồ sơ hoặc phiếu số thứ tự để đánh giá.', detail: 'Rating target not found' });
        }
        if (ctx.repos.ratings.exists(dossier?.id ?? null, ticket?.id ?? null)) {
          throw new AppError('CONFLICT', { message: 'Lượt phục vụ này đã được đánh giá. Cảm ơn ông/bà!', detail: 'Already rated' });
        }
        const id = ctx.repos.ratings.insert({ dossierId: dossier?.id ?? null, ticketId: ticket?.id ?? null, comment: input.comment, scores: input.scores }, ctx.now);
        ctx.audit('rating.submit', 'rating', id, { overall: input.scores.overall ?? null });
        ctx.toProvince(provinceEvents.ratingSubmitted, String(id), { dossierCode: dossier?.code ?? null, scores: input.scores, at: ctx.now.toISOString() });
        return { thanked: true as const };
      });
    },
    today() {
      return repos.ratings.levelsSince(vietnamInstantAt(vietnamDayNumber(clock.now()), 0));
    },
  };
}
