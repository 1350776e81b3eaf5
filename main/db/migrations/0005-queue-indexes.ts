import type { Migration } from './types';

/**
 * Found by the morning-rush benchmark: every call asks for the counter's recent
 * calls (the anti-starvation streak) and every board for the hall's last calls;
 * without these indexes both scanned the day's whole event history.
 */
export const queueIndexes: Migration = {
  version: 5,
  name: 'queue-indexes',
  sql: `
CREATE INDEX ticket_events_counter_calls ON ticket_events(counter_id, kind, id);
CREATE INDEX ticket_events_kind ON ticket_events(kind, id);
`,
};
