/**
 * Serves the built renderer (`dist/renderer`) for the `app://motcua` protocol: a
 * path inside that folder or nothing. Route paths (`/kiosk`, `/counter/…`) get
 * index.html so the client-side router takes over; a missing asset is a 404, never
 * index.html, so a broken script tag fails loudly instead of parsing HTML as code.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isAppUrl } from './appOrigin';
import { contentSecurityPolicy } from './security';

export type RendererTarget =
  | { kind: 'file'; path: string; contentType: string }
  | { kind: 'refused'; status: 400 | 403 | 404; reason: string };

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export function contentTypeOf(filePath: string): string {
  return contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Which file answers a request URL, or why none may. Pure: touches no disk. */
export function resolveRendererTarget(rendererDir: string, requestUrl: string): RendererTarget {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'refused', status: 400, reason: 'unparseable URL' };
  }
  if (!isAppUrl(url.href)) {
    return { kind: 'refused', status: 403, reason: 'foreign origin' };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'refused', status: 400, reason: 'bad percent-encoding' };
  }
  if (decoded.includes('\0')) return { kind: 'refused', status: 400, reason: 'NUL in path' };
  // Split on both separators: an encoded backslash is a separator on Windows.
  const segments = decoded.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..' || segment.includes(':'))) {
    return { kind: 'refused', status: 403, reason: 'path escapes the renderer folder' };
  }
  if (segments.some((segment) => segment.startsWith('.'))) {
    return { kind: 'refused', status: 404, reason: 'hidden file' };
  }
  const last = segments[segments.length - 1];
  // A last segment without an extension is a client-side route.
  const relative = last === undefined || !last.includes('.') ? ['index.html'] : segments;
  const root = path.resolve(rendererDir);
  const filePath = path.resolve(root, ...relative);
  const inside = path.relative(root, filePath);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) {
    return { kind: 'refused', status: 403, reason: 'path escapes the renderer folder' };
  }
  return { kind: 'file', path: filePath, contentType: contentTypeOf(filePath) };
}

/** Headers on every answer of the app protocol, error pages included. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

const statusTexts: Readonly<Record<number, string>> = {
  400: 'Yêu cầu không hợp lệ.',
  403: 'Không được phép truy cập.',
  404: 'Không tìm thấy.',
  405: 'Phương thức không được hỗ trợ.',
  500: 'Lỗi máy chủ nội bộ.',
};

function errorResponse(status: number): Response {
  const headers = appResponseHeaders('text/plain; charset=utf-8');
  if (status === 405) headers['Allow'] = 'GET, HEAD';
  return new Response(statusTexts[status] ?? '', { status, headers });
}

/** The `protocol.handle` answer for one request. Never throws. */
export async function serveRendererRequest(rendererDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405);
  const target = resolveRendererTarget(rendererDir, request.url);
  if (target.kind === 'refused') return errorResponse(target.status);
  try {
    const info = await stat(target.path);
    if (!info.isFile()) return errorResponse(404);
    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(target.path));
    const headers = appResponseHeaders(target.contentType);
    headers['Content-Length'] = String(info.size);
    return new Response(body, { status: 200, headers });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    return errorResponse(code === 'ENOENT' || code === 'ENOTDIR' ? 404 : 500);
  }
}
