/**
 * The life of a ticket. A called ticket can be recalled, started, finished, marked
 * absent (no-show, recallable later the same day) or transferred back to waiting
 * in another area or for another counter; a finished ticket is final.
 */
export type TicketStatus = 'waiting' | 'called' | 'serving' | 'done' | 'no_show';
export type TicketAction = 'call' | 'recall' | 'start' | 'finish' | 'no_show' | 'transfer';

const allowed: Record<TicketAction, readonly TicketStatus[]> = {
  call: ['waiting'],
  recall: ['called', 'no_show'],
  start: ['called'],
  finish: ['called', 'serving'],
  no_show: ['called'],
  transfer: ['called', 'serving'],
};

const after: Record<TicketAction, TicketStatus> = {
  call: 'called',
  recall: 'called',
  start: 'serving',
  finish: 'done',
  no_show: 'no_show',
  transfer: 'waiting',
};

export function canApply(action: TicketAction, status: TicketStatus): boolean {
  return allowed[action].includes(status);
}

export function statusAfter(action: TicketAction): TicketStatus {
  return after[action];
}
