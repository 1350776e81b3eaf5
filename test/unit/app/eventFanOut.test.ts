import { describe, expect, it } from 'vitest';
import type { EventMessage } from '@contract/wire';
import { ipcChannels } from '@contract/wire';
import { fanOutStationEvents, type EventRecipient } from '../../../main/app/eventFanOut';

function recipient(url: string, destroyed = false) {
  const sent: unknown[][] = [];
  const target: EventRecipient & { sent: unknown[][] } = {
    sent,
    isDestroyed: () => destroyed,
    getURL: () => url,
    send: (...args) => {
      sent.push(args);
    },
  };
  return target;
}

function eventSource() {
  const listeners = new Set<(event: EventMessage) => void>();
  return {
    subscribe(listener: (event: EventMessage) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event: EventMessage) {
      for (const listener of listeners) listener(event);
    },
    size: () => listeners.size,
  };
}

const event: EventMessage = { seq: 1, epoch: 'run-1', name: 'site.changed', payload: {}, at: '2025-01-02T03:04:05.000Z' };

describe('station events reach the windows', () => {
  it('every live window on our origin gets each event on the event channel', () => {
    const source = eventSource();
    const kiosk = recipient('app://motcua/kiosk');
    const board = recipient('app://motcua/display');
    fanOutStationEvents(source, () => [kiosk, board]);
    source.emit(event);
    expect(kiosk.sent).toEqual([[ipcChannels.event, event]]);
    expect(board.sent).toEqual([[ipcChannels.event, event]]);
  });

  it('skips closed windows and pages not on our origin', () => {
    const source = eventSource();
    const closed = recipient('app://motcua/counter', true);
    const foreign = recipient('https://example.com/');
    const blank = recipient('');
    fanOutStationEvents(source, () => [closed, foreign, blank]);
    source.emit(event);
    expect([closed.sent, foreign.sent, blank.sent]).toEqual([[], [], []]);
  });

  it('stops when asked', () => {
    const source = eventSource();
    const stop = fanOutStationEvents(source, () => []);
    expect(source.size()).toBe(1);
    stop();
    expect(source.size()).toBe(0);
  });
});
