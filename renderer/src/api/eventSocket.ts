/**
 * The LAN event channel: one WebSocket to `/api/events` that reconnects by itself
 * and resumes from the last event it saw, so a screen that loses the network for a
 * while gets the events it missed (or a `resync` when the station cannot replay them).
 */
import type { ErrorPayload, EventMessage, SocketHello, SocketServerMessage } from '@contract';

export type ConnectionState = 'connecting' | 'online' | 'offline';

export interface EventSocketHandlers {
  onState(state: ConnectionState): void;
  onEvent(event: EventMessage): void;
  /** Events were missed and cannot be replayed: reload everything from the API. */
  onResync(): void;
  onError(error: ErrorPayload): void;
}

const firstRetryMs = 500;
const maxRetryMs = 10_000;

export class EventSocket {
  private socket: WebSocket | null = null;
  private retryMs = firstRetryMs;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private lastSeen: { epoch: string; seq: number } | null = null;
  private token: string | null = null;
  private welcomed = false;
  private stopped = true;

  constructor(
    private readonly url: string,
    private readonly handlers: EventSocketHandlers,
  ) {}

  start(token: string | null): void {
    this.token = token;
    this.stopped = false;
    window.addEventListener('online', this.reconnectNow);
    this.open();
  }

  stop(): void {
    this.stopped = true;
    window.removeEventListener('online', this.reconnectNow);
    this.clearRetry();
    this.socket?.close(1000);
    this.socket = null;
  }

  /** The station filters events by the caller's roles, so a new identity needs a new hello. */
  setToken(token: string | null): void {
    if (token === this.token) return;
    this.token = token;
    if (this.stopped) return;
    const previous = this.socket;
    this.socket = null;
    previous?.close(1000);
    this.clearRetry();
    this.open();
  }

  private readonly reconnectNow = (): void => {
    if (this.stopped || this.welcomed) return;
    this.clearRetry();
    this.retryMs = firstRetryMs;
    this.socket?.close();
    this.socket = null;
    this.open();
  };

  private open(): void {
    let socket: WebSocket;
    try {
      socket = new WebSocket(this.url);
    } catch {
      this.scheduleRetry();
      return;
    }
    this.socket = socket;
    this.welcomed = false;
    socket.onopen = () => {
      const hello: SocketHello = { type: 'hello' };
      if (this.token) hello.token = this.token;
      if (this.lastSeen) hello.resume = { ...this.lastSeen };
      socket.send(JSON.stringify(hello));
    };
    socket.onmessage = (message) => {
      if (socket !== this.socket) return;
      this.receive(message.data);
    };
    socket.onclose = () => {
      // A socket we replaced on purpose (new token) must not trigger a retry.
      if (socket !== this.socket) return;
      this.socket = null;
      this.welcomed = false;
      this.handlers.onState('offline');
      this.scheduleRetry();
    };
  }

  private receive(data: unknown): void {
    if (typeof data !== 'string') return;
    let message: SocketServerMessage;
    try {
      message = JSON.parse(data) as SocketServerMessage;
    } catch {
      return;
    }
    switch (message.type) {
      case 'welcome':
        this.welcomed = true;
        this.retryMs = firstRetryMs;
        // With nothing to replay we are level with the station; replayed events
        // that follow the welcome move the mark themselves.
        if (message.replayed === 0) this.lastSeen = { epoch: message.epoch, seq: message.seq };
        this.handlers.onState('online');
        break;
      case 'resync':
        // The station answers a hello it cannot replay with `resync` instead of
        // `welcome`; the connection is up all the same.
        this.welcomed = true;
        this.retryMs = firstRetryMs;
        this.lastSeen = { epoch: message.epoch, seq: message.seq };
        this.handlers.onState('online');
        this.handlers.onResync();
        break;
      case 'event': {
        const { event } = message;
        const last = this.lastSeen;
        if (last && last.epoch === event.epoch && event.seq <= last.seq) return;
        this.lastSeen = { epoch: event.epoch, seq: event.seq };
        this.handlers.onEvent(event);
        break;
      }
      case 'error':
        this.handlers.onError(message.error);
        break;
    }
  }

  private scheduleRetry(): void {
    if (this.stopped || this.retryTimer) return;
    const delay = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, maxRetryMs);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.stopped && !this.socket) this.open();
    }, delay);
  }

  private clearRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}
