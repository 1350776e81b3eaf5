/**
 * The OS print transports run other programs (`lp`, `lpstat`, the Windows print
 * helper). They see a child process only through this narrow shape, so tests can
 * stand a fake program in its place.
 */
import { spawn as nodeSpawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

/** The part of a child process the transports use. */
export interface SpawnedProcess {
  stdin: Writable | null;
  stdout: Readable | null;
  stderr: Readable | null;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'close', listener: (code: number | null, signal: NodeJS.Signals | null) => void): unknown;
  kill(signal?: NodeJS.Signals): boolean;
}

export type SpawnFunction = (command: string, args: readonly string[], options?: { env?: NodeJS.ProcessEnv }) => SpawnedProcess;

export const defaultSpawn: SpawnFunction = (command, args, options) =>
  nodeSpawn(command, [...args], { stdio: ['pipe', 'pipe', 'pipe'], env: options?.env, windowsHide: true });

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

type RunOutcome = RunResult | { failure: 'timeout' } | { failure: 'spawn'; error: Error };

/** Runs a command to its end with optional stdin, killing it if it outlives `timeoutMs`. */
export function runToEnd(spawn: SpawnFunction, command: string, args: readonly string[], input: Uint8Array | null, timeoutMs: number): Promise<RunOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: RunOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    let child: SpawnedProcess;
    try {
      child = spawn(command, args);
    } catch (error) {
      resolve({ failure: 'spawn', error: error as Error });
      return;
    }
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish({ failure: 'timeout' });
    }, timeoutMs);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error) => finish({ failure: 'spawn', error }));
    child.on('close', (code) => finish({ code, stdout, stderr }));
    // A command that exits without reading stdin makes the write fail with EPIPE; its exit code tells the story.
    child.stdin?.on('error', () => undefined);
    if (input) child.stdin?.end(Buffer.from(input.buffer, input.byteOffset, input.byteLength));
    else child.stdin?.end();
  });
}

export function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.slice(0, 200) ?? '';
}
