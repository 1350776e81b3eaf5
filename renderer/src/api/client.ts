/**
 * The renderer's one way to reach the station. Inside Electron it goes through the
 * preload bridge (`window.motcua`); in a browser on the LAN it posts to `/api/call`
 * and listens on the `/api/events` WebSocket of the page's own origin. Screens see
 * the same typed `call` and `on` either way.
 */
import {
  AppError,
  callReplySchema,
  events,
  storedAttachmentSchema,
  type CallReply,
  type CallRequest,
  type ErrorPayload,
  type EventMessage,
  type EventName,
  type EventPayload,
  type MethodInput,
  type MethodName,
  type MethodOutput,
  type MotcuaBridge,
  type StoredAttachmentReply,
  type UploadRequest,
} from '@contract';
import { readLocal, writeLocal } from '../state/localSetting';
import { valueStore, type ValueStore } from '../state/valueStore';
import { EventSocket, type ConnectionState } from './eventSocket';

export type { ConnectionState } from './eventSocket';

declare global {
  interface Window {
    motcua?: MotcuaBridge;
  }
}

export type EventListener<E extends EventName> = (payload: EventPayload<E>, event: EventMessage<E>) => void;

export interface CallOptions {
  /**
   * Send without the signed-in session: a citizen using a screen opened from a
   * counter (the rating screen) acts as an anonymous terminal, not as the officer.
   */
  anonymous?: boolean;
}

/** How far an upload got: `loaded` of `total` bytes, or null when the transport cannot tell. */
export type UploadProgress = (sent: { loaded: number; total: number } | null) => void;

export interface ApiClient {
  readonly transport: 'ipc' | 'lan';
  call<M extends MethodName>(method: M, input: MethodInput<M>, options?: CallOptions): Promise<MethodOutput<M>>;
  /** Stores a scan or PDF on the station (raw bytes, not JSON); resolves with its SHA-256 key. */
  upload(file: File, onProgress?: UploadProgress): Promise<StoredAttachmentReply>;
  /** Subscribes to one pushed event; returns the unsubscribe function. */
  on<E extends EventName>(name: E, listener: EventListener<E>): () => void;
  /** Called when events were missed (e.g. the station restarted): reload shown data. */
  onResync(listener: () => void): () => void;
  /** Whether the station is reachable now; drives the "offline" mark. */
  readonly connection: ValueStore<ConnectionState>;
  /** The signed-in session's token, or null for an anonymous terminal. */
  readonly session: ValueStore<string | null>;
}

const sessionKey = 'motcua.session';
const callTimeoutMs = 15_000;
/** 20 MB over a slow counter network takes a while; a stalled one must still end. */
const uploadTimeoutMs = 180_000;

/** How one request reaches the station; the two implementations differ only here. */
interface Transport {
  readonly kind: 'ipc' | 'lan';
  send(request: CallRequest): Promise<CallReply>;
  sendFile(request: UploadRequest, onProgress: UploadProgress): Promise<CallReply>;
  start(session: ValueStore<string | null>, sink: EventSink): void;
}

interface EventSink {
  state(state: ConnectionState): void;
  event(event: EventMessage): void;
  resync(): void;
  error(error: ErrorPayload): void;
}

function bridgeTransport(bridge: MotcuaBridge): Transport {
  return {
    kind: 'ipc',
    async send(request) {
      try {
        return await bridge.call(request);
      } catch {
        throw new AppError('UNAVAILABLE', { detail: 'IPC call to the main process failed' });
      }
    },
    async sendFile(request, onProgress) {
      // IPC hands the bytes over in one message: no progress to report until it is done.
      onProgress(null);
      try {
        return await bridge.upload(request);
      } catch {
        throw new AppError('UNAVAILABLE', { detail: 'IPC upload to the main process failed' });
      }
    },
    start(_session, sink) {
      // The main process is always there while the window is.
      sink.state('online');
      bridge.onEvent((event) => sink.event(event));
    },
  };
}

