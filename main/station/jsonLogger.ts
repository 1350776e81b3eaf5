import type { Logger, LogFields } from '../runtime/logger';
import type { Clock } from '@domain/time/clock';

/** One JSON object per line on stderr: easy to grep, easy to ship. */
export function jsonLogger(clock: Clock, write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  const log = (level: string) => (message: string, fields: LogFields = {}) =>
    write(JSON.stringify({ at: clock.now().toISOString(), level, message, ...fields }) + '\n');
  return { info: log('info'), warn: log('warn'), error: log('error') };
}
