import type { Migration } from './types';

/**
 * Found in review of migration 7: the hall's recent calls and a counter's priority
 * streak walked the call indexes newest first and stopped after enough of TODAY's
 * calls. Early in the day, with fewer than that, the walk went through every call
 * of every earlier day: about 60 ms per board on a station with 250,000 past calls,
 * read after every ticket. Ordered by time, the walk stops at today's start.
 */
export const callsByTime: Migration = {
  version: 8,
  name: 'calls-by-time',
  sql: `
DROP INDEX ticket_events_calls;
CREATE INDEX ticket_events_calls ON ticket_events(at, id) WHERE kind IN ('called', 'recalled');
DROP INDEX ticket_events_counter_calls;
CREATE INDEX ticket_events_counter_calls ON ticket_events(counter_id, at, id) WHERE kind = 'called';
`,
};