function lanTransport(origin: Location): Transport {
  return {
    kind: 'lan',
    async send(request) {
      let response: Response;
      try {
        response = await fetch('/api/call', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(request),
          cache: 'no-store',
          signal: AbortSignal.timeout(callTimeoutMs),
        });
      } catch {
        throw new AppError('UNAVAILABLE', { detail: 'HTTP request to the station failed or timed out' });
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        // A proxy or a half-started station answering with HTML: treat as unreachable.
        throw new AppError('UNAVAILABLE', { detail: `Station replied HTTP ${response.status} without JSON` });
      }
      const reply = callReplySchema.safeParse(body);
      if (!reply.success) throw new AppError('INTERNAL', { detail: `Malformed call reply (HTTP ${response.status})` });
      return reply.data as CallReply;
    },
    sendFile(request, onProgress) {
      // XMLHttpRequest, not fetch: only it reports how much of the body went out.
      return new Promise((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        xhr.open('POST', `/api/upload?name=${encodeURIComponent(request.fileName)}`);
        xhr.setRequestHeader('content-type', 'application/octet-stream');
        if (request.token) xhr.setRequestHeader('authorization', `Bearer ${request.token}`);
        xhr.timeout = uploadTimeoutMs;
        xhr.upload.onprogress = (event) => onProgress(event.lengthComputable ? { loaded: event.loaded, total: event.total } : null);
        const unreachable = () => reject(new AppError('UNAVAILABLE', { detail: 'Upload to the station failed or timed out' }));
        xhr.onerror = unreachable;
        xhr.ontimeout = unreachable;
        xhr.onload = () => {
          let body: unknown;
          try {
            body = JSON.parse(xhr.responseText);
          } catch {
            reject(new AppError('UNAVAILABLE', { detail: `Station replied HTTP ${xhr.status} without JSON to an upload` }));
            return;
          }
          const reply = callReplySchema.safeParse(body);
          if (!reply.success) reject(new AppError('INTERNAL', { detail: `Malformed upload reply (HTTP ${xhr.status})` }));
          else resolve(reply.data as CallReply);
        };
        xhr.send(request.bytes as Uint8Array<ArrayBuffer>);
      });
    },
    start(session, sink) {
      const scheme = origin.protocol === 'https:' ? 'wss:' : 'ws:';
      const socket = new EventSocket(`${scheme}//${origin.host}/api/events`, {
        onState: sink.state,
        onEvent: sink.event,
        onResync: sink.resync,
        onError: sink.error,
      });
      socket.start(session.get());
      session.subscribe(() => socket.setToken(session.get()));
    },
  };
}

export function createApiClient(transport: Transport): ApiClient {
  const connection = valueStore<ConnectionState>('connecting');
  const session = valueStore<string | null>(readLocal(sessionKey));
  session.subscribe(() => writeLocal(sessionKey, session.get()));
  const listeners = new Map<EventName, Set<EventListener<EventName>>>();
  const resyncListeners = new Set<() => void>();

  function deliver(message: EventMessage): void {
    const name = message.name;
    const wanted = listeners.get(name);
    if (!wanted || wanted.size === 0) return;
    const spec = events[name];
    if (!spec) return;
    const payload = spec.payload.safeParse(message.payload);
    if (!payload.success) {
      console.warn(`Dropped event ${name} #${message.seq}: payload does not match the contract`);
      return;
    }
    for (const listener of [...wanted]) listener(payload.data, message);
  }

  transport.start(session, {
    state: (state) => connection.set(state),
    event: deliver,
    resync: () => {
      for (const listener of [...resyncListeners]) listener();
    },
    error: (error) => {
      if (error.code === 'SESSION_EXPIRED') session.set(null);
    },
  });

  return {
    transport: transport.kind,
    connection,
    session,

    async call(method, input, options = {}) {
      const token = options.anonymous ? null : session.get();
      const request: CallRequest = token ? { method, input, token } : { method, input };
      let reply: CallReply;
      try {
        reply = await transport.send(request);
      } finally {
        // Logging out ends the session here even when the station cannot be reached.
        if (method === 'auth.logout') session.set(null);
      }
      if (!reply.ok) {
        const error = AppError.fromPayload(reply.error);
        if (error.code === 'SESSION_EXPIRED' && token !== null && session.get() === token) session.set(null);
        throw error;
      }
      const result = reply.result as MethodOutput<typeof method>;
      if (method === 'auth.login') session.set((result as MethodOutput<'auth.login'>).token);
      return result;
    },

    async upload(file, onProgress = () => undefined) {
      const token = session.get();
      const bytes = new Uint8Array(await file.arrayBuffer());
      const request: UploadRequest = token ? { fileName: file.name, bytes, token } : { fileName: file.name, bytes };
      const reply = await transport.sendFile(request, onProgress);
      if (!reply.ok) {
        const error = AppError.fromPayload(reply.error);
        if (error.code === 'SESSION_EXPIRED' && token !== null && session.get() === token) session.set(null);
        throw error;
      }
      const stored = storedAttachmentSchema.safeParse(reply.result);
      if (!stored.success) throw new AppError('INTERNAL', { detail: 'Malformed upload result' });
      return stored.data;
    },

    on(name, listener) {
      let set = listeners.get(name);
      if (!set) {
        set = new Set();
        listeners.set(name, set);
      }
      const stored = listener as unknown as EventListener<EventName>;
      set.add(stored);
      return () => set.delete(stored);
    },

    onResync(listener) {
      resyncListeners.add(listener);
      return () => resyncListeners.delete(listener);
    },
  };
}

/** The client of this page: the Electron bridge when present, else the page's own station. */
export const api: ApiClient = createApiClient(window.motcua ? bridgeTransport(window.motcua) : lanTransport(window.location));
