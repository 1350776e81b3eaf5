/**
 * A4 documents (receipts, forms) to the OS print spooler with `lp` (CUPS on Linux
 * and macOS), or, when no printer is configured, into a spool folder the officer
 * can open and print by hand. Windows printing goes through Electron's silent
 * print in the desktop app; the headless station there uses the spool folder.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '@contract';

export type Spawn = typeof spawn;

export interface DocumentPrinterOptions {
  /** CUPS queue name; null saves into `spoolDir` instead. */
  queue: string | null;
  spoolDir: string;
  spawn?: Spawn;
  timeoutMs?: number;
}

export function documentPrinter(options: DocumentPrinterOptions) {
  const run = options.spawn ?? spawn;
  return {
    async print(pdf: Buffer, fileName: string, copies: number): Promise<{ destination: string }> {
      mkdirSync(options.spoolDir, { recursive: true });
      const file = join(options.spoolDir, fileName.replace(/[^\p{L}\p{N}._-]+/gu, '_'));
      writeFileSync(file, pdf);
      if (!options.queue) return { destination: file };
      await new Promise<void>((resolve, reject) => {
        const child = run('lp', ['-d', options.queue!, '-n', String(copies), '-o', 'media=A4', '-o', 'fit-to-page', file], { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new AppError('PRINTER_TIMEOUT', { detail: 'lp did not finish in time' }));
        }, options.timeoutMs ?? 15_000);
        child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('error', (error: NodeJS.ErrnoException) => {
          clearTimeout(timer);
          reject(new AppError(error.code === 'ENOENT' ? 'PRINTER_UNSUPPORTED' : 'PRINTER_OFFLINE', { detail: `lp: ${error.code ?? error.message}` }));
        });
        child.on('close', (code) => {
          clearTimeout(timer);
          if (code === 0) resolve();
          else reject(new AppError('PRINTER_OFFLINE', { detail: `lp exited ${code}: ${stderr.trim().slice(0, 200)}` }));
        });
      });
      return { destination: `lp:${options.queue}` };
    },
  };
}
