/**
 * Opens a data folder's database and brings its schema up to date: used by the
 * station and by every CLI command, so each sees the same, migrated schema.
 */
import { mkdirSync } from 'node:fs';
import { openDatabase, type Db } from '../db/connection';
import { migrate } from '../db/migrate';
import type { Clock } from '@domain/time/clock';
import { databasePath } from './dataDir';

export function openStationDatabase(dataDir: string, clock: Clock): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(databasePath(dataDir));
  try {
    migrate(db, clock.now());
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
