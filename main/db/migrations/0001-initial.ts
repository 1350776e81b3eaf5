import type { Migration } from './types';

/**
 * The whole schema of the architecture. Instants are stored as UTC ISO strings
 * (`…Z`); service days as `YYYY-MM-DD` in Vietnam time. Personal data lives only in
 * `citizens`; everything public (tickets, board) refers to it by id.
 */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE site (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  agency_code TEXT NOT NULL CHECK (agency_code GLOB '[0-9][0-9][0-9].[0-9][0-9].[0-9][0-9].[A-Z][0-9][0-9]'),
  agency_name TEXT NOT NULL CHECK (length(agency_name) BETWEEN 1 AND 200),
  centre_name TEXT NOT NULL CHECK (length(centre_name) BETWEEN 1 AND 200),
  province_name TEXT NOT NULL CHECK (length(province_name) BETWEEN 1 AND 100),
  address TEXT,
  phone TEXT,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value)),
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE service_areas (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  ticket_prefix TEXT NOT NULL UNIQUE CHECK (ticket_prefix GLOB '[A-Z]' OR ticket_prefix GLOB '[A-Z][A-Z]'),
  icon TEXT,
  sort_order INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

CREATE TABLE counters (
  id INTEGER PRIMARY KEY,
  number INTEGER NOT NULL UNIQUE CHECK (number > 0),
  name TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

CREATE TABLE counter_areas (
  counter_id INTEGER NOT NULL REFERENCES counters(id) ON DELETE CASCADE,
  area_id INTEGER NOT NULL REFERENCES service_areas(id) ON DELETE CASCADE,
  PRIMARY KEY (counter_id, area_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE procedures (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 500),
  name_folded TEXT NOT NULL,
  area_id INTEGER NOT NULL REFERENCES service_areas(id),
  time_limit_kind TEXT NOT NULL CHECK (time_limit_kind IN ('working_days', 'working_hours', 'same_day')),
  time_limit_value INTEGER CHECK ((time_limit_kind = 'same_day' AND time_limit_value IS NULL)
                                  OR (time_limit_kind <> 'same_day' AND time_limit_value > 0)),
  result_place TEXT,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX procedures_area ON procedures(area_id);

CREATE TABLE procedure_components (
  id INTEGER PRIMARY KEY,
  procedure_id INTEGER NOT NULL REFERENCES procedures(id) ON DELETE CASCADE,
  code TEXT,
  name TEXT NOT NULL,
  originals INTEGER NOT NULL DEFAULT 0 CHECK (originals >= 0),
  copies INTEGER NOT NULL DEFAULT 0 CHECK (copies >= 0),
  mandatory INTEGER NOT NULL DEFAULT 1 CHECK (mandatory IN (0, 1)),
  sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX procedure_components_procedure ON procedure_components(procedure_id, sort_order);

CREATE TABLE procedure_fees (
  id INTEGER PRIMARY KEY,
  procedure_id INTEGER NOT NULL REFERENCES procedures(id) ON DELETE CASCADE,
  code TEXT,
  name TEXT NOT NULL,
  amount INTEGER NOT NULL CHECK (amount >= 0),
  sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX procedure_fees_procedure ON procedure_fees(procedure_id, sort_order);

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE CHECK (username GLOB '[a-z0-9._-]*' AND length(username) BETWEEN 3 AND 32),
  full_name TEXT NOT NULL CHECK (length(full_name) BETWEEN 1 AND 100),
  role TEXT NOT NULL CHECK (role IN ('officer', 'admin')),
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY CHECK (length(token_hash) = 64),
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT
) STRICT;
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE devices (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('terminal', 'printer', 'scanner', 'led_display')),
  name TEXT NOT NULL,
  role TEXT CHECK (role IN ('kiosk', 'display', 'counter', 'admin')),
  counter_id INTEGER REFERENCES counters(id) ON DELETE SET NULL,
  token_hash TEXT UNIQUE,
  config TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(config)),
  paired_at TEXT,
  last_seen_at TEXT,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

CREATE TABLE citizens (
  id INTEGER PRIMARY KEY,
  id_number TEXT UNIQUE CHECK (id_number GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
  old_id_number TEXT CHECK (old_id_number GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
  full_name TEXT NOT NULL CHECK (length(full_name) BETWEEN 1 AND 100),
  name_folded TEXT NOT NULL,
  date_of_birth TEXT,
  gender TEXT CHECK (gender IN ('male', 'female')),
  address TEXT,
  phone TEXT,
  email TEXT,
  verified_from_card INTEGER NOT NULL DEFAULT 0 CHECK (verified_from_card IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX citizens_name ON citizens(name_folded);
CREATE INDEX citizens_phone ON citizens(phone);

CREATE TABLE tickets (
  id INTEGER PRIMARY KEY,
  token TEXT NOT NULL UNIQUE,
  service_day TEXT NOT NULL,
  area_id INTEGER NOT NULL REFERENCES service_areas(id),
  seq INTEGER NOT NULL CHECK (seq > 0),
  number TEXT NOT NULL,
  priority TEXT CHECK (priority IN ('elderly', 'disabled', 'pregnant', 'merit', 'with_child')),
  status TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'serving', 'done', 'no_show')),
  counter_id INTEGER REFERENCES counters(id),
  citizen_id INTEGER REFERENCES citizens(id),
  issued_at TEXT NOT NULL,
  called_at TEXT,
  started_at TEXT,
  finished_at TEXT,
  UNIQUE (service_day, area_id, seq)
) STRICT;
CREATE INDEX tickets_waiting ON tickets(service_day, status, area_id);

CREATE TABLE dossiers (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  receipt_day TEXT NOT NULL,
  seq INTEGER NOT NULL CHECK (seq BETWEEN 1 AND 9999),
  procedure_id INTEGER NOT NULL REFERENCES procedures(id),
  applicant_id INTEGER NOT NULL REFERENCES citizens(id),
  submitter_id INTEGER REFERENCES citizens(id),
  ticket_id INTEGER REFERENCES tickets(id),
  counter_id INTEGER REFERENCES counters(id),
  received_by INTEGER REFERENCES users(id),
  channel INTEGER NOT NULL DEFAULT 1 CHECK (channel IN (1, 2, 3)),
  applicant_kind INTEGER NOT NULL DEFAULT 1 CHECK (applicant_kind IN (1, 2, 3, 4)),
  status INTEGER NOT NULL CHECK (status BETWEEN 1 AND 10),
  summary TEXT CHECK (summary IS NULL OR length(summary) <= 1000),
  sets INTEGER NOT NULL DEFAULT 1 CHECK (sets > 0),
  fees_total INTEGER NOT NULL DEFAULT 0 CHECK (fees_total >= 0),
  result_delivery INTEGER NOT NULL DEFAULT 0 CHECK (result_delivery IN (0, 1)),
  notes TEXT,
  received_at TEXT NOT NULL,
  due_at TEXT NOT NULL,
  finished_at TEXT,
  returned_at TEXT,
  refused_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (receipt_day, seq)
) STRICT;
CREATE INDEX dossiers_applicant ON dossiers(applicant_id);
CREATE INDEX dossiers_status_due ON dossiers(status, due_at);

CREATE TABLE dossier_documents (
  id INTEGER PRIMARY KEY,
  dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
  component_id INTEGER REFERENCES procedure_components(id),
  name TEXT NOT NULL,
  originals INTEGER NOT NULL DEFAULT 0 CHECK (originals >= 0),
  copies INTEGER NOT NULL DEFAULT 0 CHECK (copies >= 0),
  sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX dossier_documents_dossier ON dossier_documents(dossier_id);

CREATE TABLE attachments (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  size INTEGER NOT NULL CHECK (size >= 0),
  media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE dossier_attachments (
  dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
  sha256 TEXT NOT NULL REFERENCES attachments(sha256),
  document_id INTEGER REFERENCES dossier_documents(id) ON DELETE SET NULL,
  file_name TEXT NOT NULL,
  PRIMARY KEY (dossier_id, sha256)
) STRICT;

CREATE TABLE dossier_events (
  id INTEGER PRIMARY KEY,
  dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
  status_from INTEGER CHECK (status_from BETWEEN 1 AND 10),
  status_to INTEGER NOT NULL CHECK (status_to BETWEEN 1 AND 10),
  source TEXT NOT NULL CHECK (source IN ('counter', 'province')),
  note TEXT,
  actor_user_id INTEGER REFERENCES users(id),
  at TEXT NOT NULL
) STRICT;
CREATE INDEX dossier_events_dossier ON dossier_events(dossier_id, at);

CREATE TABLE ratings (
  id INTEGER PRIMARY KEY,
  dossier_id INTEGER REFERENCES dossiers(id),
  ticket_id INTEGER REFERENCES tickets(id),
  comment TEXT CHECK (comment IS NULL OR length(comment) <= 1000),
  created_at TEXT NOT NULL,
  CHECK (dossier_id IS NOT NULL OR ticket_id IS NOT NULL)
) STRICT;
CREATE UNIQUE INDEX ratings_one_per_dossier ON ratings(dossier_id) WHERE dossier_id IS NOT NULL;
CREATE UNIQUE INDEX ratings_one_per_ticket ON ratings(ticket_id) WHERE ticket_id IS NOT NULL;

CREATE TABLE rating_scores (
  rating_id INTEGER NOT NULL REFERENCES ratings(id) ON DELETE CASCADE,
  criterion TEXT NOT NULL CHECK (criterion IN ('time', 'visits', 'disclosure', 'attitude', 'convenience', 'overall')),
  level INTEGER NOT NULL CHECK (level IN (1, 2, 3)),
  PRIMARY KEY (rating_id, criterion)
) STRICT, WITHOUT ROWID;

CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  aggregate_type TEXT NOT NULL,
  aggregate_id TEXT NOT NULL,
  payload TEXT NOT NULL CHECK (json_valid(payload)),
  created_at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  next_attempt_at TEXT,
  acknowledged_at TEXT,
  parked_at TEXT,
  parked_reason TEXT
) STRICT;
CREATE INDEX outbox_pending ON outbox(seq) WHERE acknowledged_at IS NULL AND parked_at IS NULL;

CREATE TABLE sync_state (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT,
  details TEXT NOT NULL CHECK (json_valid(details)),
  prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
  hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
) STRICT;
`,
};
