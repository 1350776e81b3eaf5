/**
 * A small HTTP client for the sync: node:http/https with a hard timeout, an
 * optional pinned CA, and every failure turned into SYNC_UNREACHABLE (network,
 * resets, timeouts) so the client's retry logic has one thing to look at.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { AppError } from '@contract';

export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  timeoutMs: number;
  /** PEM of the province's CA, to pin it instead of the OS trust store. */
  ca?: string;
}

export type HttpClient = (request: HttpRequest) => Promise<HttpResponse>;

export const maxResponseBytes = 32 * 1024 * 1024;

/**
 * Connections are kept between the requests of a run: a sync pass is a burst of
 * requests, and a fresh connection per batch costs a TCP (and TLS) handshake on
 * the WAN, and delays the pipelined push (a new connection's first bytes leave
 * only after the connect completes). Idle connections close after 2 s, before
 * usual server keep-alive limits (5 s and up), so a stale one is rarely reused;
 * if it is, the run fails like any network error and is retried.
 */
const agentOptions = { keepAlive: true, timeout: 2000, maxSockets: 4 };
const httpAgent = new HttpAgent(agentOptions);
const httpsAgent = new HttpsAgent(agentOptions);

export const nodeHttpClient: HttpClient = (req) =>
  new Promise((resolve, reject) => {
    const url = new URL(req.url);
    const body = req.body === undefined ? undefined : Buffer.isBuffer(req.body) ? req.body : Buffer.from(req.body, 'utf8');
    const secure = url.protocol === 'https:';
    const make = secure ? httpsRequest : httpRequest;
    let settled = false;
    const fail = (detail: string) => {
      if (settled) return;
      settled = true;
      reject(new AppError('SYNC_UNREACHABLE', { detail }));
    };
    const outgoing = make(
      url,
      {
        method: req.method,
        headers: { ...(req.headers ?? {}), ...(body ? { 'content-length': String(body.length) } : {}) },
        ...(req.ca ? { ca: req.ca } : {}),
        agent: secure ? httpsAgent : httpAgent,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxResponseBytes) {
            outgoing.destroy();
            fail(`Response over ${maxResponseBytes} bytes`);
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => {
          if (settled) return;
          if (!res.complete) return fail('Response ended before it was complete');
          settled = true;
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
        });
        res.on('error', (error) => fail(`Response failed: ${error.message}`));
        res.on('aborted', () => fail('Response aborted'));
      },
    );
    const timer = setTimeout(() => {
      outgoing.destroy();
      fail(`No answer within ${req.timeoutMs} ms`);
    }, req.timeoutMs);
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      fail(`${error.code ?? 'network error'}: ${error.message}`);
    });
    outgoing.on('close', () => clearTimeout(timer));
    outgoing.end(body);
  });
