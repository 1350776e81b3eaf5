import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { maxRequestBytes, rolesOfAnonymous, type CallReply, type SocketServerMessage } from '@contract';
import { visibleTo } from '../../main/api/eventHub';
import { tempDir } from '../helpers/tempDir';
import { loginAs, seedDemoInto, testStation, type TestStation } from '../helpers/testStation';

let station: TestStation;
afterEach(async () => station?.close());

async function lanStation(rendererDir: string | null = null): Promise<TestStation> {
  station = await testStation({ lan: { host: '127.0.0.1', port: 0 }, rendererDir });
  await seedDemoInto(station);
  return station;
}

async function post(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const response = await fetch(`${station.url}/api/call`, { method: 'POST', body, headers });
  return { status: response.status, reply: (await response.json()) as CallReply };
}

describe('the LAN transport (HTTP)', () => {
  it('carries the same calls and answers as IPC', async () => {
    await lanStation();
    const { status, reply } = await post(JSON.stringify({ method: 'site.get', input: {} }));
    expect(status).toBe(200);
    expect(reply).toEqual(await station.call('site.get', {}));
  });

  it('maps error codes to HTTP statuses', async () => {
    await lanStation();
    const officer = await loginAs(station, 'officer');
    expect((await post(JSON.stringify({ method: 'nope', input: {} }))).status).toBe(404);
    expect((await post(JSON.stringify({ method: 'users.list', input: {} }))).status).toBe(401);
    expect((await post(JSON.stringify({ method: 'users.list', input: {}, token: officer }))).status).toBe(403);
    expect((await post(JSON.stringify({ method: 'auth.login', input: { username: 'x' } }))).status).toBe(400);
  });

  it('refuses a body that is not JSON', async () => {
    await lanStation();
    expect((await post('{not json')).reply).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const wrongType = await post('{}', { 'content-type': 'text/plain' });
    expect(wrongType.status).toBe(415);
  });

  it('refuses an oversize body by its declared length, before reading it', async () => {
    await lanStation();
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${station.url}/api/call`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(maxRequestBytes + 1) },
      });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.write('{"method":"system.info","input":{'); // a few bytes of the announced megabyte
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
  });

  it('refuses a streamed body as soon as it passes the limit', async () => {
    await lanStation();
    const big = JSON.stringify({ method: 'system.info', input: { pad: 'x'.repeat(maxRequestBytes) } });
    const answer = await new Promise<number>((resolve, reject) => {
      const req = request(`${station.url}/api/call`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'EPIPE' || (error as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(error)));
      for (let i = 0; i < big.length; i += 64 * 1024) req.write(big.slice(i, i + 64 * 1024));
      req.end();
    });
    expect(answer).toBe(413);
  });

  it('serves the UI with a strict CSP, falls back to index.html for routes and refuses traversal', async () => {
    const ui = tempDir();
    mkdirSync(join(ui, 'assets'));
    writeFileSync(join(ui, 'index.html'), '<!doctype html><title>Một Cửa</title>');
    writeFileSync(join(ui, 'assets', 'app.js'), 'console.log(1)');
    await lanStation(ui);
    const page = await fetch(`${station.url}/counter`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Một Cửa');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const asset = await fetch(`${station.url}/assets/app.js`);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    // Escaping the UI folder is impossible: such paths resolve inside it (index.html) or to nothing.
    writeFileSync(join(ui, '..', 'secret.txt'), 'bí mật');
    for (const path of ['/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt', '/..%5csecret.txt']) {
      const res = await fetch(`${station.url}${path}`);
      const body = await res.text();
      expect(body).not.toContain('bí mật');
      expect([200, 404]).toContain(res.status);
      if (res.status === 200) expect(body).toContain('<title>Một Cửa</title>');
    }
  });
});

function openSocket(url: string) {
  const ws = new WebSocket(url.replace('http', 'ws') + '/api/events');
  const messages: SocketServerMessage[] = [];
  const waiters: (() => void)[] = [];
  ws.on('message', (data) => {
    messages.push(JSON.parse(String(data)));
    waiters.splice(0).forEach((wake) => wake());
  });
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  async function next(predicate: (m: SocketServerMessage) => boolean): Promise<SocketServerMessage> {
    for (;;) {
      const found = messages.find(predicate);
      if (found) {
        messages.splice(messages.indexOf(found), 1);
        return found;
      }
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  }
  return { ws, opened, next };
}

describe('the LAN event socket', () => {
  it('pushes events after a hello, and resumes without a gap after a reconnect', async () => {
    await lanStation();
    const admin = await loginAs(station, 'admin');
    const site = station.services.site.get();

    const board = openSocket(station.url!);
    await board.opened;
    board.ws.send(JSON.stringify({ type: 'hello' }));
    const welcome = await board.next((m) => m.type === 'welcome');
    expect(welcome).toMatchObject({ type: 'welcome', seq: 0, replayed: 0 });

    await station.call('site.update', { ...site, phone: '0237 3800 111' }, admin);
    const first = await board.next((m) => m.type === 'event');
    expect(first).toMatchObject({ type: 'event', event: { name: 'site.changed', seq: 1, payload: { phone: '0237 3800 111' } } });
    board.ws.close();

    await station.call('site.update', { ...site, phone: '0237 3800 222' }, admin);
    await station.call('site.update', { ...site, phone: '0237 3800 333' }, admin);

    const again = openSocket(station.url!);
    await again.opened;
    const epoch = (welcome as { epoch: string }).epoch;
    again.ws.send(JSON.stringify({ type: 'hello', resume: { epoch, seq: 1 } }));
    expect(await again.next((m) => m.type === 'welcome')).toMatchObject({ replayed: 2, seq: 3 });
    const replayed = [await again.next((m) => m.type === 'event'), await again.next((m) => m.type === 'event')];
    expect(replayed.map((m) => (m as { event: { seq: number } }).event.seq)).toEqual([2, 3]);
    again.ws.close();
  });

  it('delivers a burst of events committed together to every screen as separate messages, in order', async () => {
    await lanStation();
    const areaId = station.services.repos.catalogue.serviceAreas()[0]!.id;
    const screens = [openSocket(station.url!), openSocket(station.url!), openSocket(station.url!)];
    for (const screen of screens) {
      await screen.opened;
      screen.ws.send(JSON.stringify({ type: 'hello' }));
      await screen.next((m) => m.type === 'welcome');
    }

    const published: number[] = [];
    station.events.subscribe((event) => visibleTo(event, rolesOfAnonymous()) && published.push(event.seq));
    // Ten kiosks at the same moment: one commit, its events published in one burst.
    const replies = await Promise.all(Array.from({ length: 10 }, () => station.call('queue.issueTicket', { areaId, priority: null })));
    expect(replies.every((reply) => reply.ok)).toBe(true);
    expect(published.length).toBeGreaterThan(0);

    for (const screen of screens) {
      const seen: number[] = [];
      while (seen.length < published.length) seen.push((await screen.next((m) => m.type === 'event') as { event: { seq: number } }).event.seq);
      expect(seen).toEqual(published);
      screen.ws.close();
    }
  });

  it('asks a screen from an earlier station run to resync', async () => {
    await lanStation();
    const client = openSocket(station.url!);
    await client.opened;
    client.ws.send(JSON.stringify({ type: 'hello', resume: { epoch: 'a-previous-run', seq: 41 } }));
    expect(await client.next(() => true)).toMatchObject({ type: 'resync' });
    client.ws.close();
  });

  it('closes a socket whose first message is not a hello', async () => {
    await lanStation();
    const client = openSocket(station.url!);
    await client.opened;
    const closed = new Promise<number>((resolve) => client.ws.once('close', (code) => resolve(code)));
    client.ws.send('xin chào');
    expect(await client.next(() => true)).toMatchObject({ type: 'error', error: { code: 'BAD_REQUEST' } });
    expect(await closed).toBe(4001);
  });
});
