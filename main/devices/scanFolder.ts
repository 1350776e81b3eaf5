/**
 * A document scanner that saves into a shared folder: new PDF/JPEG/PNG files that
 * have stopped growing are taken into the station's attachment store and offered
 * to the counter's intake form; the file then moves to `da-nhap/` so it is taken
 * once. Polling (not fs.watch), because scanners often write to network shares
 * where change notifications are unreliable.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { AppError, attachmentExtensions } from '@contract';
import type { Logger } from '../runtime/logger';
import type { Timers } from '../runtime/timers';

const accepted = new Set(attachmentExtensions);
export const importedFolder = 'da-nhap';
export const refusedFolder = 'khong-nhan';

/** `Stored` is whatever the attachment store answers: the folder hands it on untouched (drivers know no use case). */
export interface ScanFolderOptions<Stored> {
  folder: string;
  store: (fileName: string, bytes: Uint8Array) => Stored;
  onFile: (file: Stored) => void;
  onRefused: (fileName: string, message: string) => void;
  logger: Logger;
  timers: Timers;
  intervalMs?: number;
}

export function watchScanFolder<Stored>(options: ScanFolderOptions<Stored>) {
  const interval = options.intervalMs ?? 1500;
  const seen = new Map<string, number>();
  /** Refused files that could not be moved aside, by size: not refused again at every look. */
  const leftAlone = new Map<string, number>();
  let timer: ReturnType<Timers['setTimeout']> | null = null;
  let stopped = false;

  function move(name: string, to: string): void {
    mkdirSync(join(options.folder, to), { recursive: true });
    renameSync(join(options.folder, name), join(options.folder, to, `${Date.now()}-${name}`));
  }

  /**
   * Moves a refused file to `khong-nhan/`. The file may have vanished meanwhile or
   * the share may refuse the rename: that is logged (no file name, it can be a
   * person's) and the file left where it is.
   */
  function moveRefused(name: string, size: number): void {
    try {
      move(name, refusedFolder);
    } catch (error) {
      leftAlone.set(name, size);
      options.logger.warn('Scan folder could not move a refused file aside', { error: (error as NodeJS.ErrnoException).code ?? 'unknown' });
    }
  }

  /** One look at the folder; a file is taken once its size held still between two looks. */
  function poll(): void {
    let names: string[];
    try {
      names = readdirSync(options.folder);
    } catch (error) {
      options.logger.warn('Scan folder unreadable', { error: (error as NodeJS.ErrnoException).code ?? 'unknown' });
      return;
    }
    for (const name of names) {
      if (!accepted.has(extname(name).toLowerCase())) continue;
      let size: number;
      try {
        const info = statSync(join(options.folder, name));
        if (!info.isFile()) continue;
        size = info.size;
      } catch {
        continue;
      }
      if (leftAlone.get(name) === size) continue;
      leftAlone.delete(name);
      if (seen.get(name) !== size) {
        seen.set(name, size);
        continue;
      }
      seen.delete(name);
      try {
        const stored = options.store(name, readFileSync(join(options.folder, name)));
        move(name, importedFolder);
        options.onFile(stored);
      } catch (error) {
        const message = error instanceof AppError ? error.messageVi : 'Không đọc được tệp.';
        moveRefused(name, size);
        options.onRefused(name, message);
      }
    }
  }

  function schedule(): void {
    if (stopped) return;
    timer = options.timers.setTimeout(() => {
      // A failed look must not end the polling (nor throw out of a timer).
      try {
        poll();
      } catch (error) {
        options.logger.error('Scan folder poll failed', { error: (error as NodeJS.ErrnoException).code ?? 'unknown' });
      }
      schedule();
    }, interval);
  }

  return {
    start(): void {
      mkdirSync(options.folder, { recursive: true });
      stopped = false;
      schedule();
    },
    poll,
    stop(): void {
      stopped = true;
      if (timer !== null) options.timers.clearTimeout(timer);
    },
  };
}
