/**
 * A real headless station for end-to-end tests: its own temp data directory, a
 * free port on 127.0.0.1, the same CLI an administrator would run. Uses the built
 * bundle (dist/main/cli.mjs) when `npm test` has built it, else the TypeScript
 * entry through tsx.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CallReply, MethodInput, MethodName, MethodOutput } from '@contract';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function cliEntry(): string[] {
  const bundle = join(repoRoot, 'dist', 'main', 'cli.mjs');
  if (existsSync(bundle)) return [bundle];
  return [join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(repoRoot, 'main', 'cli.ts')];
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one `motcua …` command to completion; fails the test if it does not exit 0. */
export async function motcua(args: string[], stdin?: string): Promise<CliResult> {
  const child = spawn(process.execPath, [...cliEntry(), ...args], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.end(stdin ?? '');
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new Error(`motcua ${args[0]} exited with ${code}:\n${stdout}\n${stderr}`);
  return { code, stdout, stderr };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function tempDataDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `motcua-e2e-${label}-`));
}

export interface RunningStation {
  url: string;
  port: number;
  dataDir: string;
  call<M extends MethodName>(method: M, input: MethodInput<M>, token?: string): Promise<MethodOutput<M>>;
  stop(): Promise<void>;
}

/** Calls the station's LAN API the way the browser client does. */
async function callStation<M extends MethodName>(
  url: string,
  method: M,
  input: MethodInput<M>,
  token?: string,
): Promise<MethodOutput<M>> {
  const response = await fetch(`${url}/api/call`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(token ? { method, input, token } : { method, input }),
  });
  const reply = (await response.json()) as CallReply<MethodOutput<M>>;
  if (!reply.ok) throw new Error(`${method} failed: ${reply.error.code} ${reply.error.detail}`);
  return reply.result;
}

/**
 * Starts `motcua station` and resolves once its API answers. Takes a free port
 * unless given one (to restart a station where its screens expect it).
 */
export async function startStation(
  dataDir: string,
  options: { port?: number; timeoutMs?: number } = {},
): Promise<RunningStation> {
  const port = options.port ?? (await freePort());
  const timeoutMs = options.timeoutMs ?? 45_000;
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [...cliEntry(), 'station', '--data', dataDir, '--port', String(port), '--host', '127.0.0.1'],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`station exited before serving:\n${output}`);
    try {
      await callStation(url, 'system.info', {});
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`station did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  return {
    url,
    port,
    dataDir,
    call: (method, input, token) => callStation(url, method, input, token),
    async stop() {
      if (!exited) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exit;
        clearTimeout(killer);
      }
    },
  };
}

export function removeDataDir(dataDir: string): void {
  rmSync(dataDir, { recursive: true, force: true });
}

export interface Account {
  username: string;
  fullName: string;
  password: string;
}

/**
 * A data folder with the demo centre and these accounts, made through the CLI as
 * an admin would. Returns the folder and the names of the demo's own officers.
 */
export async function seededDataDir(label: string, accounts: readonly (readonly [Account, 'admin' | 'officer'])[]): Promise<{ dataDir: string; demoNames: string[] }> {
  const dataDir = tempDataDir(label);
  const seeded = await motcua(['seed', '--demo', '--data', dataDir]);
  const demoNames = [...seeded.stdout.matchAll(/^\s+\S+\s+\S+\s+\((.+)\)\s*$/gm)].map((match) => match[1] ?? '').filter((name) => name !== '');
  for (const [account, role] of accounts) {
    await motcua(
      ['user', 'add', '--data', dataDir, '--role', role, '--username', account.username, '--name', account.fullName, '--password-stdin'],
      `${account.password}\n`,
    );
  }
  return { dataDir, demoNames };
}
