import type { Migration } from './types';

/**
 * Found by the sync drain benchmark: an outbox row carried its payload (≈ 1.3 KB
 * for a received dossier), so acknowledging a batch rewrote every row's payload
 * into the WAL (≈ 700 KB per 500-event batch, fsynced) and the admin's backlog
 * read every payload to draw the day's chart. Payloads never change once written,
 * so they move to their own table; the delivery state stays in narrow outbox
 * rows, with the payload's size in UTF-8 bytes for the pending totals, and the
 * attachments it refers to (a JSON array of SHA-256 keys, NULL for none: what the
 * sync uploads before the event), so batching never reads a payload. And the
 * backlog chart gets an index to find today's acknowledgements.
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
ALTER TABLE outbox ADD COLUMN attachments TEXT CHECK (attachments IS NULL OR json_valid(attachments));
-- As payloadAttachments (nationalPayload.ts) reads them: TaiLieuNop[].TepDinhKemId, lowercase SHA-256 strings.
UPDATE outbox SET attachments = (
  SELECT json_group_array(DISTINCT f.value ->> '$.TepDinhKemId')
  FROM outbox_payloads p, json_each(p.payload, '$.TaiLieuNop') f
  WHERE p.seq = outbox.seq AND f.type = 'object' AND json_type(f.value, '$.TepDinhKemId') = 'text'
    AND length(f.value ->> '$.TepDinhKemId') = 64 AND (f.value ->> '$.TepDinhKemId') NOT GLOB '*[^0-9a-f]*'
);
UPDATE outbox SET attachments = NULL WHERE attachments = '[]';
-- The admin's backlog chart reads what is pending or was settled today; without this it read the whole outbox, which only grows.
CREATE INDEX outbox_acknowledged ON outbox(acknowledged_at);
ALTER TABLE outbox DROP COLUMN payload;
`,
};
