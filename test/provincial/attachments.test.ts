import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attachmentStateSchema } from '../../main/sync/protocol';
import { call, putChunk, sessionToken, sha256Hex, startTestServer } from './provincialFixtures';

describe('reference provincial server: attachments', () => {
  it('reports an attachment it never saw as zero bytes held', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    const sha = sha256Hex(Buffer.from('never sent'));
    const reply = await call(`${server.url}/v1/attachments/${sha}`, { token });
    expect(attachmentStateSchema.parse(reply.body)).toEqual({ sha256: sha, received: 0, complete: false });
  });

  it('takes a file in chunks, resumes where it stopped and answers a wrong offset with 409 and its state', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    const file = randomBytes(10_000);
    const sha = sha256Hex(file);

    const first = await putChunk(server, token, sha, 0, file.length, file.subarray(0, 4000));
    expect(first).toEqual({ status: 200, body: { sha256: sha, received: 4000, complete: false } });

    // The station lost the answer and sends the first chunk again: the server says what it holds.
    const resent = await putChunk(server, token, sha, 0, file.length, file.subarray(0, 4000));
    expect(resent.status).toBe(409);
    expect(resent.body).toMatchObject({ sha256: sha, received: 4000, complete: false, error: { code: 'OFFSET_MISMATCH' } });

    const state = await call<{ received: number }>(`${server.url}/v1/attachments/${sha}`, { token });
    expect(state.body.received).toBe(4000);
    await putChunk(server, token, sha, 4000, file.length, file.subarray(4000, 8000));
    const last = await putChunk(server, token, sha, 8000, file.length, file.subarray(8000));
    expect(last.body).toEqual({ sha256: sha, received: 10_000, complete: true });

    expect(readFileSync(server.store.attachments.pathOf(sha)).equals(file)).toBe(true);
    // The resent chunk crossed the line too: it counts as received, not as stored.
    expect(server.stats()).toMatchObject({ attachmentBytesReceived: 14_000, attachmentBytesStored: 10_000, attachmentsComplete: 1 });
  });

  it('answers 409 to a chunk after the file is complete, showing it complete', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    const file = randomBytes(100);
    const sha = sha256Hex(file);
    await putChunk(server, token, sha, 0, file.length, file);
    const again = await putChunk(server, token, sha, 0, file.length, file);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ received: 100, complete: true });
  });

  it('discards a completed file whose SHA-256 differs and answers 422', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    const file = randomBytes(3000);
    const claimed = sha256Hex(Buffer.from('another file'));
    await putChunk(server, token, claimed, 0, file.length, file.subarray(0, 1000));
    const last = await putChunk(server, token, claimed, 1000, file.length, file.subarray(1000));
    expect(last.status).toBe(422);
    expect(last.body).toMatchObject({ sha256: claimed, received: 0, complete: false, error: { code: 'HASH_MISMATCH' } });
    expect((await call(`${server.url}/v1/attachments/${claimed}`, { token })).body).toEqual({ sha256: claimed, received: 0, complete: false });
    expect(existsSync(server.store.attachments.pathOf(claimed))).toBe(false);
  });

  it('fixes total at the first chunk', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    const file = randomBytes(2000);
    const sha = sha256Hex(file);
    await putChunk(server, token, sha, 0, 2000, file.subarray(0, 1000));
    const other = await putChunk(server, token, sha, 1000, 5000, file.subarray(1000));
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({ received: 1000, error: { code: 'TOTAL_MISMATCH' } });
  });

  it('answers 400 to a bad hash in the path, a bad offset and a chunk running past total', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    const file = randomBytes(10);
    const sha = sha256Hex(file);
    const badSha = await putChunk(server, token, sha.toUpperCase(), 0, 10, file);
    const badOffset = await call(`${server.url}/v1/attachments/${sha}?offset=-1&total=10`, { method: 'PUT', token, body: file });
    const pastTotal = await putChunk(server, token, sha, 0, 5, file);
    expect([badSha.status, badOffset.status, pastTotal.status]).toEqual([400, 400, 400]);
  });

  it('refuses a chunk larger than the server accepts with 413', async () => {
    const server = await startTestServer();
    const token = await sessionToken(server);
    const big = Buffer.alloc(4 * 1024 * 1024 + 1);
    const reply = await putChunk(server, token, sha256Hex(big), 0, big.length, big);
    expect(reply.status).toBe(413);
  });
});
