/**
 * The reference provincial server: PROTOCOL.md over HTTP with its own storage, for
 * tests, benchmarks and pilots. Each /v1 request goes through the line faults in
 * the order a real line and server would fail it:
 *
 *   arrive → refused/offline? (connection destroyed) → read body (throttled; maybe
 *   reset mid-body) → delay → injected 5xx? (no effect) → handle and commit →
 *   reply lost after commit? (connection destroyed) → write answer (throttled)
 *
 * /control requests skip all of it (see controlApi.ts).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '@domain/time/clock';
import { systemClock } from '../../main/station/systemClock';
import { autoProcessor, timerScheduler, type Scheduler } from './autoProcess';
import { controlAnswer } from './controlApi';
import { FaultControl, type FaultPatch } from './faults';
import { statsSnapshot, TrafficCounters, type ProvincialStats } from './stats';
import { openProvincialStore, type ProvincialStore } from './store';
import { errorBody, v1Endpoints, type Answer } from './v1Api';
import { BodyTooLarge, breakConnection, contentLengthOf, hasBody, jsonBuffer, readBody, sleep, writeAnswer } from './wire';

export interface ProvincialServerOptions {
  /** Folder for the SQLite file and the attachments (created if missing). */
  dataDir: string;
  /** 0 (default): any free port. */
  port?: number;
  /** Default 127.0.0.1: the control API has no authentication. */
  host?: string;
  /** Sites allowed to sync (added, or given this secret if they exist). */
  sites?: { id: string; secret: string }[];
  /** Default: the system clock. The server's time is this plus `clockOffsetMs`. */
  clock?: Clock;
  /** The server's clock runs this far ahead (negative: behind); also settable as a fault. */
  clockOffsetMs?: number;
  /** Session lifetime, default 15 minutes. */
  sessionTtlMs?: number;
  /** Faults active from the start. */
  faults?: FaultPatch;
  /** Pilot mode: each received dossier goes to 4, then 9, this many ms apart. */
  autoProcessMs?: number;
  /** How auto-processing waits (default: timers). */
  scheduler?: Scheduler;
  /** Largest attachment accepted (default 512 MiB). */
  maxAttachmentBytes?: number;
}

export interface ProvincialServer {
  url: string;
  port: number;
  control: FaultControl;
  store: ProvincialStore;
  stats(): ProvincialStats;
  close(): Promise<void>;
}

const controlBodyLimit = 64 * 1024 * 1024;

export async function startProvincialServer(options: ProvincialServerOptions): Promise<ProvincialServer> {
  const clock = options.clock ?? systemClock;
  const faults = new FaultControl({ ...options.faults, ...(options.clockOffsetMs !== undefined ? { clockOffsetMs: options.clockOffsetMs } : {}) });
  const now = () => new Date(clock.now().getTime() + faults.clockOffsetMs);
  const store = openProvincialStore(options.dataDir, now);
  for (const site of options.sites ?? []) store.credentials.registerSite(site.id, site.secret);
  const traffic = new TrafficCounters();
  traffic.reset(now());
  const autoProcess = options.autoProcessMs !== undefined ? autoProcessor(store, options.autoProcessMs, options.scheduler ?? timerScheduler) : null;

  const endpointFor = v1Endpoints({
    store,
    now,
    sessionTtlMs: options.sessionTtlMs ?? 15 * 60_000,
    maxAttachmentBytes: options.maxAttachmentBytes ?? 512 * 1024 * 1024,
    onDossierReceived: (maHoSo) => autoProcess?.received(maHoSo),
    onAttachmentBytesStored: (bytes) => {
      traffic.attachmentBytesStored += bytes;
    },
  });

  async function serveApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    const endpoint = endpointFor(method, url.pathname);
    traffic.countRequest(endpoint?.key ?? 'other');
    if (faults.takeRefusal()) {
      breakConnection(req.socket);
      return;
    }
    let body: Buffer;
    try {
      body = await readBody(req, {
        limit: endpoint?.bodyLimit ?? 64 * 1024,
        throttle: faults.upstream,
        resetAfterBytes: hasBody(req) ? faults.takeResetMidBody(contentLengthOf(req)) : null,
        onBytes: endpoint?.attachmentBytes
          ? (bytes) => {
              traffic.attachmentBytesReceived += bytes;
            }
          : undefined,
      });
    } catch (error) {
      if (error instanceof BodyTooLarge) await send(res, { status: 413, body: errorBody('TOO_LARGE', error.message) }, { connection: 'close' });
      return; // otherwise the connection is gone: nobody to answer
    }
    if (faults.delayMs > 0) await sleep(faults.delayMs);
    if (closing) return; // the store may be closed by now
    const injected = faults.takeStatus5xx();
    if (injected !== null) {
      await send(res, { status: injected, body: errorBody('INJECTED_FAULT', `injected ${injected}; nothing was done`) });
      return;
    }
    if (!endpoint) {
      await send(res, { status: 404, body: errorBody('NOT_FOUND', `no endpoint ${method} ${url.pathname}`) });
      return;
    }
    const answer = endpoint.handle({ method, url, headers: req.headers, body });
    if (answer.committedBatch && faults.takeDropReplyAfterCommit()) {
      breakConnection(req.socket);
      return;
    }
    await send(res, answer);
  }

  function send(res: ServerResponse, answer: Answer, headers: Record<string, string> = {}): Promise<void> {
    return writeAnswer(res, answer.status, jsonBuffer(answer.body), 'application/json; charset=utf-8', faults.downstream, headers);
  }

  async function serveControl(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    let body: Buffer;
    try {
      body = await readBody(req, { limit: controlBodyLimit, throttle: null, resetAfterBytes: null });
    } catch (error) {
      if (error instanceof BodyTooLarge) await writeAnswer(res, 413, jsonBuffer(errorBody('TOO_LARGE', error.message)), 'application/json', null, { connection: 'close' });
      return;
    }
    const answer = controlAnswer({ store, faults, traffic, now }, req.method ?? 'GET', url, body);
    await writeAnswer(res, answer.status, jsonBuffer(answer.body), 'application/json; charset=utf-8', null);
  }

  let closing = false;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://provincial.invalid');
    const serve = url.pathname.startsWith('/control/') ? serveControl : serveApi;
    serve(req, res, url).catch((error: unknown) => {
      console.error('provincial server: request failed:', error);
      if (!res.headersSent && !res.destroyed) {
        void writeAnswer(res, 500, jsonBuffer(errorBody('INTERNAL', 'internal error')), 'application/json', null);
      } else {
        breakConnection(req.socket);
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    control: faults,
    store,
    stats: () => statsSnapshot(store, traffic, faults),
    async close() {
      if (closing) return;
      closing = true;
      autoProcess?.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await store.close();
    },
  };
}
