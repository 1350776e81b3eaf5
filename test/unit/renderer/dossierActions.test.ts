import { describe, expect, it } from 'vitest';
import type { Dossier } from '@contract';
import { availableDossierActions, reprintableForms } from '../../../renderer/src/screens/dossier/dossierActions';

type DossierEvent = Dossier['events'][number];
const event = (from: number | null, to: number, note: string | null = null, postponement: DossierEvent['postponement'] = null): DossierEvent => ({
  from,
  to,
  source: 'counter',
  note,
  actorName: null,
  at: '2026-05-20T02:00:00.000Z',
  postponement,
});

describe('what the return desk offers for a dossier', () => {
  it('a received dossier can be returned, postponed or withdrawn, but has no supplement to record', () => {
    expect(availableDossierActions(2)).toEqual({ returnResult: true, recordSupplement: false, postpone: true, withdraw: true });
  });

  it('a dossier waiting for a supplement can only record it or be withdrawn', () => {
    expect(availableDossierActions(5)).toEqual({ returnResult: false, recordSupplement: true, postpone: false, withdraw: true });
  });

  it('a dossier the province processed can be returned; a returned or refused one is closed', () => {
    expect(availableDossierActions(9).returnResult).toBe(true);
    for (const closed of [3, 7, 8, 10]) expect(Object.values(availableDossierActions(closed)).some(Boolean)).toBe(false);
  });

  it('the papers to print again are the ones the dossier has had', () => {
    expect(reprintableForms({ status: 2, events: [event(null, 2)] })).toEqual(['01']);
    expect(reprintableForms({ status: 3, events: [event(null, 3, 'Thiếu giấy tờ')] })).toEqual(['03']);
    expect(
      reprintableForms({
        status: 2,
        events: [
          event(null, 2),
          event(2, 5),
          event(5, 2),
          event(2, 2, 'Hẹn lại ngày trả: chờ xác minh', { previousDueAt: '2026-05-22T09:00:00.000Z', newDueAt: '2026-05-29T02:00:00.000Z', reason: 'chờ xác minh' }),
        ],
      }),
    ).toEqual(['01', '02', '04']);
  });

  it('form 04 is offered for a postponement recorded as data, whatever its note says', () => {
    const postponement = { previousDueAt: '2026-05-22T09:00:00.000Z', newDueAt: '2026-05-29T02:00:00.000Z', reason: 'chờ xác minh' };
    expect(reprintableForms({ status: 2, events: [event(null, 2), event(2, 2, 'Dời ngày trả kết quả', postponement)] })).toEqual(['01', '04']);
    expect(reprintableForms({ status: 2, events: [event(null, 2), event(2, 2, 'Hẹn lại ngày trả: chỉ là ghi chú')] })).toEqual(['01']);
  });
});
