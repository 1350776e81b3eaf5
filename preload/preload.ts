/**
 * The sandboxed preload: exposes exactly one object, `window.motcua`, a thin client
 * over three IPC channels (calls, uploads, events). It checks nothing beyond passing values through; the main
 * process validates every call and every sender. The `satisfies` at the end keeps
 * this object in step with the contract's MotcuaBridge.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { ipcChannels } from '@contract/channels';
import type { CallReply, CallRequest, EventMessage, MotcuaBridge, StoredAttachmentReply, UploadRequest } from '@contract/wire';

const bridge = {
  transport: 'ipc',
  call(request: CallRequest): Promise<CallReply> {
    return ipcRenderer.invoke(ipcChannels.call, request) as Promise<CallReply>;
  },
  upload(request: UploadRequest): Promise<CallReply<StoredAttachmentReply>> {
    return ipcRenderer.invoke(ipcChannels.upload, request) as Promise<CallReply<StoredAttachmentReply>>;
  },
  onEvent(listener: (event: EventMessage) => void): () => void {
    // Our own wrapper, so unsubscribing removes exactly this subscription and the
    // page never sees the IPC event object.
    const forward = (_event: IpcRendererEvent, message: EventMessage): void => listener(message);
    ipcRenderer.on(ipcChannels.event, forward);
    return () => {
      ipcRenderer.removeListener(ipcChannels.event, forward);
    };
  },
} as const satisfies MotcuaBridge;

contextBridge.exposeInMainWorld('motcua', bridge);
