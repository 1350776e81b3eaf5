import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempDir';
import { provincialOptionsFromArgs, UsageError } from './cliArgs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

describe('reference provincial server: command line', () => {
  it('turns flags into server options and start-up faults', () => {
    const options = provincialOptionsFromArgs([
      '--port', '8787', '--data', '/tmp/p', '--site', '000.00.06.H56:secret:with:colons', '--site', 'b:12345678',
      '--bandwidth', '1875000', '--delay', '50', '--status5xx', '503:3', '--drop-reply-after-commit', '1',
      '--auto-process', '60000', '--clock-offset=-3600000',
    ]);
    expect(options).toEqual({
      dataDir: '/tmp/p',
      port: 8787,
      sites: [
        { id: '000.00.06.H56', secret: 'secret:with:colons' },
        { id: 'b', secret: '12345678' },
      ],
      faults: { bandwidthBytesPerSec: 1_875_000, delayMs: 50, status5xx: { code: 503, count: 3 }, dropReplyAfterCommit: 1 },
      autoProcessMs: 60_000,
      clockOffsetMs: -3_600_000,
    });
  });

  it('refuses a missing data folder, a short secret and a malformed number', () => {
    expect(() => provincialOptionsFromArgs(['--port', '1'])).toThrow(UsageError);
    expect(() => provincialOptionsFromArgs(['--data', 'd', '--site', 'a:short'])).toThrow(/8\+ characters/);
    expect(() => provincialOptionsFromArgs(['--data', 'd', '--bandwidth', '2M'])).toThrow(/--bandwidth/);
    expect(() => provincialOptionsFromArgs(['--data', 'd', '--status5xx', '418:1'])).toThrow(/--status5xx/);
  });

  it('runs on its own and prints where it listens', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(repoRoot, 'test/provincial/cli.ts'), '--port', '0', '--data', tempDir('provincial-cli-'), '--site', 'a:secret-of-a'],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /listening on (http:\/\/\S+)/.exec(out);
          if (match?.[1]) resolve(match[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
      });
      const session = await fetch(`${url}/v1/session`, { method: 'POST', body: JSON.stringify({ siteId: 'a', secret: 'secret-of-a' }) });
      expect(session.status).toBe(200);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
