/**
 * Finding a dossier at the return desk: by code (or its prefix), by the 12-digit
 * ID number, by phone, or by name typed with or without diacritics.
 */
import type { DossierSummary } from '@contract';
import type { Repositories } from '../../db/repositories';
import type { SummaryRow } from '../../db/repositories/dossierRepository';
import { foldVietnamese } from '@domain/text/foldVietnamese';
import { isOverdue, statusName } from './dossierViews';

/** FTS5 query: every word must match, the last one as a prefix (the officer may still be typing). */
export function nameQuery(text: string): string | null {
  const words = foldVietnamese(text)
    .split(' ')
    .map((word) => word.replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  if (words.length === 0) return null;
  return words.map((word, index) => (index === words.length - 1 ? `"${word}"*` : `"${word}"`)).join(' ');
}

export function searchDossiers(repos: Repositories, query: string, page: number, pageSize: number, now: Date) {
  const text = query.trim();
  const limit = pageSize + 1;
  const offset = (page - 1) * pageSize;
  const digits = text.replace(/[\s.-]/g, '');
  let rows: SummaryRow[];
  if (/^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}/.test(text)) rows = repos.dossiers.searchByCode(text, limit, offset);
  else if (/^\d{12}$/.test(digits)) rows = repos.dossiers.searchByIdNumber(digits, limit, offset);
  else if (/^(\+84|0)\d{8,10}$/.test(digits)) rows = repos.dossiers.searchByPhone(digits, limit, offset);
  else {
    const fts = nameQuery(text);
    rows = fts ? repos.dossiers.searchByName(fts, limit, offset) : [];
  }
  return { items: rows.slice(0, pageSize).map((row) => summaryOf(row, now)), page, hasMore: rows.length > pageSize };
}

/** Open dossiers past their appointment, the most late first: the return desk's worry list. */
export function overdueDossiers(repos: Repositories, now: Date): DossierSummary[] {
  return repos.dossiers.overdue(now, 200).map((row) => summaryOf(row, now));
}

function summaryOf(row: SummaryRow, now: Date): DossierSummary {
  return {
    id: row.id,
    code: row.code,
    status: row.status,
    statusName: statusName(row.status),
    procedureName: row.procedure_name,
    applicantName: row.applicant_name,
    receivedAt: row.received_at,
    dueAt: row.due_at,
    overdue: isOverdue(row, now),
  };
}
