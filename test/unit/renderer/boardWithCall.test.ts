import { describe, expect, it } from 'vitest';
import type { Board, BoardCall } from '@contract';
import { boardWithCall } from '../../../renderer/src/screens/display/boardWithCall';

const call = (ticketNumber: string, counterNumber: number, at: string, recall = false): BoardCall => ({ ticketNumber, counterNumber, areaName: 'Hộ tịch', recall, at });

const board: Board = {
  serviceDay: '2026-11-23',
  counters: [
    { counterNumber: 1, name: 'Quầy 1', open: true, paused: false, currentNumber: 'A001' },
    { counterNumber: 2, name: 'Quầy 2', open: true, paused: false, currentNumber: null },
  ],
  recentCalls: Array.from({ length: 10 }, (_, i) => call(`A0${String(10 - i).padStart(2, '0')}`, 1, `2026-11-23T01:${String(10 - i).padStart(2, '0')}:00.000Z`)),
  waitingByArea: [{ areaId: 1, areaName: 'Hộ tịch', prefix: 'A', waiting: 3 }],
};

describe('the hall board, a call applied as it arrives', () => {
  it("shows the number at its counter and on top of the last ten calls; the rest waits for the station's next board", () => {
    const next = boardWithCall(board, call('A011', 2, '2026-11-23T01:11:00.000Z'));
    expect(next.counters.map((c) => c.currentNumber)).toEqual(['A001', 'A011']);
    expect(next.recentCalls).toHaveLength(10);
    expect(next.recentCalls[0]).toEqual(call('A011', 2, '2026-11-23T01:11:00.000Z'));
    expect(next.recentCalls.at(-1)!.ticketNumber).toBe('A002');
    expect(next.waitingByArea).toBe(board.waitingByArea);
  });

  it('a recall goes on top again; a call the board already holds changes nothing', () => {
    const recalled = boardWithCall(board, call('A010', 1, '2026-11-23T01:12:00.000Z', true));
    expect(recalled.recentCalls.slice(0, 2).map((c) => [c.ticketNumber, c.recall])).toEqual([['A010', true], ['A010', false]]);
    expect(boardWithCall(board, board.recentCalls[0]!)).toBe(board);
  });
});
