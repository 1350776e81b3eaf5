/**
 * The board as it stands once a call is made, applied as soon as the call arrives:
 * the station sends the whole board at most ten times a second, so a call would
 * otherwise wait for the next one. The next board the station sends replaces this.
 */
import type { Board, BoardCall } from '@contract';
import { callKey } from './LatestCall';

/** The board's recent calls keep this many, as the station's do. */
const recentCallsShown = 10;

export function boardWithCall(board: Board, call: BoardCall): Board {
  // A board read after the call already holds it (the page's first read and a push can cross).
  if (board.recentCalls.some((shown) => callKey(shown) === callKey(call))) return board;
  const { ticketNumber, counterNumber, areaName, recall, at } = call;
  return {
    ...board,
    counters: board.counters.map((counter) => (counter.counterNumber === counterNumber ? { ...counter, currentNumber: ticketNumber } : counter)),
    recentCalls: [{ ticketNumber, counterNumber, areaName, recall, at }, ...board.recentCalls].slice(0, recentCallsShown),
  };
}
