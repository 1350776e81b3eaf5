/**
 * Reading request bodies and writing answers on the wire, with the line faults
 * that act on bytes: the bandwidth throttle and the reset in the middle of a body.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { TokenBucket } from './tokenBucket';

export class BodyTooLarge extends Error {}
export class ConnectionLost extends Error {}

export interface ReadBodyOptions {
  /** Larger bodies are refused (413) without being read to the end. */
  limit: number;
  /** Bytes are taken from this bucket as they arrive; reading pauses while the line is "busy". */
  throttle: TokenBucket | null;
  /** Destroy the connection once this many body bytes have arrived (the reset-mid-body fault). */
  resetAfterBytes: number | null;
  /** Told of every body byte that arrives, also those of a body that is then refused or cut. */
  onBytes?: (bytes: number) => void;
}

export function contentLengthOf(req: IncomingMessage): number | null {
  const header = req.headers['content-length'];
  if (header === undefined) return null;
  const n = Number(header);
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
}

/** Whether the request carries a body at all (a declared length > 0, or chunked encoding). */
export function hasBody(req: IncomingMessage): boolean {
  const length = contentLengthOf(req);
  return length === null ? req.headers['transfer-encoding'] !== undefined : length > 0;
}

/** Kills the connection the way a broken line does: a reset, not a polite close. */
export function breakConnection(socket: Socket | null): void {
  if (!socket || socket.destroyed) return;
  if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
  else socket.destroy();
}

export function readBody(req: IncomingMessage, options: ReadBodyOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = contentLengthOf(req);
    if (declared !== null && declared > options.limit) {
      reject(new BodyTooLarge(`body of ${declared} bytes exceeds ${options.limit}`));
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    let resumeTimer: NodeJS.Timeout | null = null;
    let resumeAt = 0;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      if (resumeTimer) clearTimeout(resumeTimer);
      reject(error);
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      received += chunk.length;
      options.onBytes?.(chunk.length);
      if (options.resetAfterBytes !== null && received >= options.resetAfterBytes) {
        breakConnection(req.socket);
        fail(new ConnectionLost('connection reset mid-body (injected)'));
        return;
      }
      if (received > options.limit) {
        fail(new BodyTooLarge(`body exceeds ${options.limit} bytes`));
        return;
      }
      chunks.push(chunk);
      const wait = options.throttle?.reserve(chunk.length, chunks.length > 1) ?? 0;
      if (wait > 0) {
        // Not reading leaves the bytes in the socket: TCP back-pressure slows the sender down.
        req.pause();
        resumeAt = performance.now() + wait;
        resumeTimer = setTimeout(() => {
          resumeTimer = null;
          req.resume();
        }, wait);
      }
    });
    const finish = () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks, received));
    };
    req.on('end', () => {
      // 'end' comes even while paused once nothing is buffered: the last chunk's line time must still pass.
      if (resumeTimer) {
        clearTimeout(resumeTimer);
        resumeTimer = setTimeout(finish, Math.max(0, resumeAt - performance.now()));
      } else {
        finish();
      }
    });
    req.on('error', (error) => fail(new ConnectionLost(error.message)));
    req.on('close', () => {
      if (!req.complete) fail(new ConnectionLost('client closed the connection before the body ended'));
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Writes a whole answer; with a throttle, in small slices each sent once the line has carried the previous ones. */
export async function writeAnswer(
  res: ServerResponse,
  status: number,
  body: Buffer,
  contentType: string,
  throttle: TokenBucket | null,
  extraHeaders: Record<string, string> = {},
): Promise<void> {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': contentType, 'content-length': String(body.length), ...extraHeaders });
  if (!throttle) {
    res.end(body);
    return;
  }
  // ~10 ms of line time per slice keeps the timing smooth without a timer per few bytes.
  const slice = Math.max(1024, Math.floor(throttle.bytesPerSecond / 100));
  for (let offset = 0; offset < body.length; offset += slice) {
    const part = body.subarray(offset, offset + slice);
    const wait = throttle.reserve(part.length, offset > 0);
    if (wait > 0) await sleep(wait);
    if (res.destroyed) return;
    res.write(part);
  }
  res.end();
}

export function jsonBuffer(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value), 'utf8');
}
