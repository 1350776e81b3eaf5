import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, putChunk, sessionToken, sha256Hex, startTestServer } from './provincialFixtures';

const twoMbitPerSecond = 2_000_000 / 8;

describe('reference provincial server: bandwidth limit', () => {
  it('takes ~2 s to receive 500 KB at 2 Mbit/s', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    const file = randomBytes(500_000);
    server.control.set({ bandwidthBytesPerSec: twoMbitPerSecond });

    const started = performance.now();
    const reply = await putChunk(server, token, sha256Hex(file), 0, file.length, file);
    const seconds = (performance.now() - started) / 1000;

    expect(reply.body.complete).toBe(true);
    expect(seconds).toBeGreaterThan(2 * 0.9);
    expect(seconds).toBeLessThan(2 * 1.1);
  });

  it('takes ~1 s to send a 250 KB answer at 2 Mbit/s', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    const note = 'x'.repeat(250_000);
    await call(`${server.url}/control/changes`, { method: 'POST', json: { kind: 'calendar.overrides', data: { note } } });
    server.control.set({ bandwidthBytesPerSec: twoMbitPerSecond });

    const started = performance.now();
    const reply = await fetch(`${server.url}/v1/changes?after=0`, { headers: { authorization: `Bearer ${token}` } });
    const bytes = (await reply.arrayBuffer()).byteLength;
    const seconds = (performance.now() - started) / 1000;

    const expected = bytes / twoMbitPerSecond;
    expect(expected).toBeGreaterThan(1);
    expect(seconds).toBeGreaterThan(expected * 0.9);
    expect(seconds).toBeLessThan(expected * 1.1);
  });
});
