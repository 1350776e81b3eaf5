import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRendererTarget, serveRendererRequest } from '../../../main/app/rendererFiles';
import { contentSecurityPolicy } from '../../../main/app/security';

const indexHtml = '<!doctype html><title>Một Cửa</title><script type="module" src="/assets/index.js"></script>';

describe('which file answers an app:// request', () => {
  const root = path.resolve('/srv/motcua/dist/renderer');
  const fileOf = (url: string) => {
    const target = resolveRendererTarget(root, url);
    return target.kind === 'file' ? path.relative(root, target.path) : target.status;
  };

  it('serves files by path', () => {
    expect(fileOf('app://motcua/assets/index-abc.js')).toBe(path.join('assets', 'index-abc.js'));
    expect(fileOf('app://motcua/favicon.svg?v=2')).toBe('favicon.svg');
  });

  it.each(['app://motcua/', 'app://motcua', 'app://motcua/kiosk', 'app://motcua/counter', 'app://motcua/display', 'app://motcua/admin/users/7', 'app://motcua/login?next=/admin', 'app://motcua/setup'])(
    'answers the route %s with index.html',
    (url) => {
      expect(fileOf(url)).toBe('index.html');
    },
  );

  it.each([
    'app://motcua/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://motcua/assets/..%5c..%5csecret.txt',
    'app://motcua/C:%5cWindows%5cwin.ini',
  ])('refuses the traversal %s', (url) => {
    const target = resolveRendererTarget(root, url);
    expect(target.kind).toBe('refused');
    if (target.kind === 'file') expect(path.relative(root, target.path).startsWith('..')).toBe(false);
  });

  it('decodes once: a double-encoded slash stays a literal name, here a hidden one', () => {
    expect(fileOf('app://motcua/..%252f..%252fetc/passwd.txt')).toBe(404);
  });

  it('normalises dot segments inside the folder the way a browser does', () => {
    expect(fileOf('app://motcua/assets/../assets/a.css')).toBe(path.join('assets', 'a.css'));
    expect(fileOf('app://motcua/../../../../etc/hosts.txt')).toBe(path.join('etc', 'hosts.txt'));
    expect(fileOf('app://motcua/%2e%2e/%2e%2e/etc/passwd.txt')).toBe(path.join('etc', 'passwd.txt'));
  });

  it('refuses other hosts, credentials, NUL bytes, bad escapes and hidden files', () => {
    expect(fileOf('app://evil/index.html')).toBe(403);
    expect(fileOf('app://x@motcua/index.html')).toBe(403);
    expect(fileOf('app://motcua/a%00.js')).toBe(400);
    expect(fileOf('app://motcua/%E0%A4%A.js')).toBe(400);
    expect(fileOf('app://motcua/.env')).toBe(404);
    expect(fileOf('app://motcua/.git/config')).toBe(404);
  });

  it('names the content type from the extension', () => {
    const typeOf = (url: string) => {
      const target = resolveRendererTarget(root, url);
      return target.kind === 'file' ? target.contentType : null;
    };
    expect(typeOf('app://motcua/kiosk')).toBe('text/html; charset=utf-8');
    expect(typeOf('app://motcua/assets/a.js')).toBe('text/javascript; charset=utf-8');
    expect(typeOf('app://motcua/assets/a.css')).toBe('text/css; charset=utf-8');
    expect(typeOf('app://motcua/assets/be-vietnam-pro.woff2')).toBe('font/woff2');
    expect(typeOf('app://motcua/assets/logo.svg')).toBe('image/svg+xml');
    expect(typeOf('app://motcua/assets/ding.mp3')).toBe('audio/mpeg');
    expect(typeOf('app://motcua/assets/blob.xyz')).toBe('application/octet-stream');
  });
});

describe('serving the built renderer', () => {
  let root = '';
  let outside = '';

  beforeAll(() => {
    const base = mkdtempSync(path.join(tmpdir(), 'motcua-renderer-'));
    root = path.join(base, 'renderer');
    outside = path.join(base, 'secret.txt');
    mkdirSync(path.join(root, 'assets'), { recursive: true });
    writeFileSync(path.join(root, 'index.html'), indexHtml);
    writeFileSync(path.join(root, 'assets', 'index.js'), 'console.log("xin chào")');
    writeFileSync(outside, 'do not serve');
  });

  afterAll(() => {
    rmSync(path.dirname(root), { recursive: true, force: true });
  });

  const get = (url: string, method = 'GET') => serveRendererRequest(root, new Request(url, { method }));

  it('serves a script with its type, the CSP and nosniff', async () => {
    const response = await get('app://motcua/assets/index.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log("xin chào")');
  });

  it('serves index.html for a client-side route', async () => {
    const response = await get('app://motcua/counter');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(indexHtml);
  });

  it('answers a missing asset with 404, not with index.html', async () => {
    const response = await get('app://motcua/assets/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('never serves the file beside the renderer folder', async () => {
    for (const url of ['app://motcua/..%2fsecret.txt', 'app://motcua/assets/..%2f..%2fsecret.txt', 'app://motcua/..%5csecret.txt']) {
      const response = await get(url);
      expect(response.status, url).toBe(403);
      expect(await response.text()).not.toContain('do not serve');
    }
  });

  it('answers HEAD without a body and refuses writes', async () => {
    const head = await get('app://motcua/assets/index.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength('console.log("xin chào")')));
    expect(await head.text()).toBe('');
    const post = await get('app://motcua/assets/index.js', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('a folder path with an extension-like name that is a directory is not found', async () => {
    mkdirSync(path.join(root, 'assets', 'v1.2'), { recursive: true });
    expect((await get('app://motcua/assets/v1.2')).status).toBe(404);
  });
});
