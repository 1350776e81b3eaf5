import { dueDate } from '@domain/calendar';
import { formatVietnamIso } from '@domain/time/vietnamTime';
import type { TimeLimit } from '@contract';
import { shippedCalendar } from '../station/shippedCalendar';
import { parseOptions } from './args';
import { UsageError } from './cliError';

function limitOf(text: string | undefined, sameDay: boolean): TimeLimit {
  if (sameDay) {
    if (text !== undefined) throw new UsageError('use either --limit or --same-day');
    return { kind: 'same_day' };
  }
  const match = /^(\d{1,3})([dh])$/.exec(text ?? '');
  if (!match || Number(match[1]) === 0) throw new UsageError('--limit must look like 3d (working days) or 4h (working hours)');
  return { kind: match[2] === 'd' ? 'working_days' : 'working_hours', value: Number(match[1]) };
}

function receivedOf(text: string | undefined): Date {
  // An explicit offset is required: "08:00" alone would silently depend on the machine's time zone.
  if (!text || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text) || Number.isNaN(Date.parse(text))) {
    throw new UsageError('--received must be an ISO date-time with offset, e.g. 2026-11-23T09:00+07:00');
  }
  return new Date(text);
}

export async function runCalendar(argv: string[], say: (line: string) => void, complain: (line: string) => void): Promise<number> {
  const [action, ...rest] = argv;
  const calendar = shippedCalendar();
  if (action === 'due') {
    const { values } = parseOptions(rest, { received: { type: 'string' }, limit: { type: 'string' }, 'same-day': { type: 'boolean' } });
    const result = dueDate(receivedOf(values.received), limitOf(values.limit, values['same-day'] === true), calendar);
    say(formatVietnamIso(result.due));
    for (const warning of result.warnings) complain(`Cảnh báo: ${warning.message}`);
    return 0;
  }
  if (action === 'holidays') {
    const { values } = parseOptions(rest, { year: { type: 'string' } });
    const year = Number(values.year);
    if (!Number.isInteger(year) || year < 1900 || year > 2199) throw new UsageError('--year must be a year from 1900 to 2199');
    const schedule = calendar.holidaysOfYear(year);
    for (const day of schedule.daysOff) say(`${day.date}\t${day.reason}\t(${day.source})`);
    for (const day of schedule.workingDays) say(`${day.date}\tLàm việc: ${day.reason}\t(override)`);
    for (const warning of schedule.warnings) complain(`Cảnh báo: ${warning.message}`);
    return 0;
  }
  throw new UsageError('calendar needs "due" or "holidays"');
}
