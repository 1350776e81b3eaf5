/**
 * The life of a ticket. A called ticket can be recalled, started, finished, marked
 * absent (no-show, recallable later the same day) or transferred back to waiting
 * in another area or for another counter; a finished ticket is final.
 */
export const ticketStatuses = ['waiting', 'called', 'serving', 'done', 'no_show'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export const ticketActions = ['call', 'recall', 'start', 'finish', 'no_show', 'transfer'] as const;
export type TicketAction = (typeof ticketActions)[number];

/** Each action: the statuses it applies in, and the status it leaves the ticket in. */
const moves: Record<TicketAction, { from: readonly TicketStatus[]; to: TicketStatus }> = {
  call: { from: ['waiting'], to: 'called' },
  recall: { from: ['called', 'no_show'], to: 'called' },
  start: { from: ['called'], to: 'serving' },
  finish: { from: ['called', 'serving'], to: 'done' },
  no_show: { from: ['called'], to: 'no_show' },
  transfer: { from: ['called', 'serving'], to: 'waiting' },
};

export function canApply(action: TicketAction, status: TicketStatus): boolean {
  return moves[action].from.includes(status);
}

export function statusAfter(action: TicketAction): TicketStatus {
  return moves[action].to;
}
