import type { Migration } from './types';

/**
 * Found in issue #14: a postponement was known only by its history note starting
 * "Hẹn lại ngày trả: ", so rewording the note lost form 04 (the apology names the
 * missed date, the reason and the new date). A postponement is now a row of its own
 * beside its history event; the note is only text for people.
 *
 * Existing postponements are converted from what the station kept of them:
 * - the new date from the postponement's audit row ({ newDueAt }, exact), else the
 *   due date the province was sent with the same write, else the present due date;
 * - the missed date from the write that last moved the due date before it: an
 *   earlier postponement (its new date) or a recorded supplement (the due date the
 *   province was sent then, to the second); with neither, the receipt's due date
 *   (original_due_at, kept since the first move), which is what form 04 printed.
 * The province's dates are Vietnam time (UTC+7 all year) as yyyyMMddHHmmss.
 */
export const postponements: Migration = {
  version: 9,
  name: 'postponements',
  sql: `
CREATE TABLE dossier_postponements (
  event_id INTEGER PRIMARY KEY REFERENCES dossier_events(id) ON DELETE CASCADE,
  previous_due_at TEXT NOT NULL,
  new_due_at TEXT NOT NULL,
  reason TEXT NOT NULL
) STRICT;

INSERT INTO dossier_postponements (event_id, previous_due_at, new_due_at, reason)
WITH prefix(text) AS (SELECT 'Hẹn lại ngày trả: '),
counter_events AS (
  SELECT e.id, e.dossier_id, e.at, d.code,
    e.status_from = e.status_to AND substr(e.note, 1, length(prefix.text)) = prefix.text AS postponed,
    e.status_from = 5 AND e.status_to IN (2, 4) AS supplemented,
    substr(e.note, length(prefix.text) + 1) AS reason
  FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id, prefix
  WHERE e.source = 'counter'
),
-- The writes that moved a due date: postponements and recorded supplements (the wait added).
due_moves AS (SELECT * FROM counter_events WHERE postponed OR supplemented),
-- Joins, not lookups per row: neither the outbox nor the audit log has an index for these (SQLite builds one for the statement).
first_sent AS (
  SELECT m.id, min(o.seq) AS seq FROM due_moves m
  JOIN outbox o ON o.aggregate_id = m.code AND o.created_at = m.at AND o.type = 'dossier.status' AND o.aggregate_type = 'dossier'
  GROUP BY m.id
),
sent AS (SELECT f.id, p.payload ->> '$.NgayHenTra' AS national FROM first_sent f JOIN outbox_payloads p ON p.seq = f.seq),
first_audited AS (
  SELECT m.id, min(a.seq) AS seq FROM due_moves m
  JOIN audit_log a ON a.entity_id = CAST(m.dossier_id AS TEXT) AND a.at = m.at AND a.action = 'dossier.postpone' AND a.entity = 'dossier'
  WHERE m.postponed
  GROUP BY m.id
),
moved AS (
  SELECT m.id, m.dossier_id, m.postponed, m.reason,
    coalesce(
      a.details ->> '$.newDueAt',
      CASE WHEN length(s.national) = 14 AND s.national NOT GLOB '*[^0-9]*' THEN strftime('%Y-%m-%dT%H:%M:%fZ',
        substr(s.national, 1, 4) || '-' || substr(s.national, 5, 2) || '-' || substr(s.national, 7, 2) || ' ' ||
        substr(s.national, 9, 2) || ':' || substr(s.national, 11, 2) || ':' || substr(s.national, 13, 2), '-7 hours') END
    ) AS due_after
  FROM due_moves m
  LEFT JOIN first_audited fa ON fa.id = m.id LEFT JOIN audit_log a ON a.seq = fa.seq
  LEFT JOIN sent s ON s.id = m.id
),
ordered AS (SELECT *, lag(due_after) OVER (PARTITION BY dossier_id ORDER BY id) AS previous_due FROM moved)
SELECT o.id, coalesce(o.previous_due, d.original_due_at, d.due_at), coalesce(o.due_after, d.due_at), o.reason
FROM ordered o JOIN dossiers d ON d.id = o.dossier_id
WHERE o.postponed
ORDER BY o.id;
`,
};
