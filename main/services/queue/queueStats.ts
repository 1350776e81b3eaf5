/**
 * Today's queue figures from the tickets' timestamps: waits (issued → called) and
 * service times (started, or called when nobody pressed "start", → finished).
 */
import type { TimingRow } from '../../db/repositories/queueRepository';
import { vietnamLocal } from '@domain/time/vietnamTime';

export interface KpiRow {
  tickets: number;
  served: number;
  averageWaitMinutes: number | null;
  averageServiceMinutes: number | null;
}

const minutes = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 60_000;
const average = (values: number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null);

export function kpis(rows: readonly TimingRow[]): KpiRow {
  const waits = rows.filter((r) => r.called_at).map((r) => minutes(r.issued_at, r.called_at!));
  const services = rows.filter((r) => r.status === 'done' && r.finished_at).map((r) => minutes(r.started_at ?? r.called_at ?? r.issued_at, r.finished_at!));
  return { tickets: rows.length, served: rows.filter((r) => r.status === 'done').length, averageWaitMinutes: average(waits), averageServiceMinutes: average(services) };
}

export function issuedPerHour(rows: readonly TimingRow[]): { hour: number; issued: number }[] {
  const counts = Array.from({ length: 24 }, (_, hour) => ({ hour, issued: 0 }));
  for (const row of rows) counts[vietnamLocal(new Date(row.issued_at)).hour]!.issued += 1;
  return counts;
}
