/**
 * A small HTTP client for the sync: node:http/https with a hard timeout, an
 * optional pinned CA, and every failure turned into SYNC_UNREACHABLE (network,
 * resets, timeouts) so the client's retry logic has one thing to look at.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { AppError } from '../../preload/contract';

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

export const nodeHttpClient: HttpClient = (req) =>
  new Promise((resolve, reject) => {
    const url = new URL(req.url);
    const body = req.body === undefined ? undefined : Buffer.isBuffer(req.body) ? req.body : Buffer.from(req.body, 'utf8');
    const make = url.protocol === 'https:' ? httpsRequest : httpRequest;
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
        agent: false,
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
