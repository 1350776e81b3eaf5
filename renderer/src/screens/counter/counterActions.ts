/**
 * What an officer can do at an open counter, the key that does it, and whether it
 * makes sense in the counter's present state: the ticket's part is the domain's
 * own rule, the one the station applies (the station decides in the end; this
 * only keeps buttons that would be refused from looking pressable).
 */
import type { CounterState } from '@contract';
import { canApply, type TicketAction } from '@domain/queue';
import type { MessageKey } from '../../i18n/messages';

export const counterActions = ['callNext', 'recall', 'start', 'finish', 'noShow', 'transfer', 'pauseResume', 'close'] as const;
export type CounterAction = (typeof counterActions)[number];

/** Function keys: nothing a browser needs at a counter, and one press each. */
export const shortcutOf: Record<CounterAction, string> = {
  callNext: 'F2',
  recall: 'F3',
  start: 'F4',
  finish: 'F5',
  noShow: 'F6',
  transfer: 'F7',
  pauseResume: 'F8',
  close: 'F9',
};

export function actionForKey(key: string): CounterAction | undefined {
  return counterActions.find((action) => shortcutOf[action] === key);
}

export function availableActions(state: CounterState): Record<CounterAction, boolean> {
  const current = state.current;
  const working = state.open;
  const onCurrent = (action: TicketAction) => working && current !== null && canApply(action, current.status);
  return {
    callNext: working && !state.paused && current === null,
    recall: onCurrent('recall'),
    start: onCurrent('start'),
    finish: onCurrent('finish'),
    noShow: onCurrent('no_show'),
    transfer: onCurrent('transfer'),
    pauseResume: working,
    close: working && current === null,
  };
}

export function actionLabel(action: CounterAction, paused: boolean): MessageKey {
  if (action === 'pauseResume') return paused ? 'counter.actions.resume' : 'counter.actions.pause';
  return `counter.actions.${action}`;
}
