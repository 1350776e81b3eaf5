import type { IncomingMessage } from 'node:http';
import { AppError } from '@contract';

/**
 * Reads a JSON body up to `limit` bytes. An oversize body is refused before it is
 * parsed: by its Content-Length when declared, otherwise as soon as it streams
 * past the limit.
 */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  const body = await readBody(req, limit);
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new AppError('BAD_REQUEST', { detail: 'Body is not valid JSON' });
  }
}

/** Reads a raw body up to `limit` bytes, refusing an oversize one as early as possible. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    return Promise.reject(new AppError('PAYLOAD_TOO_LARGE', { detail: `Declared ${declared} bytes > ${limit}` }));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        req.pause();
        reject(new AppError('PAYLOAD_TOO_LARGE', { detail: `Body exceeded ${limit} bytes` }));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      if (done) return;
      done = true;
      reject(new AppError('BAD_REQUEST', { detail: `Request stream failed: ${error.message}` }));
    });
  });
}
