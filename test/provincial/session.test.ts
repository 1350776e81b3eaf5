import { describe, expect, it } from 'vitest';
import { healthResponseSchema, sessionResponseSchema } from '../../main/sync/protocol';
import { ManualClock } from '../helpers/manualClock';
import { call, push, received, sessionToken, siteA, siteB, startTestServer } from './provincialFixtures';

describe('reference provincial server: sessions', () => {
  it('answers health without credentials, with the protocol version and its clock', async () => {
    const clock = new ManualClock('2026-11-23T02:00:00Z');
    const server = await startTestServer({ clock });
    const reply = await call(`${server.url}/v1/health`);
    expect(reply.status).toBe(200);
    expect(healthResponseSchema.parse(reply.body)).toEqual({ status: 'ok', protocol: 1, serverTime: '2026-11-23T02:00:00.000Z' });
  });

  it('gives a site with the right secret a token that lives 15 minutes', async () => {
    const clock = new ManualClock('2026-11-23T02:00:00Z');
    const server = await startTestServer({ clock });
    const reply = await call(`${server.url}/v1/session`, { method: 'POST', json: { siteId: siteA.id, secret: siteA.secret } });
    expect(reply.status).toBe(200);
    const session = sessionResponseSchema.parse(reply.body);
    expect(session.expiresAt).toBe('2026-11-23T02:15:00.000Z');
    expect(session.serverTime).toBe('2026-11-23T02:00:00.000Z');
  });

  it('refuses a wrong secret, an unknown site and a malformed request', async () => {
    const server = await startTestServer();
    const wrong = await call(`${server.url}/v1/session`, { method: 'POST', json: { siteId: siteA.id, secret: siteB.secret } });
    const unknown = await call(`${server.url}/v1/session`, { method: 'POST', json: { siteId: 'no-such-site', secret: siteA.secret } });
    const malformed = await call(`${server.url}/v1/session`, { method: 'POST', body: '{"siteId":', headers: { 'content-type': 'application/json' } });
    expect([wrong.status, unknown.status, malformed.status]).toEqual([401, 401, 400]);
    expect(wrong.body).toEqual({ error: { code: 'BAD_CREDENTIALS', message: expect.any(String) } });
  });

  it('requires a bearer token on every endpoint but health and session', async () => {
    const server = await startTestServer();
    const sha = 'a'.repeat(64);
    const replies = await Promise.all([
      call(`${server.url}/v1/events`, { method: 'POST', json: { siteId: siteA.id, events: [received('X-1')] } }),
      call(`${server.url}/v1/attachments/${sha}`),
      call(`${server.url}/v1/attachments/${sha}?offset=0&total=1`, { method: 'PUT', body: 'x' }),
      call(`${server.url}/v1/changes?after=0`),
      call(`${server.url}/v1/changes?after=0`, { token: 'not-a-token-the-server-issued' }),
    ]);
    expect(replies.map((r) => r.status)).toEqual([401, 401, 401, 401, 401]);
    expect(server.store.events.count()).toBe(0);
  });

  it('answers 401 TOKEN_EXPIRED once the session is older than its lifetime, and a new session works', async () => {
    const clock = new ManualClock('2026-11-23T02:00:00Z');
    const server = await startTestServer({ clock });
    const token = await sessionToken(server);
    clock.advance(15 * 60_000 - 1);
    expect((await call(`${server.url}/v1/changes?after=0`, { token })).status).toBe(200);
    clock.advance(1);
    const expired = await call(`${server.url}/v1/changes?after=0`, { token });
    expect(expired).toEqual({ status: 401, body: { error: { code: 'TOKEN_EXPIRED', message: 'session expired' } } });
    const fresh = await sessionToken(server);
    expect((await call(`${server.url}/v1/changes?after=0`, { token: fresh })).status).toBe(200);
  });

  it('refuses a push for another site than the one authenticated', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server, siteA);
    const reply = await push(server, token, [received('000.17.22.H56-261123-0001')], siteB.id);
    expect(reply.status).toBe(403);
    expect(server.store.events.count()).toBe(0);
  });

  it('runs its clock an hour off when told to, for clock-skew tests', async () => {
    const clock = new ManualClock('2026-11-23T02:00:00Z');
    const server = await startTestServer({ clock, clockOffsetMs: 3_600_000 });
    const health = healthResponseSchema.parse((await call(`${server.url}/v1/health`)).body);
    expect(health.serverTime).toBe('2026-11-23T03:00:00.000Z');
    server.control.set({ clockOffsetMs: -3_600_000 });
    expect(healthResponseSchema.parse((await call(`${server.url}/v1/health`)).body).serverTime).toBe('2026-11-23T01:00:00.000Z');
  });
});
