import { dossierStatusCodes, isDueDateRunning, type DossierStatus } from '@domain/dossier';
import type { Db } from '../connection';

export interface DossierRow {
  id: number;
  code: string;
  receipt_day: string;
  seq: number;
  procedure_id: number;
  applicant_id: number;
  submitter_id: number | null;
  ticket_id: number | null;
  counter_id: number | null;
  received_by: number | null;
  channel: number;
  applicant_kind: number;
  status: DossierStatus;
  summary: string | null;
  sets: number;
  fees_total: number;
  result_delivery: number;
  notes: string | null;
  received_at: string;
  due_at: string;
  finished_at: string | null;
  returned_at: string | null;
  refused_at: string | null;
  paused_at: string | null;
  resume_status: number | null;
  ledger_year: number | null;
  ledger_seq: number | null;
  original_due_at: string | null;
  collected_by: string | null;
  request_id: string | null;
}

/** A history line; the last three are set when the event postponed the due date. */
export interface DossierEventRow {
  status_from: number | null;
  status_to: number;
  source: 'counter' | 'province';
  note: string | null;
  actor_name: string | null;
  at: string;
  previous_due_at: string | null;
  new_due_at: string | null;
  postpone_reason: string | null;
}

export interface PostponementRow {
  previous_due_at: string;
  new_due_at: string;
  reason: string;
  at: string;
}

export interface SummaryRow {
  id: number;
  code: string;
  status: DossierStatus;
  procedure_name: string;
  applicant_name: string;
  received_at: string;
  due_at: string;
}

const summaryColumns = `d.id, d.code, d.status, p.name AS procedure_name, c.full_name AS applicant_name, d.received_at, d.due_at`;
const summaryJoins = `FROM dossiers d JOIN procedures p ON p.id = d.procedure_id JOIN citizens c ON c.id = d.applicant_id`;
/** Codes from the domain's own list, so written into the statement rather than bound. */
const dueDateRunningCodes = dossierStatusCodes.filter(isDueDateRunning).join(', ');

/** A request for missing papers (form 02), open until the citizen brings them. */
export interface SupplementRow {
  id: number;
  reason: string;
  items: string;
  contact: string | null;
  requested_at: string;
}

/** Dossiers with their documents, attachments, fees, status events, supplements and prints. */
export interface DossierRepository {
  /** The next number of the day's receipts (the dossier code's sequence). */
  nextDailySeq(day: string): number;
  /** The next entry number in the year's receipt ledger. */
  nextLedgerSeq(year: number): number;
  insert(row: Omit<DossierRow, 'id' | 'finished_at' | 'returned_at' | 'paused_at' | 'resume_status' | 'original_due_at' | 'collected_by'>): number;
  byId(id: number): DossierRow | null;
  byCode(code: string): DossierRow | null;
  /** The dossier a retried request already saved (its idempotency key). */
  byRequestId(requestId: string): DossierRow | null;
  update(row: DossierRow, now: Date): void;
  insertDocument(dossierId: number, doc: { componentId: number | null; name: string; originals: number; copies: number }, order: number): number;
  documents(dossierId: number): { id: number; component_id: number | null; name: string; originals: number; copies: number; component_code: string | null }[];
  linkAttachment(dossierId: number, sha256: string, documentId: number | null, fileName: string): void;
  attachments(dossierId: number): { sha256: string; file_name: string; document_id: number | null; size: number; media_type: string }[];
  insertFee(dossierId: number, name: string, amount: number): void;
  fees(dossierId: number): { name: string; amount: number }[];
  /** Returns the event's id, which a postponement row points to. */
  insertEvent(e: { dossierId: number; from: number | null; to: number; source: 'counter' | 'province'; note: string | null; actorUserId: number | null; at: Date }): number;
  events(dossierId: number): DossierEventRow[];
  /** The postponement as data (missed and new due date, reason) for the history event that recorded it. */
  insertPostponement(eventId: number, previousDueAt: string, newDueAt: string, reason: string): void;
  /** The latest postponement, which form 04 reprints. */
  lastPostponement(dossierId: number): PostponementRow | null;
  insertSupplement(dossierId: number, at: Date, userId: number | null, reason: string, items: unknown, contact: string | null): void;
  openSupplement(dossierId: number): SupplementRow | null;
  lastSupplement(dossierId: number): SupplementRow | null;
  closeSupplement(id: number, at: Date): void;
  recordPrint(dossierId: number, form: string, reprint: boolean, userId: number | null, at: Date): void;
  searchByCode(code: string, limit: number, offset: number): SummaryRow[];
  searchByIdNumber(idNumber: string, limit: number, offset: number): SummaryRow[];
  searchByPhone(phone: string, limit: number, offset: number): SummaryRow[];
  /** `ftsQuery` is an FTS5 query over folded names (see nameQuery). */
  searchByName(ftsQuery: string, limit: number, offset: number): SummaryRow[];
  overdue(now: Date, limit: number): SummaryRow[];
}

