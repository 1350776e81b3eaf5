/**
 * Electron IPC over the same dispatcher as the LAN. This file does not import
 * electron: the shell hands in its ipcMain, which satisfies IpcMainLike, so the
 * sender check is tested under plain Node.
 */
import { AppError, ipcChannels, type CallReply } from '@contract';
import type { Dispatcher } from '../dispatcher';

export interface IpcInvokeEventLike {
  senderFrame: { url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export function attachIpcTransport(
  ipc: IpcMainLike,
  dispatcher: Pick<Dispatcher, 'dispatch' | 'upload'>,
  isTrustedSender: (url: string) => boolean,
): () => void {
  ipc.handle(ipcChannels.call, async (event, request): Promise<CallReply> => {
    const url = event.senderFrame?.url;
    if (!url || !isTrustedSender(url)) {
      return { ok: false, error: new AppError('FORBIDDEN', { detail: 'IPC call from an untrusted frame' }).toPayload() };
    }
    return dispatcher.dispatch(request, { transport: 'ipc' });
  });
  ipc.handle(ipcChannels.upload, async (event, request): Promise<CallReply> => {
    const url = event.senderFrame?.url;
    if (!url || !isTrustedSender(url)) {
      return { ok: false, error: new AppError('FORBIDDEN', { detail: 'IPC upload from an untrusted frame' }).toPayload() };
    }
    const { fileName, bytes, token } = (request ?? {}) as { fileName?: unknown; bytes?: unknown; token?: unknown };
    return dispatcher.upload({ fileName, bytes, token }, { transport: 'ipc' });
  });
  return () => {
    ipc.removeHandler(ipcChannels.call);
    ipc.removeHandler(ipcChannels.upload);
  };
}
