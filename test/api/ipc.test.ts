import { describe, expect, it } from 'vitest';
import { ipcChannels, type CallReply } from '@contract';
import { attachIpcTransport, type IpcInvokeEventLike, type IpcMainLike } from '../../main/api/ipc/ipcTransport';
import { testStation } from '../helpers/testStation';

/** Stands in for Electron's ipcMain: the transport must not know the difference. */
function fakeIpcMain() {
  const handlers = new Map<string, (event: IpcInvokeEventLike, ...args: unknown[]) => unknown>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => void handlers.set(channel, listener),
    removeHandler: (channel) => void handlers.delete(channel),
  };
  const invoke = (url: string | null, request: unknown) =>
    handlers.get(ipcChannels.call)!(url === null ? { senderFrame: null } : { senderFrame: { url } }, request) as Promise<CallReply>;
  return { ipc, handlers, invoke };
}

const trusted = (url: string) => url.startsWith('app://motcua/');

describe('the Electron IPC transport', () => {
  it('dispatches calls from our own pages', async () => {
    const station = await testStation();
    const { ipc, invoke } = fakeIpcMain();
    attachIpcTransport(ipc, station.dispatcher, trusted);
    expect(await invoke('app://motcua/counter', { method: 'system.info', input: {} })).toMatchObject({ ok: true });
    await station.close();
  });

  it('refuses calls from any other frame, and from a frame that is gone', async () => {
    const station = await testStation();
    const { ipc, invoke } = fakeIpcMain();
    attachIpcTransport(ipc, station.dispatcher, trusted);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', null]) {
      expect(await invoke(url, { method: 'system.info', input: {} })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    await station.close();
  });

  it('validates like the LAN: unknown methods and bad input are typed errors', async () => {
    const station = await testStation();
    const { ipc, invoke, handlers } = fakeIpcMain();
    const detach = attachIpcTransport(ipc, station.dispatcher, trusted);
    expect(await invoke('app://motcua/', { method: 'x.y', input: {} })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await invoke('app://motcua/', { method: 'auth.login', input: { username: 1 } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
    detach();
    expect(handlers.size).toBe(0);
    await station.close();
  });
});