export function dossierRepository(db: Db): DossierRepository {
  const nextSeq = db.prepare<[string], { next: number }>('SELECT coalesce(max(seq), 0) + 1 AS next FROM dossiers WHERE receipt_day = ?');
  const nextLedger = db.prepare<[number], { next: number }>('SELECT coalesce(max(ledger_seq), 0) + 1 AS next FROM dossiers WHERE ledger_year = ?');
  const insert = db.prepare(`INSERT INTO dossiers (code, receipt_day, seq, procedure_id, applicant_id, submitter_id, ticket_id, counter_id, received_by,
    channel, applicant_kind, status, summary, sets, fees_total, result_delivery, notes, received_at, due_at, refused_at, ledger_year, ledger_seq,
    request_id, created_at, updated_at)
    VALUES (@code, @receipt_day, @seq, @procedure_id, @applicant_id, @submitter_id, @ticket_id, @counter_id, @received_by, @channel, @applicant_kind,
    @status, @summary, @sets, @fees_total, @result_delivery, @notes, @received_at, @due_at, @refused_at, @ledger_year, @ledger_seq, @request_id,
    @received_at, @received_at)`);
  const byId = db.prepare<[number], DossierRow>('SELECT * FROM dossiers WHERE id = ?');
  const byCode = db.prepare<[string], DossierRow>('SELECT * FROM dossiers WHERE code = ?');
  const byRequest = db.prepare<[string], DossierRow>('SELECT * FROM dossiers WHERE request_id = ?');
  const update = db.prepare(`UPDATE dossiers SET status = @status, due_at = @due_at, paused_at = @paused_at, resume_status = @resume_status,
    returned_at = @returned_at, finished_at = @finished_at, original_due_at = @original_due_at, collected_by = @collected_by, updated_at = @updated_at
    WHERE id = @id`);
  const insertDocument = db.prepare(`INSERT INTO dossier_documents (dossier_id, component_id, name, originals, copies, sort_order)
    VALUES (?, ?, ?, ?, ?, ?)`);
  const documents = db.prepare<[number], { id: number; component_id: number | null; name: string; originals: number; copies: number; component_code: string | null }>(
    `SELECT dd.id, dd.component_id, dd.name, dd.originals, dd.copies, pc.code AS component_code FROM dossier_documents dd
     LEFT JOIN procedure_components pc ON pc.id = dd.component_id WHERE dd.dossier_id = ? ORDER BY dd.sort_order, dd.id`,
  );
  const linkAttachment = db.prepare('INSERT INTO dossier_attachments (dossier_id, sha256, document_id, file_name) VALUES (?, ?, ?, ?)');
  const attachments = db.prepare<[number], { sha256: string; file_name: string; document_id: number | null; size: number; media_type: string }>(
    `SELECT da.sha256, da.file_name, da.document_id, a.size, a.media_type FROM dossier_attachments da JOIN attachments a ON a.sha256 = da.sha256
     WHERE da.dossier_id = ? ORDER BY da.rowid`,
  );
  const insertFee = db.prepare('INSERT INTO dossier_fees (dossier_id, name, amount) VALUES (?, ?, ?)');
  const fees = db.prepare<[number], { name: string; amount: number }>('SELECT name, amount FROM dossier_fees WHERE dossier_id = ? ORDER BY id');
  const insertEvent = db.prepare(`INSERT INTO dossier_events (dossier_id, status_from, status_to, source, note, actor_user_id, at)
    VALUES (@dossierId, @from, @to, @source, @note, @actorUserId, @at)`);
  const events = db.prepare<[number], DossierEventRow>(
    `SELECT e.status_from, e.status_to, e.source, e.note, u.full_name AS actor_name, e.at,
       p.previous_due_at, p.new_due_at, p.reason AS postpone_reason
     FROM dossier_events e LEFT JOIN users u ON u.id = e.actor_user_id LEFT JOIN dossier_postponements p ON p.event_id = e.id
     WHERE e.dossier_id = ? ORDER BY e.id`,
  );
  const insertPostponement = db.prepare(`INSERT INTO dossier_postponements (event_id, previous_due_at, new_due_at, reason)
    VALUES (?, ?, ?, ?)`);
  const lastPostponement = db.prepare<[number], PostponementRow>(
    `SELECT p.previous_due_at, p.new_due_at, p.reason, e.at FROM dossier_postponements p JOIN dossier_events e ON e.id = p.event_id
     WHERE e.dossier_id = ? ORDER BY e.id DESC LIMIT 1`,
  );
  const insertSupplement = db.prepare(`INSERT INTO dossier_supplements (dossier_id, requested_at, requested_by, reason, items, contact)
    VALUES (?, ?, ?, ?, ?, ?)`);
  const openSupplement = db.prepare<[number], { id: number; reason: string; items: string; contact: string | null; requested_at: string }>(
    'SELECT id, reason, items, contact, requested_at FROM dossier_supplements WHERE dossier_id = ? AND received_at IS NULL ORDER BY id DESC LIMIT 1',
  );
  const lastSupplement = db.prepare<[number], { id: number; reason: string; items: string; contact: string | null; requested_at: string }>(
    'SELECT id, reason, items, contact, requested_at FROM dossier_supplements WHERE dossier_id = ? ORDER BY id DESC LIMIT 1',
  );
  const closeSupplement = db.prepare('UPDATE dossier_supplements SET received_at = ? WHERE id = ?');
  const insertPrinted = db.prepare('INSERT INTO printed_forms (dossier_id, form, reprint, printed_by, at) VALUES (?, ?, ?, ?, ?)');

  // A prefix as a range on the code index: codes are ASCII, so prefix + U+FFFF sorts after every code that starts with it.
  const byCodePrefix = db.prepare<[string, string, number, number], SummaryRow>(
    `SELECT ${summaryColumns} ${summaryJoins} WHERE d.code >= ? AND d.code < ? ORDER BY d.code LIMIT ? OFFSET ?`,
  );
  const byIdNumber = db.prepare<[string, number, number], SummaryRow>(
    `SELECT ${summaryColumns} ${summaryJoins} WHERE c.id_number = ? ORDER BY d.received_at DESC LIMIT ? OFFSET ?`,
  );
  const byPhone = db.prepare<[string, number, number], SummaryRow>(
    `SELECT ${summaryColumns} ${summaryJoins} WHERE c.phone = ? ORDER BY d.received_at DESC LIMIT ? OFFSET ?`,
  );
  const byName = db.prepare<[string, number, number], SummaryRow>(
    `SELECT ${summaryColumns} ${summaryJoins} WHERE d.applicant_id IN (SELECT rowid FROM citizens_fts WHERE citizens_fts MATCH ?)
     ORDER BY d.received_at DESC LIMIT ? OFFSET ?`,
  );
  const overdue = db.prepare<[string, number], SummaryRow>(
    `SELECT ${summaryColumns} ${summaryJoins} WHERE d.status IN (${dueDateRunningCodes}) AND d.due_at < ? ORDER BY d.due_at LIMIT ?`,
  );

  return {
    nextDailySeq: (day: string) => nextSeq.get(day)!.next,
    nextLedgerSeq: (year: number) => nextLedger.get(year)!.next,
    insert: (row: Omit<DossierRow, 'id' | 'finished_at' | 'returned_at' | 'paused_at' | 'resume_status' | 'original_due_at' | 'collected_by'>) =>
      Number(insert.run(row).lastInsertRowid),
    byId: (id: number) => byId.get(id) ?? null,
    byCode: (code: string) => byCode.get(code) ?? null,
    byRequestId: (requestId: string) => byRequest.get(requestId) ?? null,
    update: (row: DossierRow, now: Date) => void update.run({ ...row, updated_at: now.toISOString() }),
    insertDocument: (dossierId: number, doc: { componentId: number | null; name: string; originals: number; copies: number }, order: number) =>
      Number(insertDocument.run(dossierId, doc.componentId, doc.name, doc.originals, doc.copies, order).lastInsertRowid),
    documents: (dossierId: number) => documents.all(dossierId),
    linkAttachment: (dossierId: number, sha256: string, documentId: number | null, fileName: string) =>
      void linkAttachment.run(dossierId, sha256, documentId, fileName),
    attachments: (dossierId: number) => attachments.all(dossierId),
    insertFee: (dossierId: number, name: string, amount: number) => void insertFee.run(dossierId, name, amount),
    fees: (dossierId: number) => fees.all(dossierId),
    insertEvent: (e: { dossierId: number; from: number | null; to: number; source: 'counter' | 'province'; note: string | null; actorUserId: number | null; at: Date }) =>
      Number(insertEvent.run({ ...e, at: e.at.toISOString() }).lastInsertRowid),
    events: (dossierId: number) => events.all(dossierId),
    insertPostponement: (eventId: number, previousDueAt: string, newDueAt: string, reason: string) =>
      void insertPostponement.run(eventId, previousDueAt, newDueAt, reason),
    lastPostponement: (dossierId: number) => lastPostponement.get(dossierId) ?? null,
    insertSupplement: (dossierId: number, at: Date, userId: number | null, reason: string, items: unknown, contact: string | null) =>
      void insertSupplement.run(dossierId, at.toISOString(), userId, reason, JSON.stringify(items), contact),
    openSupplement: (dossierId: number) => openSupplement.get(dossierId) ?? null,
    lastSupplement: (dossierId: number) => lastSupplement.get(dossierId) ?? null,
    closeSupplement: (id: number, at: Date) => void closeSupplement.run(at.toISOString(), id),
    recordPrint: (dossierId: number, form: string, reprint: boolean, userId: number | null, at: Date) =>
      void insertPrinted.run(dossierId, form, reprint ? 1 : 0, userId, at.toISOString()),
    searchByCode: (prefix: string, limit: number, offset: number) => byCodePrefix.all(prefix, `${prefix}\uffff`, limit, offset),
    searchByIdNumber: (idNumber: string, limit: number, offset: number) => byIdNumber.all(idNumber, limit, offset),
    searchByPhone: (phone: string, limit: number, offset: number) => byPhone.all(phone, limit, offset),
    searchByName: (ftsQuery: string, limit: number, offset: number) => byName.all(ftsQuery, limit, offset),
    overdue: (now: Date, limit: number) => overdue.all(now.toISOString(), limit),
  };
}
