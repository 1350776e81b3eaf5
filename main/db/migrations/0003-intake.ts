import type { Migration } from './types';

/**
 * Dossier intake and return: the paused deadline while a supplement is awaited,
 * the ledger number (Sổ theo dõi hồ sơ: Quyển số = year, Số thứ tự), fees charged,
 * supplement requests, who collected the result, printed forms, and a full-text
 * index of folded citizen names so "nguyen van duc" finds "Nguyễn Văn Đức" fast.
 */
export const intake: Migration = {
  version: 3,
  name: 'intake',
  sql: `
ALTER TABLE dossiers ADD COLUMN paused_at TEXT;
ALTER TABLE dossiers ADD COLUMN resume_status INTEGER CHECK (resume_status IS NULL OR resume_status IN (2, 4));
ALTER TABLE dossiers ADD COLUMN ledger_year INTEGER;
ALTER TABLE dossiers ADD COLUMN ledger_seq INTEGER;
ALTER TABLE dossiers ADD COLUMN original_due_at TEXT;
ALTER TABLE dossiers ADD COLUMN collected_by TEXT CHECK (collected_by IS NULL OR length(collected_by) <= 200);
-- The counter's idempotency key: saving the same form twice never makes two dossiers.
ALTER TABLE dossiers ADD COLUMN request_id TEXT;
CREATE UNIQUE INDEX dossiers_request ON dossiers(request_id) WHERE request_id IS NOT NULL;
CREATE UNIQUE INDEX dossiers_ledger ON dossiers(ledger_year, ledger_seq);
CREATE INDEX dossiers_received ON dossiers(received_at);
CREATE INDEX dossiers_open_due ON dossiers(due_at) WHERE status IN (2, 4, 5, 6, 9);

CREATE TABLE dossier_fees (
  id INTEGER PRIMARY KEY,
  dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  amount INTEGER NOT NULL CHECK (amount >= 0)
) STRICT;
CREATE INDEX dossier_fees_dossier ON dossier_fees(dossier_id);

CREATE TABLE dossier_supplements (
  id INTEGER PRIMARY KEY,
  dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
  requested_at TEXT NOT NULL,
  requested_by INTEGER REFERENCES users(id),
  reason TEXT NOT NULL,
  items TEXT NOT NULL CHECK (json_valid(items)),
  contact TEXT,
  received_at TEXT
) STRICT;
CREATE INDEX dossier_supplements_dossier ON dossier_supplements(dossier_id);

CREATE TABLE printed_forms (
  id INTEGER PRIMARY KEY,
  dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
  form TEXT NOT NULL CHECK (form IN ('01', '02', '03', '04', 'return')),
  reprint INTEGER NOT NULL CHECK (reprint IN (0, 1)),
  printed_by INTEGER REFERENCES users(id),
  at TEXT NOT NULL
) STRICT;

CREATE VIRTUAL TABLE citizens_fts USING fts5(name_folded, content='citizens', content_rowid='id', tokenize='unicode61');
CREATE TRIGGER citizens_fts_insert AFTER INSERT ON citizens BEGIN
  INSERT INTO citizens_fts(rowid, name_folded) VALUES (new.id, new.name_folded);
END;
CREATE TRIGGER citizens_fts_delete AFTER DELETE ON citizens BEGIN
  INSERT INTO citizens_fts(citizens_fts, rowid, name_folded) VALUES ('delete', old.id, old.name_folded);
END;
CREATE TRIGGER citizens_fts_update AFTER UPDATE OF name_folded ON citizens BEGIN
  INSERT INTO citizens_fts(citizens_fts, rowid, name_folded) VALUES ('delete', old.id, old.name_folded);
  INSERT INTO citizens_fts(rowid, name_folded) VALUES (new.id, new.name_folded);
END;
INSERT INTO citizens_fts(citizens_fts) VALUES ('rebuild');
`,
};
