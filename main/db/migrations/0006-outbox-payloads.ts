import type { Migration } from './types';

/**
 * Found by the sync drain benchmark: an outbox row carried its payload (≈ 1.3 KB
 * for a received dossier), so acknowledging a batch rewrote every row's payload
 * into the WAL (≈ 700 KB per 500-event batch, fsynced) and the admin's backlog
 * read every payload to draw the day's chart. Payloads never change once written,
 * so they move to their own table; the delivery state stays in narrow outbox
 * rows, with the payload's size in UTF-8 bytes for the pending totals.
 */
export const outboxPayloads: Migration = {
  version: 6,
  name: 'outbox-payloads',
  sql: `
CREATE TABLE outbox_payloads (
  seq INTEGER PRIMARY KEY REFERENCES outbox(seq),
  payload TEXT NOT NULL CHECK (json_valid(payload))
) STRICT;
INSERT INTO outbox_payloads (seq, payload) SELECT seq, payload FROM outbox;
ALTER TABLE outbox ADD COLUMN payload_bytes INTEGER NOT NULL DEFAULT 0;
UPDATE outbox SET payload_bytes = length(CAST(payload AS BLOB));
ALTER TABLE outbox DROP COLUMN payload;
`,
};
