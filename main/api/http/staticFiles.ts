/**
 * Serves the built UI (dist/renderer) to LAN terminals and display boards. Paths
 * are resolved inside the folder only; a route without a file extension gets
 * index.html so the client-side router can take it.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { securityHeaders } from './securityHeaders';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.webmanifest': 'application/manifest+json',
};

/** The file a URL path maps to inside `root`, or null when it would leave it. */
export function resolveStaticPath(root: string, urlPath: string): { file: string; fallback: boolean } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const wanted = resolve(base, '.' + normalize('/' + decoded));
  if (wanted !== base && !wanted.startsWith(base + sep)) return null;
  if (decoded.endsWith('/') || extname(decoded) === '') return { file: join(base, 'index.html'), fallback: true };
  return { file: wanted, fallback: false };
}

export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', ...securityHeaders }).end();
    return;
  }
  const target = resolveStaticPath(root, req.url ?? '/');
  const info = target ? await stat(target.file).catch(() => null) : null;
  if (!target || !info?.isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders }).end('Không tìm thấy / Not found');
    return;
  }
  const immutable = target.file.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    'Content-Type': mimeTypes[extname(target.file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...securityHeaders,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(target.file).pipe(res);
}
