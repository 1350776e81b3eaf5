/**
 * The one thing the DVCQG adapter needs from HTTP: POST a JSON body, get back the
 * status, the headers and the raw text. The adapter, not the client, decides what a
 * status or a body means, because these vendors answer business errors with HTTP
 * 200 and proxies in front of them answer with HTML. Tests replay recorded replies
 * through a fake of this interface; the station bridges the sync's HttpClient.
 */
import type { HttpClient } from '../httpClient';

export interface VendorReply {
  status: number;
  /** Header names as the client got them; read them with `headerValue` (case-insensitive). */
  headers: Record<string, string>;
  /** The body as text (UTF-8). */
  body: string;
}

export interface HttpJsonClient {
  /**
   * Sends `body` serialised as JSON (UTF-8). Resolves for every HTTP status;
   * rejects only when no reply came (network failure, timeout).
   */
  postJson(url: string, body: unknown, options: { timeoutMs: number }): Promise<VendorReply>;
}

export function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

/** The sync's HttpClient (main/sync/httpClient.ts) seen as an HttpJsonClient. */
export function jsonOverHttpClient(client: HttpClient, options: { ca?: string } = {}): HttpJsonClient {
  return {
    async postJson(url, body, { timeoutMs }) {
      const response = await client({
        method: 'POST',
        url,
        headers: { accept: 'application/json', 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(body),
        timeoutMs,
        ...(options.ca ? { ca: options.ca } : {}),
      });
      const headers: Record<string, string> = {};
      for (const [key, value] of Object.entries(response.headers)) {
        if (value !== undefined) headers[key] = Array.isArray(value) ? value.join(', ') : value;
      }
      return { status: response.status, headers, body: response.body.toString('utf8') };
    },
  };
}
