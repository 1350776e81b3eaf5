/**
 * The /v1 endpoints of PROTOCOL.md, as plain functions from a read request to an
 * answer. Line faults, throttling and delays are the server's business
 * (server.ts); this file only decides what the province answers.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { z } from 'zod';
import {
  attachmentChunkBytes,
  protocolVersion,
  pushRequestSchema,
  sessionRequestSchema,
  sha256Pattern,
} from '../../main/sync/protocol';
import { eventPayloadBytes } from './payloadBytes';
import type { ProvincialStore } from './store';
import { firstIssue } from './zodIssue';

export interface Answer {
  status: number;
  body: unknown;
  /** Set when the answer reports a committed event batch (where the reply-lost fault strikes). */
  committedBatch?: boolean;
}

export interface ApiRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface ApiEndpoint {
  /** "METHOD /path" with parameters left out: the key of the per-endpoint request counts. */
  key: string;
  bodyLimit: number;
  /** Whether body bytes count as attachment bytes received. */
  attachmentBytes: boolean;
  handle(request: ApiRequest): Answer;
}

export interface V1Options {
  store: ProvincialStore;
  /** The server's clock (offset included). */
  now: () => Date;
  sessionTtlMs: number;
  maxAttachmentBytes: number;
  /** Told of each dossier a committed batch brought in. */
  onDossierReceived(maHoSo: string): void;
  /** Told of attachment bytes kept by the server (chunks that were appended). */
  onAttachmentBytesStored(bytes: number): void;
}

export const errorBody = (code: string, message: string) => ({ error: { code, message } });
const fail = (status: number, code: string, message: string, extra: object = {}): Answer => ({
  status,
  body: { ...extra, ...errorBody(code, message) },
});

/** A JSON body checked against its schema, or the 400 MALFORMED answer saying why not. */
export function parseJsonBody<T>(body: Buffer, schema: z.ZodType<T>, options: { emptyBody?: unknown } = {}): { ok: true; value: T } | { ok: false; answer: Answer } {
  let json: unknown;
  try {
    json = body.length === 0 && options.emptyBody !== undefined ? options.emptyBody : JSON.parse(body.toString('utf8'));
  } catch {
    return { ok: false, answer: fail(400, 'MALFORMED', 'body is not JSON') };
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, answer: fail(400, 'MALFORMED', firstIssue(parsed.error, 'body') ?? 'invalid body') };
}

const nonNegativeInteger = (text: string | null): number | null =>
  text !== null && /^\d{1,15}$/.test(text) ? Number(text) : null;

