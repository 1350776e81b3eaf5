/**
 * Who may move a dossier between the national statuses, and which counter actions
 * apply in which status. The counter receives, refuses, asks for supplements,
 * records them, returns results and records withdrawals; "processing", "financial
 * obligation", "stopped" and "processed" are decided by the province and arrive by
 * sync only. The citizen never moves a dossier: a withdrawal is their request,
 * recorded at the counter.
 *
 * Returning a result is allowed from "processed" and, for procedures the commune
 * settles on the spot (civil status extracts, certifications), straight from
 * "received" or "processing": the province then learns "returned" directly.
 */
import { AppError } from '../errors';
import { dossierStatus, dossierStatusName, dossierStatuses, isDueDateRunning, type DossierStatus, type DossierStatusName } from './dossierStatus';

export type StatusSource = 'counter' | 'province';

/** What an officer does to a dossier; every one but postpone moves it to another status. */
export const dossierCounterActions = ['receive', 'refuse', 'requestSupplement', 'recordSupplement', 'returnResult', 'withdraw', 'postpone'] as const;
export type DossierCounterAction = (typeof dossierCounterActions)[number];
type MovingAction = Exclude<DossierCounterAction, 'postpone'>;

type Transition = { from: readonly (DossierStatusName | null)[]; to: DossierStatusName } & (
  | { source: 'counter'; action: MovingAction }
  | { source: 'province' }
);

const transitions: readonly Transition[] = [
  { from: [null, 'registered'], to: 'received', source: 'counter', action: 'receive' },
  { from: [null, 'registered'], to: 'refused', source: 'counter', action: 'refuse' },
  { from: ['received', 'processing'], to: 'supplementRequested', source: 'counter', action: 'requestSupplement' },
  { from: ['received', 'processing', 'supplementRequested', 'financialObligation'], to: 'withdrawn', source: 'counter', action: 'withdraw' },
  { from: ['received', 'processing', 'processed'], to: 'returned', source: 'counter', action: 'returnResult' },
  // Supplement received: back to where it was (statusToResume).
  { from: ['supplementRequested'], to: 'received', source: 'counter', action: 'recordSupplement' },
  { from: ['supplementRequested'], to: 'processing', source: 'counter', action: 'recordSupplement' },
  { from: ['received', 'supplementRequested', 'financialObligation'], to: 'processing', source: 'province' },
  { from: ['processing'], to: 'supplementRequested', source: 'province' },
  { from: ['processing'], to: 'financialObligation', source: 'province' },
  { from: ['received', 'processing', 'supplementRequested', 'financialObligation'], to: 'stopped', source: 'province' },
  { from: ['received', 'processing', 'financialObligation'], to: 'processed', source: 'province' },
  { from: ['processed'], to: 'returned', source: 'province' },
];

const nameOf = (status: DossierStatus | null): DossierStatusName | null => (status === null ? null : dossierStatusName(status)!);

export function canMove(from: DossierStatus | null, to: DossierStatus, source: StatusSource): boolean {
  return transitions.some((t) => dossierStatus[t.to] === to && t.source === source && t.from.includes(nameOf(from)));
}

/** Throws a clear error for a move the rules do not allow. */
export function assertMove(from: DossierStatus | null, to: DossierStatus, source: StatusSource): void {
  if (canMove(from, to, source)) return;
  const fromName = from === null ? 'chưa có' : `"${dossierStatuses[from]}"`;
  throw new AppError('INVALID_STATE', {
    message: canMove(from, to, 'province')
      ? `Trạng thái "${dossierStatuses[to]}" do hệ thống một cửa cấp tỉnh cập nhật, không đặt tại quầy.`
      : `Không thể chuyển hồ sơ từ trạng thái ${fromName} sang "${dossierStatuses[to]}".`,
    detail: `Dossier status ${from ?? 'none'} -> ${to} not allowed from ${source}`,
  });
}

/** Nothing moves a dossier on from here: refused, withdrawn, stopped or returned. */
export function isClosedStatus(status: number): boolean {
  const name = dossierStatusName(status);
  return name !== undefined && !transitions.some((t) => t.from.includes(name));
}

/** Whether the counter may take this action on a dossier in this status. */
export function canTakeDossierAction(action: DossierCounterAction, status: number): boolean {
  // A new appointment keeps the status: it applies wherever a due date runs.
  if (action === 'postpone') return isDueDateRunning(status);
  const name = dossierStatusName(status);
  return name !== undefined && transitions.some((t) => t.source === 'counter' && t.action === action && t.from.includes(name));
}

/** Where a dossier goes back to once its supplement arrives: processing if it was there, else received. */
export function statusToResume(before: number | null): DossierStatus {
  return before === dossierStatus.processing ? dossierStatus.processing : dossierStatus.received;
}
