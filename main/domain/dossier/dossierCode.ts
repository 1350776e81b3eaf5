/**
 * The national dossier code: `{agency identifier}-{yyMMdd}-{NNNN}`, the receipt
 * date in Vietnam time and a 4-digit sequence per agency that restarts each day,
 * e.g. 000.17.22.H56-210531-0001.
 */
import { AppError } from '../../../preload/contract/errors';
import { vietnamLocal } from '../time/vietnamTime';

export const maxDailyDossiers = 9999;
const pattern = /^(\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2})-(\d{6})-(\d{4})$/;

export function dossierCode(agencyCode: string, receivedAt: Date, seq: number): string {
  if (!Number.isInteger(seq) || seq < 1 || seq > maxDailyDossiers) {
    throw new AppError('CONFLICT', {
      message: `Đã hết số thứ tự hồ sơ trong ngày (tối đa ${maxDailyDossiers}).`,
      detail: `Daily dossier sequence ${seq} outside 1..${maxDailyDossiers}`,
    });
  }
  const local = vietnamLocal(receivedAt);
  const yymmdd = `${String(local.year % 100).padStart(2, '0')}${String(local.month).padStart(2, '0')}${String(local.day).padStart(2, '0')}`;
  return `${agencyCode}-${yymmdd}-${String(seq).padStart(4, '0')}`;
}

export function parseDossierCode(code: string): { agencyCode: string; yymmdd: string; seq: number } | null {
  const match = pattern.exec(code.trim());
  return match ? { agencyCode: match[1]!, yymmdd: match[2]!, seq: Number(match[3]) } : null;
}