export function v1Endpoints(options: V1Options): (method: string, pathname: string) => ApiEndpoint | null {
  const { store, now } = options;
  const serverTime = () => now().toISOString();
  const jsonLimit = 8 * 1024 * 1024;

  /** The site behind the bearer token, or the 401 to answer. */
  function authenticate(headers: IncomingHttpHeaders): { siteId: string } | Answer {
    const match = /^Bearer (\S+)$/.exec(headers.authorization ?? '');
    if (!match?.[1]) return fail(401, 'UNAUTHENTICATED', 'bearer token required');
    const check = store.credentials.checkToken(match[1]);
    if (check.ok) return { siteId: check.siteId };
    return check.reason === 'expired' ? fail(401, 'TOKEN_EXPIRED', 'session expired') : fail(401, 'UNAUTHENTICATED', 'unknown token');
  }
  const isAnswer = (value: { siteId: string } | Answer): value is Answer => 'status' in value;

  const health: ApiEndpoint = {
    key: 'GET /v1/health',
    bodyLimit: 0,
    attachmentBytes: false,
    handle: () => ({ status: 200, body: { status: 'ok', protocol: protocolVersion, serverTime: serverTime() } }),
  };

  const session: ApiEndpoint = {
    key: 'POST /v1/session',
    bodyLimit: 64 * 1024,
    attachmentBytes: false,
    handle({ body }) {
      const parsed = parseJsonBody(body, sessionRequestSchema);
      if (!parsed.ok) return parsed.answer;
      if (!store.credentials.secretMatches(parsed.value.siteId, parsed.value.secret)) {
        return fail(401, 'BAD_CREDENTIALS', 'unknown site or wrong secret');
      }
      const { token, expiresAt } = store.credentials.openSession(parsed.value.siteId, options.sessionTtlMs);
      return { status: 200, body: { token, expiresAt: expiresAt.toISOString(), serverTime: serverTime() } };
    },
  };

  const pushEvents: ApiEndpoint = {
    key: 'POST /v1/events',
    bodyLimit: jsonLimit,
    attachmentBytes: false,
    handle({ headers, body }) {
      const auth = authenticate(headers);
      if (isAnswer(auth)) return auth;
      const parsed = parseJsonBody(body, pushRequestSchema);
      if (!parsed.ok) return parsed.answer;
      if (parsed.value.siteId !== auth.siteId) return fail(403, 'SITE_MISMATCH', 'siteId is not the authenticated site');
      const sentPayloads = eventPayloadBytes(body);
      const outcome = store.events.apply(auth.siteId, parsed.value.events, sentPayloads?.length === parsed.value.events.length ? sentPayloads : null);
      for (const maHoSo of outcome.received) options.onDossierReceived(maHoSo);
      return { status: 200, body: { results: outcome.results, serverTime: serverTime() }, committedBatch: true };
    },
  };

  const attachmentState: ApiEndpoint = {
    key: 'GET /v1/attachments',
    bodyLimit: 0,
    attachmentBytes: false,
    handle({ headers, url }) {
      const auth = authenticate(headers);
      if (isAnswer(auth)) return auth;
      const sha = shaOf(url.pathname);
      if (!sha) return fail(400, 'MALFORMED', 'path must end with a lowercase SHA-256');
      return { status: 200, body: store.attachments.state(sha) };
    },
  };

  const attachmentChunk: ApiEndpoint = {
    key: 'PUT /v1/attachments',
    // Chunks are 1 MiB; a few times that is tolerated, more is a client bug.
    bodyLimit: 4 * attachmentChunkBytes,
    attachmentBytes: true,
    handle({ headers, url, body }) {
      const auth = authenticate(headers);
      if (isAnswer(auth)) return auth;
      const sha = shaOf(url.pathname);
      if (!sha) return fail(400, 'MALFORMED', 'path must end with a lowercase SHA-256');
      const offset = nonNegativeInteger(url.searchParams.get('offset'));
      const total = nonNegativeInteger(url.searchParams.get('total'));
      if (offset === null || total === null) return fail(400, 'MALFORMED', 'offset and total must be non-negative integers');
      if (total > options.maxAttachmentBytes) return fail(413, 'TOO_LARGE', `attachments are limited to ${options.maxAttachmentBytes} bytes`);
      const outcome = store.attachments.putChunk(sha, offset, total, body);
      switch (outcome.kind) {
        case 'stored':
          if (outcome.appended > 0) options.onAttachmentBytesStored(outcome.appended);
          return { status: 200, body: outcome.state };
        case 'offsetMismatch':
          return fail(409, 'OFFSET_MISMATCH', `offset ${offset} but the server holds ${outcome.state.received} bytes`, outcome.state);
        case 'totalMismatch':
          return fail(409, 'TOTAL_MISMATCH', `total ${total} differs from ${outcome.total} given with the first chunk`, outcome.state);
        case 'pastTotal':
          return fail(400, 'MALFORMED', 'chunk runs past total', outcome.state);
        case 'hashMismatch':
          return fail(422, 'HASH_MISMATCH', 'the received bytes do not hash to the SHA-256 in the path; discarded', outcome.state);
      }
    },
  };

  const changes: ApiEndpoint = {
    key: 'GET /v1/changes',
    bodyLimit: 0,
    attachmentBytes: false,
    handle({ headers, url }) {
      const auth = authenticate(headers);
      if (isAnswer(auth)) return auth;
      const after = url.searchParams.get('after') ?? '0';
      if (!/^\d{1,18}$/.test(after)) return fail(400, 'MALFORMED', 'after must be a decimal cursor');
      const limitText = url.searchParams.get('limit');
      const limit = limitText === null ? 100 : nonNegativeInteger(limitText);
      if (limit === null || limit < 1 || limit > 1000) return fail(400, 'MALFORMED', 'limit must be 1–1000');
      const page = store.changes.page(auth.siteId, after, limit);
      return { status: 200, body: { ...page, serverTime: serverTime() } };
    },
  };

  return (method, pathname) => {
    if (pathname === '/v1/health' && method === 'GET') return health;
    if (pathname === '/v1/session' && method === 'POST') return session;
    if (pathname === '/v1/events' && method === 'POST') return pushEvents;
    if (pathname === '/v1/changes' && method === 'GET') return changes;
    if (pathname.startsWith('/v1/attachments/')) {
      if (method === 'GET') return attachmentState;
      if (method === 'PUT') return attachmentChunk;
    }
    return null;
  };
}

function shaOf(pathname: string): string | null {
  const sha = pathname.slice('/v1/attachments/'.length);
  return sha256Pattern.test(sha) ? sha : null;
}
