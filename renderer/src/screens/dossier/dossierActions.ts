/**
 * What the return desk may do with a dossier in its present status, asked of the
 * domain's status machine (the station decides in the end with the same rules;
 * this keeps buttons that would be refused from looking pressable).
 */
import type { Dossier, FormKind } from '@contract';
import { canTakeDossierAction, dossierStatus, type DossierCounterAction } from '@domain/dossier';

export const dossierActions = ['returnResult', 'recordSupplement', 'postpone', 'withdraw'] as const satisfies readonly DossierCounterAction[];
export type DossierAction = (typeof dossierActions)[number];

export function availableDossierActions(status: number): Record<DossierAction, boolean> {
  return {
    returnResult: canTakeDossierAction('returnResult', status),
    recordSupplement: canTakeDossierAction('recordSupplement', status),
    postpone: canTakeDossierAction('postpone', status),
    withdraw: canTakeDossierAction('withdraw', status),
  };
}

/** The papers this dossier has had, so they can be printed again. */
export function reprintableForms(dossier: Pick<Dossier, 'status' | 'events'>): FormKind[] {
  const forms: FormKind[] = [];
  if (dossier.status !== dossierStatus.refused) forms.push('01');
  if (dossier.events.some((event) => event.to === dossierStatus.supplementRequested)) forms.push('02');
  if (dossier.status === dossierStatus.refused) forms.push('03');
  if (dossier.events.some((event) => event.postponement !== null)) forms.push('04');
  return forms;
}
