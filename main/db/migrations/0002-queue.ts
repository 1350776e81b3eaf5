import type { Migration } from './types';

/**
 * The queue at work: every stage of a ticket timestamped (for the KPIs), the
 * counters as officers open them, and transfers to one counter.
 */
export const queue: Migration = {
  version: 2,
  name: 'queue',
  sql: `
-- area_id stays the area that issued the number (numbering is unique per issuing
-- area); queue_area_id is where the ticket waits now, after any transfer.
ALTER TABLE tickets ADD COLUMN queue_area_id INTEGER REFERENCES service_areas(id);
UPDATE tickets SET queue_area_id = area_id;
ALTER TABLE tickets ADD COLUMN target_counter_id INTEGER REFERENCES counters(id);
ALTER TABLE tickets ADD COLUMN recall_count INTEGER NOT NULL DEFAULT 0;
CREATE INDEX tickets_counter ON tickets(service_day, counter_id, status);

CREATE TABLE ticket_events (
  id INTEGER PRIMARY KEY,
  ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('issued', 'called', 'recalled', 'started', 'finished', 'no_show', 'transferred')),
  counter_id INTEGER REFERENCES counters(id),
  user_id INTEGER REFERENCES users(id),
  details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
  at TEXT NOT NULL
) STRICT;
CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id, id);
CREATE INDEX ticket_events_at ON ticket_events(at);

-- A counter is open while an officer works at it; paused counters call nobody.
CREATE TABLE counter_sessions (
  counter_id INTEGER PRIMARY KEY REFERENCES counters(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id),
  area_ids TEXT NOT NULL CHECK (json_valid(area_ids) AND json_type(area_ids) = 'array'),
  opened_at TEXT NOT NULL,
  paused_at TEXT
) STRICT;
`,
};
