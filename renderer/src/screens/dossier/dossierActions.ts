/**
 * What the counter may do with a dossier in its present status, after the national
 * status list and the station's rules (the station decides in the end; this keeps
 * buttons that would be refused from looking pressable). Statuses decided by the
 * province (processing, financial obligation, stopped, processed) are never set here.
 */
import type { Dossier, FormKind } from '@contract';

export const dossierActions = ['returnResult', 'recordSupplement', 'postpone', 'withdraw'] as const;
export type DossierAction = (typeof dossierActions)[number];

const allowedFrom: Record<DossierAction, readonly number[]> = {
  // 9 processed; 2 and 4 for what the commune settles on the spot.
  returnResult: [2, 4, 9],
  recordSupplement: [5],
  postpone: [2, 4, 6, 9],
  withdraw: [2, 4, 5, 6],
};

export function availableDossierActions(status: number): Record<DossierAction, boolean> {
  return {
    returnResult: allowedFrom.returnResult.includes(status),
    recordSupplement: allowedFrom.recordSupplement.includes(status),
    postpone: allowedFrom.postpone.includes(status),
    withdraw: allowedFrom.withdraw.includes(status),
  };
}

/** The papers this dossier has had, so they can be printed again. */
export function reprintableForms(dossier: Pick<Dossier, 'status' | 'events'>): FormKind[] {
  const forms: FormKind[] = [];
  if (dossier.status !== 3) forms.push('01');
  if (dossier.events.some((event) => event.to === 5)) forms.push('02');
  if (dossier.status === 3) forms.push('03');
  if (dossier.events.some((event) => event.postponement !== null)) forms.push('04');
  return forms;
}
