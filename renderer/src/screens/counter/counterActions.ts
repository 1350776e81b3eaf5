/**
 * What an officer can do at an open counter, the key that does it, and whether it
 * makes sense in the counter's present state (the station decides in the end; this
 * only keeps buttons that would be refused from looking pressable).
 */
import type { CounterState } from '@contract';
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
  const status = state.current?.status;
  const working = state.open;
  return {
    callNext: working && !state.paused && state.current === null,
    recall: working && status === 'called',
    start: working && status === 'called',
    finish: working && (status === 'called' || status === 'serving'),
    noShow: working && status === 'called',
    transfer: working && (status === 'called' || status === 'serving'),
    pauseResume: working,
    close: working && state.current === null,
  };
}

export function actionLabel(action: CounterAction, paused: boolean): MessageKey {
  if (action === 'pauseResume') return paused ? 'counter.actions.resume' : 'counter.actions.pause';
  return `counter.actions.${action}`;
}
