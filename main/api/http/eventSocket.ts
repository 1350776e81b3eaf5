/**
 * The LAN event socket (`/api/events`). A screen says hello (with its session
 * token, if any, and the last event it saw); the station replays what it missed
 * or tells it to resync, then pushes every event its roles may see.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { AppError, socketHelloSchema, type EventMessage, type Role, type SocketServerMessage } from '@contract';
import type { Logger } from '../../runtime/logger';
import type { Dispatcher } from '../dispatcher';
import { visibleTo, type EventHub } from '../eventHub';

const helloTimeoutMs = 10_000;
const heartbeatMs = 30_000;

export interface EventSocketServer {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  readonly clientCount: number;
  close(): void;
}

export function createEventSocketServer(hub: EventHub, dispatcher: Dispatcher, logger: Logger): EventSocketServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 });
  const clients = new Map<WebSocket, { roles: readonly Role[]; alive: boolean }>();

  const send = (ws: WebSocket, message: SocketServerMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };

  // Events committed together are published in one burst (a call, the board, the
  // waiting list …). Each screen's socket is corked for the burst so they leave in one
  // write instead of one system call per event per screen.
  const corked = new Set<Duplex>();
  const uncorkAll = () => {
    for (const socket of corked) socket.uncork();
    corked.clear();
  };
  const corkFor = (ws: WebSocket) => {
    // `ws` keeps its TCP socket private; without it, frames simply go out one by one.
    const socket = (ws as unknown as { _socket?: Duplex })._socket;
    if (!socket || typeof socket.cork !== 'function' || corked.has(socket)) return;
    if (corked.size === 0) process.nextTick(uncorkAll);
    socket.cork();
    corked.add(socket);
  };

  const unsubscribe = hub.subscribe((event: EventMessage) => {
    // Serialised once for every screen that may see it: a call reaches many boards.
    let text: string | null = null;
    for (const [ws, client] of clients) {
      if (!visibleTo(event, client.roles) || ws.readyState !== ws.OPEN) continue;
      text ??= JSON.stringify({ type: 'event', event } satisfies SocketServerMessage);
      corkFor(ws);
      ws.send(text);
    }
  });

  const heartbeat = setInterval(() => {
    for (const [ws, client] of clients) {
      if (!client.alive) {
        ws.terminate();
        continue;
      }
      client.alive = false;
      ws.ping();
    }
  }, heartbeatMs);
  heartbeat.unref();

  wss.on('connection', (ws) => {
    const timer = setTimeout(() => ws.close(4000, 'hello expected'), helloTimeoutMs);
    ws.once('message', (data) => {
      clearTimeout(timer);
      let hello;
      try {
        hello = socketHelloSchema.parse(JSON.parse(String(data)));
      } catch {
        send(ws, { type: 'error', error: new AppError('BAD_REQUEST', { detail: 'First socket message must be a hello' }).toPayload() });
        ws.close(4001, 'bad hello');
        return;
      }
      let roles: readonly Role[];
      try {
        roles = dispatcher.principalOf(hello.token).roles;
      } catch (error) {
        const appError = error instanceof AppError ? error : new AppError('INTERNAL');
        send(ws, { type: 'error', error: appError.toPayload() });
        ws.close(4401, appError.code);
        return;
      }
      const missed = hello.resume ? hub.since(hello.resume.epoch, hello.resume.seq) : [];
      clients.set(ws, { roles, alive: true });
      ws.on('pong', () => {
        const client = clients.get(ws);
        if (client) client.alive = true;
      });
      if (missed === null) {
        send(ws, { type: 'resync', epoch: hub.epoch, seq: hub.seq });
      } else {
        const visible = missed.filter((event) => visibleTo(event, roles));
        send(ws, { type: 'welcome', epoch: hub.epoch, seq: hub.seq, replayed: visible.length });
        for (const event of visible) send(ws, { type: 'event', event });
      }
    });
    ws.on('close', () => {
      clearTimeout(timer);
      clients.delete(ws);
    });
    ws.on('error', (error) => logger.warn('Event socket error', { error: error.message }));
  });

  return {
    handleUpgrade(req, socket, head) {
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    },
    get clientCount() {
      return clients.size;
    },
    close() {
      unsubscribe();
      clearInterval(heartbeat);
      for (const ws of clients.keys()) ws.terminate();
      wss.close();
    },
  };
}
