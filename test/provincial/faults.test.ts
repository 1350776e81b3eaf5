import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { call, fetchError, push, putChunk, received, sessionToken, sha256Hex, startTestServer } from './provincialFixtures';

const code = (n: number) => `000.00.06.H56-261123-${String(n).padStart(4, '0')}`;

/** A PUT with node:http, resolving to the response status or the socket error's code. */
function rawPut(url: string, token: string, body: Buffer): Promise<{ status: number } | { error: string }> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-length': body.length } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    req.end(body);
  });
}

describe('reference provincial server: injected faults', () => {
  it('refuses the next N connections, then serves again', async () => {
    const server = await startTestServer();
    server.control.set({ refuse: 2 });
    const errors = [await fetchError(fetch(`${server.url}/v1/health`)), await fetchError(fetch(`${server.url}/v1/health`))];
    expect(errors.map((e) => e.message)).toEqual(['fetch failed', 'fetch failed']);
    expect((await call(`${server.url}/v1/health`)).status).toBe(200);
    expect(server.stats().faultsInjected.refuse).toBe(2);
    expect(server.stats().requests['GET /v1/health']).toBe(3);
  });

  it('refuses everything while offline, but keeps the control API reachable to bring it back', async () => {
    const server = await startTestServer();
    expect((await call(`${server.url}/control/faults`, { method: 'POST', json: { offline: true } })).body).toMatchObject({ offline: true });
    await fetchError(fetch(`${server.url}/v1/health`));
    await fetchError(fetch(`${server.url}/v1/session`, { method: 'POST', body: '{}' }));
    await call(`${server.url}/control/faults`, { method: 'POST', json: { offline: false } });
    expect((await call(`${server.url}/v1/health`)).status).toBe(200);
  });

  it('resets a connection in the middle of a request body, and nothing of it is stored', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    const file = randomBytes(256 * 1024);
    const sha = sha256Hex(file);
    server.control.set({ resetMidBody: { count: 1, afterBytes: 64 * 1024 } });

    const cut = await rawPut(`${server.url}/v1/attachments/${sha}?offset=0&total=${file.length}`, token, file);
    expect(cut).toEqual({ error: expect.stringMatching(/^(ECONNRESET|EPIPE)$/) });
    expect(server.store.attachments.state(sha)).toEqual({ sha256: sha, received: 0, complete: false });
    expect(server.stats().attachmentBytesReceived).toBeGreaterThanOrEqual(64 * 1024);

    // The fault was used up: the retry goes through.
    expect((await putChunk(server, token, sha, 0, file.length, file)).body.complete).toBe(true);
  });

  it('leaves requests without a body alone when resetting mid-body', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    server.control.set({ resetMidBody: 1 });
    expect((await call(`${server.url}/v1/changes?after=0`, { token })).status).toBe(200);
    await fetchError(push(server, token, [received(code(1))]));
    expect(server.store.events.count()).toBe(0);
  });

  it('answers the next N requests with 503 and does nothing for them', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    server.control.set({ status5xx: { code: 503, count: 2 } });
    const event = received(code(1));
    const first = await push(server, token, [event]);
    const second = await push(server, token, [event]);
    expect([first.status, second.status]).toEqual([503, 503]);
    expect(first.body).toEqual({ error: { code: 'INJECTED_FAULT', message: expect.any(String) } });
    expect(server.store.events.count()).toBe(0);
    expect((await push(server, token, [event])).body.results[0]?.status).toBe('accepted');
  });

  it('waits delayMs before answering', async () => {
    const server = await startTestServer({ faults: { delayMs: 300 } });
    const started = performance.now();
    expect((await call(`${server.url}/v1/health`)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(295);
    const control = performance.now();
    await call(`${server.url}/control/stats`);
    expect(performance.now() - control).toBeLessThan(250);
  });

  it('commits a batch and then drops the reply: the client sees a socket error, the event is stored', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    server.control.set({ dropReplyAfterCommit: 1 });
    const event = received(code(1));
    const error = await fetchError(push(server, token, [event]));
    expect(error.message).toBe('fetch failed');
    expect(server.store.events.list().map((e) => e.eventId)).toEqual([event.eventId]);
    // The station retries as it must, and learns it was delivered.
    expect((await push(server, token, [event])).body.results[0]?.status).toBe('duplicate');
    expect(server.store.dossiers.get(code(1))?.timesCreated).toBe(1);
  });

  it('shows, validates and clears faults over HTTP', async () => {
    const server = await startTestServer({ faults: { delayMs: 10, bandwidthBytesPerSec: 1_000_000 } });
    const state = await call(`${server.url}/control/faults`);
    expect(state.body).toMatchObject({ delayMs: 10, bandwidthBytesPerSec: 1_000_000, offline: false });
    expect((await call(`${server.url}/control/faults`, { method: 'POST', json: { status5xx: { code: 418, count: 1 } } })).status).toBe(400);
    expect((await call(`${server.url}/control/faults`, { method: 'POST', json: { refuse: 'yes' } })).status).toBe(400);
    const cleared = await call(`${server.url}/control/faults`, { method: 'DELETE' });
    expect(cleared.body).toMatchObject({ delayMs: 0, bandwidthBytesPerSec: null });
  });
});
