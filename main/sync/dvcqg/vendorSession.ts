/**
 * The vendor's session: authenticate lazily (username/password → session), reuse
 * the session for every call, and when the vendor says it has expired authenticate
 * again ONCE and repeat the call. A second "expired" on a fresh session is not an
 * expiry but a refusal, so it stops with SYNC_AUTH instead of looping.
 */
import { AppError } from '@domain/errors';
import type { DvcqgReplyRules, DvcqgServiceCall } from './dvcqgSettings';
import { headerValue, type HttpJsonClient, type VendorReply } from './vendorHttp';
import { readAuthReply, readServiceReply, type VendorVerdict } from './vendorReply';

export interface VendorSessionOptions {
  http: HttpJsonClient;
  authenticateUrl: string;
  serviceUrl: string;
  username: string;
  password: string;
  madonvi: string;
  timeoutMs: number;
  rules: DvcqgReplyRules;
  sessionField: string;
}

/** A verdict the caller acts on (expiry is handled here), with the vendor's clock if it sent one. */
export interface VendorAnswer {
  verdict: Exclude<VendorVerdict, { kind: 'auth-expired' }>;
  date: Date | null;
}

/** The HTTP `Date` header of a reply: the only clock these vendors show. */
export function replyDate(reply: VendorReply): Date | null {
  const value = headerValue(reply.headers, 'date');
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const reservedFields = new Set(['session', 'madonvi', 'service', 'data']);

/** The vendor-specific fields of a call, never allowed to overwrite the envelope. */
function extraFields(serviceCall: DvcqgServiceCall): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.entries(serviceCall.fields ?? {}).filter(([name]) => !reservedFields.has(name)));
}

function describe(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 200);
}

export function createVendorSession(options: VendorSessionOptions) {
  let session: string | null = null;
  let authenticating: Promise<{ session: string; date: Date | null }> | null = null;

  async function post(url: string, body: unknown, what: string): Promise<VendorReply> {
    try {
      return await options.http.postJson(url, body, { timeoutMs: options.timeoutMs });
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('SYNC_UNREACHABLE', { detail: `${what}: no reply (${describe(error)})` });
    }
  }

  async function signIn(): Promise<{ session: string; date: Date | null }> {
    const reply = await post(options.authenticateUrl, { username: options.username, password: options.password }, 'DVCQG authenticate');
    const fresh = readAuthReply(reply, options.rules, options.sessionField);
    session = fresh;
    return { session: fresh, date: replyDate(reply) };
  }

  /** A new session, always over the network; callers that arrive meanwhile share the same attempt. */
  function authenticate(): Promise<{ session: string; date: Date | null }> {
    if (authenticating) return authenticating;
    const attempt = signIn();
    authenticating = attempt;
    const clear = () => {
      if (authenticating === attempt) authenticating = null;
    };
    attempt.then(clear, clear);
    return attempt;
  }

  /** One vendor call with `data`, re-authenticating once if the session has expired. */
  async function call(serviceCall: DvcqgServiceCall, data: unknown[], what: string): Promise<VendorAnswer> {
    for (let attempt = 1; ; attempt += 1) {
      const used = session ?? (await authenticate()).session;
      const body = { session: used, madonvi: options.madonvi, service: serviceCall.service, ...extraFields(serviceCall), data };
      const reply = await post(options.serviceUrl, body, what);
      const verdict = readServiceReply(reply, options.rules, what);
      if (verdict.kind !== 'auth-expired') return { verdict, date: replyDate(reply) };
      if (attempt >= 2) {
        throw new AppError('SYNC_AUTH', { detail: `${what}: session refused again right after authenticating (${verdict.errorCode ?? 'HTTP'})` });
      }
      // Another call may have replaced the session already; only drop the one that failed.
      if (session === used) session = null;
    }
  }

  return { authenticate, call };
}
export type VendorSession = ReturnType<typeof createVendorSession>;
