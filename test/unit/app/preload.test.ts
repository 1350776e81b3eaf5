import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels, type CallReply, type EventMessage, type MotcuaBridge } from '@contract/wire';

/** Stand-ins for Electron's renderer modules: a main world to expose into and an IPC pipe. */
const electron = vi.hoisted(() => {
  const mainWorld: Record<string, unknown> = {};
  return {
    mainWorld,
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => {
        mainWorld[key] = api;
      },
    },
    ipcRenderer: null as unknown,
  };
});

vi.mock('electron', () => ({
  contextBridge: electron.contextBridge,
  get ipcRenderer() {
    return electron.ipcRenderer;
  },
}));

class FakeIpcRenderer extends EventEmitter {
  readonly invocations: unknown[][] = [];
  reply: CallReply = { ok: true, result: { pong: true } };
  invoke(...args: unknown[]): Promise<CallReply> {
    this.invocations.push(args);
    return Promise.resolve(this.reply);
  }
}

let ipc: FakeIpcRenderer;

async function loadPreload(): Promise<MotcuaBridge> {
  vi.resetModules();
  for (const key of Object.keys(electron.mainWorld)) delete electron.mainWorld[key];
  ipc = new FakeIpcRenderer();
  electron.ipcRenderer = ipc;
  await import('../../../preload/preload');
  return electron.mainWorld['motcua'] as MotcuaBridge;
}

const event: EventMessage = { seq: 7, epoch: 'run-1', name: 'site.changed', payload: { name: 'UBND xã' }, at: '2025-01-02T03:04:05.000Z' };

describe('the preload bridge', () => {
  let bridge: MotcuaBridge;

  beforeEach(async () => {
    bridge = await loadPreload();
  });

  it('exposes exactly one object, window.motcua', () => {
    expect(Object.keys(electron.mainWorld)).toEqual(['motcua']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onEvent', 'transport', 'upload']);
    expect(bridge.transport).toBe('ipc');
  });

  it('call invokes the call channel with the request as given and returns the reply', async () => {
    const request = { method: 'site.get', input: { x: 1 }, token: 't' } as const;
    const reply = await bridge.call(request as never);
    expect(ipc.invocations).toEqual([[ipcChannels.call, request]]);
    expect(reply).toEqual({ ok: true, result: { pong: true } });
  });

  it('upload invokes the upload channel with the bytes as given', async () => {
    const request = { fileName: 'scan.pdf', bytes: new Uint8Array([0x25, 0x50]), token: 't' };
    await bridge.upload(request);
    expect(ipc.invocations).toEqual([[ipcChannels.upload, request]]);
  });

  it('onEvent hands the listener the event message, never the IPC event object', () => {
    const seen: unknown[] = [];
    bridge.onEvent((message) => seen.push(message));
    ipc.emit(ipcChannels.event, { sender: 'ipc-internals' }, event);
    expect(seen).toEqual([event]);
  });

  it('unsubscribing removes exactly that listener', () => {
    const first: unknown[] = [];
    const second: unknown[] = [];
    const stopFirst = bridge.onEvent((message) => first.push(message));
    bridge.onEvent((message) => second.push(message));
    expect(ipc.listenerCount(ipcChannels.event)).toBe(2);
    stopFirst();
    expect(ipc.listenerCount(ipcChannels.event)).toBe(1);
    ipc.emit(ipcChannels.event, {}, event);
    expect(first).toEqual([]);
    expect(second).toEqual([event]);
    stopFirst();
    expect(ipc.listenerCount(ipcChannels.event)).toBe(1);
  });

  it('listens on no channel other than the event channel', () => {
    bridge.onEvent(() => undefined);
    expect(ipc.eventNames()).toEqual([ipcChannels.event]);
  });
});
