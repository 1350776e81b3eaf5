import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeHttpClient } from '../../main/sync/httpClient';
import { createProtocolAdapter } from '../../main/sync/protocolAdapter';
import { tempDir } from '../helpers/tempDir';

/** A province behind HTTPS with its own certificate authority (a self-signed certificate for localhost). */
function selfSignedCertificate(): { key: string; cert: string } {
  const dir = tempDir();
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
}

describe('HTTPS with a pinned CA', () => {
  it('trusts the province only through the pinned certificate', async () => {
    const { key, cert } = selfSignedCertificate();
    const server = createServer({ key, cert }, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', protocol: 1, serverTime: new Date().toISOString() }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const baseUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const pinned = createProtocolAdapter({ baseUrl, siteId: 's', secret: 'bi-mat-dong-bo', http: nodeHttpClient, ca: cert });
      await expect(pinned.health()).resolves.toMatchObject({ serverTime: expect.any(Date) });
      const unpinned = createProtocolAdapter({ baseUrl, siteId: 's', secret: 'bi-mat-dong-bo', http: nodeHttpClient });
      await expect(unpinned.health()).rejects.toMatchObject({ code: 'SYNC_UNREACHABLE' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
