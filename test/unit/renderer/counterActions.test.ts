import { describe, expect, it } from 'vitest';
import type { CounterState, QueueTicket } from '@contract';
import { actionForKey, availableActions, counterActions, shortcutOf } from '../../../renderer/src/screens/counter/counterActions';

const ticket = (status: QueueTicket['status']): QueueTicket => ({
  id: 7,
  number: 'A007',
  trackingToken: 'phieu-so-a007-khong-doan-duoc',
  areaId: 1,
  priority: null,
  status,
  issuedAt: '2026-03-02T01:00:00.000Z',
  calledAt: status === 'waiting' ? null : '2026-03-02T01:10:00.000Z',
  startedAt: status === 'serving' ? '2026-03-02T01:11:00.000Z' : null,
  counterId: 2,
  targetCounterId: null,
  recallCount: 0,
});

const counter = (change: Partial<CounterState> = {}): CounterState => ({
  counterId: 2,
  counterNumber: 2,
  open: true,
  paused: false,
  userId: 5,
  areaIds: [1],
  current: null,
  waiting: [],
  waitingTotal: 0,
  noShows: [],
  ...change,
});

const enabled = (state: CounterState) =>
  Object.entries(availableActions(state))
    .filter(([, on]) => on)
    .map(([action]) => action);

describe('what the counter desk offers', () => {
  it('an open counter with nobody at the desk can call, take a break or close (calling an empty line says so)', () => {
    expect(enabled(counter())).toEqual(['callNext', 'pauseResume', 'close']);
  });

  it('a called ticket can be called again, started, finished, marked absent or transferred, but not replaced', () => {
    expect(enabled(counter({ current: ticket('called') }))).toEqual(['recall', 'start', 'finish', 'noShow', 'transfer', 'pauseResume']);
  });

  it('a ticket being served can only be finished or transferred', () => {
    expect(enabled(counter({ current: ticket('serving') }))).toEqual(['finish', 'transfer', 'pauseResume']);
  });

  it('a counter on a break calls nobody until it resumes', () => {
    expect(availableActions(counter({ paused: true })).callNext).toBe(false);
    expect(availableActions(counter({ paused: true })).pauseResume).toBe(true);
  });

  it('a closed counter offers nothing: it has to be opened first', () => {
    expect(enabled(counter({ open: false }))).toEqual([]);
  });

  it('every action has its own function key, F2 to F9', () => {
    const keys = counterActions.map((action) => shortcutOf[action]);
    expect(new Set(keys).size).toBe(counterActions.length);
    expect(keys).toEqual(['F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9']);
    for (const action of counterActions) expect(actionForKey(shortcutOf[action])).toBe(action);
    expect(actionForKey('Enter')).toBeUndefined();
  });
});
