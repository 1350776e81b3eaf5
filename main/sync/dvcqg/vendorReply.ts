/**
 * What a DVCQG-style reply means. These systems answer almost everything with HTTP
 * 200 and put the verdict in `error_code` (0, or "00" on some vendors, is success)
 * and a Vietnamese message; a proxy or gateway in front of them answers with HTML.
 * Failures that will pass by themselves throw (SYNC_UNREACHABLE / SYNC_SERVER_ERROR: retry later;
 * SYNC_PROTOCOL: not the vendor speaking, retry later and show the admin); what the
 * vendor decided about this one call comes back as a value for the caller to act on.
 */
import { AppError } from '@domain/errors';
import { foldVietnamese } from '@domain/text/foldVietnamese';
import type { DvcqgReplyRules, MessagePattern } from './dvcqgSettings';
import { headerValue, type VendorReply } from './vendorHttp';

export type VendorVerdict =
  | { kind: 'ok'; json: Record<string, unknown> }
  /** The vendor has this dossier already ("… đã tồn tại"): send it as an update. */
  | { kind: 'exists'; errorCode: number; message: string }
  /** The session is not (or no longer) valid: authenticate again. */
  | { kind: 'auth-expired'; errorCode: number | null; message: string }
  /** The vendor refused this call for a reason of its own: it will not change by retrying. */
  | { kind: 'refused'; errorCode: number; message: string };

export function matchesAny(message: string, patterns: readonly MessagePattern[]): boolean {
  if (message === '') return false;
  const folded = foldVietnamese(message);
  const composed = message.normalize('NFC');
  return patterns.some((pattern) => {
    if (typeof pattern === 'string') return pattern !== '' && folded.includes(foldVietnamese(pattern));
    pattern.lastIndex = 0;
    return pattern.test(composed);
  });
}

/** `error_code` as a number: 0, "0" and "00" are all success; anything not an integer is no code at all. */
export function errorCodeOf(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d{1,9}\s*$/.test(value)) return Number(value);
  return null;
}

export function vendorMessageOf(json: Record<string, unknown>, fields: readonly string[]): string {
  for (const field of fields) {
    const value = json[field];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return '';
}

/** Statuses some vendors give their business errors; the verdict is still read from `error_code`. */
const businessErrorStatuses = new Set([400, 409, 422]);

function isRetryLaterStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

function parseJsonObject(reply: VendorReply, what: string): Record<string, unknown> {
  let json: unknown;
  try {
    // .NET back ends often start UTF-8 text with a byte order mark, which JSON.parse refuses.
    json = JSON.parse(reply.body.replace(/^\uFEFF/, ''));
  } catch {
    const type = headerValue(reply.headers, 'content-type') ?? 'no content type';
    throw new AppError('SYNC_PROTOCOL', { detail: `${what}: reply is not JSON (HTTP ${reply.status}, ${type})` });
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new AppError('SYNC_PROTOCOL', { detail: `${what}: reply is not a JSON object (HTTP ${reply.status})` });
  }
  return json as Record<string, unknown>;
}

/** The verdict of one service call. `what` names the call in error details (English, no personal data). */
export function readServiceReply(reply: VendorReply, rules: DvcqgReplyRules, what: string): VendorVerdict {
  if (isRetryLaterStatus(reply.status)) throw new AppError('SYNC_SERVER_ERROR', { detail: `${what}: HTTP ${reply.status}` });
  if (rules.authExpired.httpStatuses.includes(reply.status)) return { kind: 'auth-expired', errorCode: null, message: `HTTP ${reply.status}` };
  const ok = reply.status >= 200 && reply.status < 300;
  // A wrong path or method (404, 405, …) must not park every event as "refused": it is a setting to fix.
  if (!ok && !businessErrorStatuses.has(reply.status)) throw new AppError('SYNC_PROTOCOL', { detail: `${what}: HTTP ${reply.status}` });
  const json = parseJsonObject(reply, what);
  const code = errorCodeOf(json.error_code);
  if (code === null) throw new AppError('SYNC_PROTOCOL', { detail: `${what}: reply has no numeric error_code (HTTP ${reply.status})` });
  if (code === 0) {
    if (ok) return { kind: 'ok', json };
    throw new AppError('SYNC_PROTOCOL', { detail: `${what}: error_code 0 with HTTP ${reply.status}` });
  }
  const message = vendorMessageOf(json, rules.messageFields);
  if (rules.authExpired.errorCodes.includes(code) || matchesAny(message, rules.authExpired.messagePatterns)) {
    return { kind: 'auth-expired', errorCode: code, message };
  }
  if (matchesAny(message, rules.existsPatterns)) return { kind: 'exists', errorCode: code, message };
  return { kind: 'refused', errorCode: code, message };
}

/**
 * The session out of an authentication reply. A refusal is SYNC_AUTH (the admin
 * must fix the credentials); a reply that is not the vendor speaking is as above.
 */
export function readAuthReply(reply: VendorReply, rules: DvcqgReplyRules, sessionField: string): string {
  const what = 'DVCQG authenticate';
  if (isRetryLaterStatus(reply.status)) throw new AppError('SYNC_SERVER_ERROR', { detail: `${what}: HTTP ${reply.status}` });
  if (reply.status === 401 || reply.status === 403) throw new AppError('SYNC_AUTH', { detail: `${what}: HTTP ${reply.status}` });
  const json = parseJsonObject(reply, what);
  const code = errorCodeOf(json.error_code);
  if (code === null) throw new AppError('SYNC_PROTOCOL', { detail: `${what}: reply has no numeric error_code (HTTP ${reply.status})` });
  if (code !== 0) throw new AppError('SYNC_AUTH', { detail: `${what}: credentials refused (error_code ${code})` });
  const session = json[sessionField];
  if (typeof session !== 'string' || session.trim() === '') {
    throw new AppError('SYNC_PROTOCOL', { detail: `${what}: success without a "${sessionField}" value` });
  }
  return session;
}
