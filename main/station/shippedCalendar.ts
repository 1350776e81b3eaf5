/**
 * The working calendar from the overrides shipped in resources/calendar. (Sync will
 * later store newer overrides in the database; the station then prefers those.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calendarFromOverrides, type WorkingCalendar } from '@domain/calendar';
import { resourcesDir } from './resources';

export function shippedCalendar(): WorkingCalendar {
  const file = join(resourcesDir(), 'calendar', 'overrides.json');
  return calendarFromOverrides(JSON.parse(readFileSync(file, 'utf8')) as unknown);
}
