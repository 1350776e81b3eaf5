/**
 * Runs a helper process (Electron's installer, prebuild-install, node-gyp) with
 * its output captured instead of shown: when it fails, `motcua start` prints one
 * line of its own, not the helper's stack trace.
 */
import { spawn } from 'node:child_process';

export interface CapturedRun {
  /** Exit code; null when the process could not start or was killed. */
  code: number | null;
  timedOut: boolean;
  /** The last part of stdout and stderr together, for a log or a bug report. */
  output: string;
}

export type Runner = (command: string, args: readonly string[], options: { cwd: string; timeoutMs: number; env?: NodeJS.ProcessEnv }) => Promise<CapturedRun>;

const keptOutputChars = 16_000;

export const runCaptured: Runner = (command, args, options) =>
  new Promise((resolve) => {
    let output = '';
    let timedOut = false;
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-keptOutputChars);
    };
    const child = spawn(command, [...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 2_000).unref();
    }, options.timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, timedOut, output: `${output}\n${error.message}` });
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut, output });
    });
  });
