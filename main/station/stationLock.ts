/**
 * One station per data folder: a second station (or a restore) on a folder in use
 * would interleave writes the first one does not expect.
 */
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '@contract';

const lockName = 'station.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function runningStationPid(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(join(dataDir, lockName), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}

export function acquireStationLock(dataDir: string): () => void {
  const file = join(dataDir, lockName);
  const pid = runningStationPid(dataDir);
  if (pid !== null) {
    throw new AppError('CONFLICT', {
      message: `Một trạm khác (PID ${pid}) đang chạy trên thư mục dữ liệu này.`,
      detail: `Data directory is in use by process ${pid}`,
    });
  }
  // The first thing a station needs of its folder: a new one is made here.
  mkdirSync(dataDir, { recursive: true });
  const fd = openSync(file, 'w');
  writeSync(fd, String(process.pid));
  closeSync(fd);
  return () => {
    try {
      if (readFileSync(file, 'utf8').trim() === String(process.pid)) unlinkSync(file);
    } catch {
      // Already gone: nothing to release.
    }
  };
}
