/**
 * The LAN face of the station: `POST /api/call` carries the same CallRequest as
 * Electron IPC, `/api/events` is the event socket, everything else is the UI.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError, errorCatalogue, maxRequestBytes, maxUploadBytes, type CallReply } from '@contract';
import type { Logger } from '../../runtime/logger';
import type { Dispatcher } from '../dispatcher';
import type { EventHub } from '../eventHub';
import { createEventSocketServer } from './eventSocket';
import { readBody, readJsonBody } from './readJsonBody';
import { securityHeaders } from './securityHeaders';
import { serveStatic } from './staticFiles';

export interface HttpServerOptions {
  dispatcher: Dispatcher;
  events: EventHub;
  logger: Logger;
  host: string;
  port: number;
  /** Built UI to serve; null serves the API only. */
  rendererDir: string | null;
}

export interface RunningHttpServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

function sendReply(res: ServerResponse, reply: CallReply): void {
  const status = reply.ok ? 200 : errorCatalogue[reply.error.code].status;
  const body = JSON.stringify(reply);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...securityHeaders,
  });
  res.end(body);
}

export function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const { dispatcher, logger } = options;
  const sockets = createEventSocketServer(options.events, dispatcher, logger);

  /**
   * Reads a POST body; on failure answers the request itself and returns null. The
   * rest of an oversize body is not read: the connection is closed after the answer.
   */
  async function bodyOf<T>(req: IncomingMessage, res: ServerResponse, path: string, read: () => Promise<T>): Promise<T | null> {
    if (req.method !== 'POST') {
      sendReply(res, { ok: false, error: new AppError('BAD_REQUEST', { detail: `Use POST for ${path}` }).toPayload() });
      return null;
    }
    try {
      return await read();
    } catch (error) {
      const appError = error instanceof AppError ? error : new AppError('BAD_REQUEST');
      res.setHeader('Connection', 'close');
      sendReply(res, { ok: false, error: appError.toPayload() });
      if (appError.code === 'PAYLOAD_TOO_LARGE') res.on('finish', () => req.destroy());
      return null;
    }
  }

  async function handleCall(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await bodyOf(req, res, '/api/call', () => readJsonBody(req, maxRequestBytes));
    if (body !== null) sendReply(res, await dispatcher.dispatch(body, { transport: 'http' }));
  }

  /** Raw bytes of one attachment; the session comes in the Authorization header. */
  async function handleUpload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const bytes = await bodyOf(req, res, '/api/upload', () => readBody(req, maxUploadBytes));
    if (bytes === null) return;
    const url = new URL(req.url ?? '/', 'http://station');
    const auth = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
    const upload = { fileName: url.searchParams.get('name') ?? '', bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
    sendReply(res, await dispatcher.upload(auth ? { ...upload, token: auth[1] } : upload, { transport: 'http' }));
  }

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const done = (error: unknown) => {
      logger.error('HTTP handler failed', { path, error: (error as Error)?.message });
      if (!res.headersSent) res.writeHead(500).end();
    };
    if (path === '/api/call') {
      handleCall(req, res).catch(done);
    } else if (path === '/api/upload') {
      handleUpload(req, res).catch(done);
    } else if (path === '/healthz') {
      res.writeHead(200, { 'Content-Type': 'text/plain', ...securityHeaders }).end('ok');
    } else if (path?.startsWith('/api/')) {
      sendReply(res, { ok: false, error: new AppError('UNKNOWN_METHOD', { detail: `No endpoint ${path}` }).toPayload() });
    } else if (options.rendererDir) {
      serveStatic(options.rendererDir, req, res).catch(done);
    } else {
      res.writeHead(404, securityHeaders).end();
    }
  });
  server.headersTimeout = 15_000;
  server.requestTimeout = 60_000;
  server.keepAliveTimeout = 30_000;

  server.on('upgrade', (req, socket, head) => {
    if ((req.url ?? '').split('?')[0] === '/api/events') sockets.handleUpgrade(req, socket, head);
    else socket.destroy();
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const shownHost = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
      resolve({
        url: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            sockets.close();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
