import type { Migration } from './types';

/**
 * Found by the morning-rush benchmark, on the write path of every queue call:
 * - the waiting-list index named the issuing area, but the queries of waiting and
 *   served tickets ask for the area a ticket waits in now, `queue_area_id`: the
 *   people-ahead count and the area's average service time (read on every issued
 *   ticket) went through all the day's tickets of that status;
 * - the two call indexes (the hall's last calls; a counter's priority streak) held
 *   every stage event, so every issue, start and finish wrote them too: they now
 *   hold only the calls they are read for;
 * - `ticket_events_at` served no query, yet every stage event wrote it.
 */
export const queueHotPath: Migration = {
  version: 7,
  name: 'queue-hot-path',
  sql: `
DROP INDEX tickets_waiting;
CREATE INDEX tickets_waiting ON tickets(service_day, status, queue_area_id);
DROP INDEX ticket_events_at;
DROP INDEX ticket_events_kind;
CREATE INDEX ticket_events_calls ON ticket_events(id) WHERE kind IN ('called', 'recalled');
DROP INDEX ticket_events_counter_calls;
CREATE INDEX ticket_events_counter_calls ON ticket_events(counter_id, id) WHERE kind = 'called';
`,
};
