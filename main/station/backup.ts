/**
 * Online backup (SQLite's backup API: consistent while counters keep writing) and
 * restore (only onto a stopped station, after checking the backup really is a
 * healthy Một Cửa database; the current database is kept aside first).
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppError } from '@contract';
import { openDatabase } from '../db/connection';
import { currentSchemaVersion, latestSchemaVersion } from '../db/migrate';
import type { Clock } from '@domain/time/clock';
import { databasePath } from './dataDir';
import { openStationDatabase } from './openStationDatabase';
import { runningStationPid } from './stationLock';

export interface BackupCheck {
  schemaVersion: number;
  bytes: number;
}

/** Refuses anything that is not an intact Một Cửa database this app can open. */
export function checkBackupFile(file: string): BackupCheck {
  if (!existsSync(file)) {
    throw new AppError('NOT_FOUND', { message: 'Không tìm thấy tệp sao lưu.', detail: 'Backup file not found' });
  }
  const db = openDatabase(file, { readonly: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new AppError('DATABASE_INVALID', { detail: 'Backup failed integrity_check' });
    const schemaVersion = currentSchemaVersion(db);
    if (schemaVersion === 0) throw new AppError('DATABASE_INVALID', { detail: 'Backup has no Một Cửa schema' });
    if (schemaVersion > latestSchemaVersion()) {
      throw new AppError('DATABASE_NEWER', { detail: `Backup schema ${schemaVersion} is newer than the app` });
    }
    return { schemaVersion, bytes: statSync(file).size };
  } finally {
    db.close();
  }
}

export async function backupDatabase(dataDir: string, outFile: string, clock: Clock): Promise<BackupCheck> {
  const target = resolve(outFile);
  if (existsSync(target)) {
    throw new AppError('CONFLICT', { message: 'Tệp đích đã tồn tại; hãy chọn tên khác.', detail: 'Backup target exists' });
  }
  mkdirSync(dirname(target), { recursive: true });
  const db = openStationDatabase(dataDir, clock);
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  return checkBackupFile(target);
}

export function restoreDatabase(dataDir: string, fromFile: string, clock: Clock): { keptAs: string | null; check: BackupCheck } {
  const pid = runningStationPid(dataDir);
  if (pid !== null) {
    throw new AppError('CONFLICT', {
      message: `Hãy dừng trạm (PID ${pid}) trước khi khôi phục dữ liệu.`,
      detail: `Station ${pid} is running on this data directory`,
    });
  }
  const check = checkBackupFile(resolve(fromFile));
  const live = databasePath(dataDir);
  let keptAs: string | null = null;
  if (existsSync(live)) {
    const stamp = clock.now().toISOString().replace(/[:.]/g, '-');
    keptAs = join(dataDir, 'backups', `before-restore-${stamp}.sqlite3`);
    mkdirSync(dirname(keptAs), { recursive: true });
    // Checkpoint through SQLite so the kept copy includes what is still in the WAL.
    const current = openDatabase(live);
    try {
      current.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      current.close();
    }
    copyFileSync(live, keptAs);
  }
  mkdirSync(dataDir, { recursive: true });
  const staged = `${live}.restoring`;
  copyFileSync(resolve(fromFile), staged);
  for (const suffix of ['-wal', '-shm']) rmSync(live + suffix, { force: true });
  renameSync(staged, live);
  // Bring an older backup up to this app's schema now, not at the next start.
  openStationDatabase(dataDir, clock).close();
  return { keptAs, check };
}
