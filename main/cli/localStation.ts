/**
 * CLI commands work on a data folder directly (no running station needed): the
 * same services as the station, with events going nowhere because no screen is
 * attached to this process.
 */
import type { Db } from '../db/connection';
import { createServices, type Services } from '../services';
import { openStationDatabase } from '../station/openStationDatabase';
import { systemClock } from '../station/systemClock';
import { join } from 'node:path';
import { shippedCalendar } from '../station/shippedCalendar';

export async function withLocalServices<T>(dataDir: string, work: (services: Services, db: Db) => Promise<T> | T): Promise<T> {
  const db = openStationDatabase(dataDir, systemClock);
  try {
    const calendar = shippedCalendar();
    return await work(createServices(db, systemClock, { publish() {} }, { attachmentsDir: join(dataDir, 'attachments'), calendar: () => calendar }), db);
  } finally {
    db.close();
  }
}
