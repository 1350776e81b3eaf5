/**
 * The default adapter: our own protocol (PROTOCOL.md). It holds the session,
 * authenticates again once when a token has expired, and validates every answer
 * against the shared schemas before the client trusts it.
 */
import type { z } from 'zod';
import { AppError } from '@contract';
import type { ChangesPage, ProvinceAdapter } from './adapter';
import type { HttpClient, HttpResponse } from './httpClient';
import { pushRequestBody } from './outboxEvents';
import {
  attachmentStateSchema,
  changesResponseSchema,
  healthResponseSchema,
  pushResponseSchema,
  sessionResponseSchema,
  type SyncEvent,
} from './protocol';

export interface ProtocolAdapterOptions {
  baseUrl: string;
  siteId: string;
  secret: string;
  http: HttpClient;
  ca?: string;
  timeoutMs?: number;
}

export function createProtocolAdapter(options: ProtocolAdapterOptions): ProvinceAdapter {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 30_000;
  let token: string | null = null;

  function parse<S extends z.ZodType>(schema: S, response: HttpResponse, what: string): z.output<S> {
    let json: unknown;
    try {
      json = JSON.parse(response.body.toString('utf8'));
    } catch {
      throw new AppError('SYNC_PROTOCOL', { detail: `${what}: answer is not JSON (HTTP ${response.status})` });
    }
    const result = schema.safeParse(json);
    if (!result.success) throw new AppError('SYNC_PROTOCOL', { detail: `${what}: answer has the wrong shape (HTTP ${response.status})` });
    return result.data;
  }

  function checkStatus(response: HttpResponse, what: string): void {
    if (response.status >= 500 || response.status === 429 || response.status === 408) {
      throw new AppError('SYNC_SERVER_ERROR', { detail: `${what}: HTTP ${response.status}` });
    }
  }

  async function send(method: 'GET' | 'POST' | 'PUT', path: string, body?: Buffer | string, contentType = 'application/json') {
    return options.http({
      method,
      url: `${base}${path}`,
      headers: {
        accept: 'application/json',
        ...(body !== undefined ? { 'content-type': contentType } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body !== undefined ? { body } : {}),
      timeoutMs,
      ...(options.ca ? { ca: options.ca } : {}),
    });
  }

  async function authenticate(): Promise<void> {
    token = null;
    const response = await send('POST', '/v1/session', JSON.stringify({ siteId: options.siteId, secret: options.secret }));
    checkStatus(response, 'session');
    if (response.status === 401 || response.status === 403) throw new AppError('SYNC_AUTH', { detail: `session: HTTP ${response.status}` });
    if (response.status !== 200) throw new AppError('SYNC_PROTOCOL', { detail: `session: HTTP ${response.status}` });
    token = parse(sessionResponseSchema, response, 'session').token;
  }

  /** Sends with the session, authenticating first or once again after a 401. */
  async function authed(method: 'GET' | 'POST' | 'PUT', path: string, body?: Buffer | string, contentType?: string): Promise<HttpResponse> {
    if (!token) await authenticate();
    let response = await send(method, path, body, contentType);
    if (response.status === 401) {
      await authenticate();
      response = await send(method, path, body, contentType);
    }
    checkStatus(response, path);
    if (response.status === 401 || response.status === 403) throw new AppError('SYNC_AUTH', { detail: `${path}: HTTP ${response.status}` });
    return response;
  }

  return {
    name: 'motcua-protocol-v1',
    capabilities: { attachments: true, pull: true },

    async health() {
      const response = await send('GET', '/v1/health');
      checkStatus(response, 'health');
      return { serverTime: new Date(parse(healthResponseSchema, response, 'health').serverTime) };
    },

    async push(events: SyncEvent[]) {
      const response = await authed('POST', '/v1/events', pushRequestBody(options.siteId, events));
      if (response.status !== 200) throw new AppError('SYNC_PROTOCOL', { detail: `events: HTTP ${response.status}` });
      const answer = parse(pushResponseSchema, response, 'events');
      const ids = events.map((e) => e.eventId).join();
      if (answer.results.map((r) => r.eventId).join() !== ids) {
        throw new AppError('SYNC_PROTOCOL', { detail: 'events: results do not match the events sent' });
      }
      return { results: answer.results, serverTime: new Date(answer.serverTime) };
    },

    async attachmentState(sha256: string) {
      const response = await authed('GET', `/v1/attachments/${sha256}`);
      if (response.status !== 200) throw new AppError('SYNC_PROTOCOL', { detail: `attachment state: HTTP ${response.status}` });
      return parse(attachmentStateSchema, response, 'attachment state');
    },

    async uploadChunk(sha256: string, offset: number, total: number, bytes: Uint8Array) {
      const response = await authed('PUT', `/v1/attachments/${sha256}?offset=${offset}&total=${total}`, Buffer.from(bytes), 'application/octet-stream');
      if (response.status === 200 || response.status === 409) return parse(attachmentStateSchema, response, 'attachment chunk');
      if (response.status === 422) throw new AppError('SYNC_PROTOCOL', { detail: 'attachment: the server found a different SHA-256' });
      throw new AppError('SYNC_PROTOCOL', { detail: `attachment chunk: HTTP ${response.status}` });
    },

    async changes(after: string, limit: number): Promise<ChangesPage> {
      const response = await authed('GET', `/v1/changes?after=${encodeURIComponent(after)}&limit=${limit}`);
      if (response.status !== 200) throw new AppError('SYNC_PROTOCOL', { detail: `changes: HTTP ${response.status}` });
      const page = parse(changesResponseSchema, response, 'changes');
      return { changes: page.changes, nextCursor: page.nextCursor, hasMore: page.hasMore, serverTime: new Date(page.serverTime) };
    },
  };
}
