/**
 * The national dossier code: `{agency identifier}-{yyMMdd}-{NNNN}`, the receipt
 * date in Vietnam time and a 4-digit sequence per agency that restarts each day,
 * e.g. 000.17.22.H56-210531-0001.
 */
import { AppError } from '../errors';
import { zeroPadded } from '../time/dateDigits';
import { vietnamLocal } from '../time/vietnamTime';

export const maxDailyDossiers = 9999;

export function dossierCode(agencyCode: string, receivedAt: Date, seq: number): string {
  if (!Number.isInteger(seq) || seq < 1 || seq > maxDailyDossiers) {
    throw new AppError('CONFLICT', {
      message: `Đã hết số thứ tự hồ sơ trong ngày (tối đa ${maxDailyDossiers}).`,
      detail: `Daily dossier sequence ${seq} outside 1..${maxDailyDossiers}`,
    });
  }
  const local = vietnamLocal(receivedAt);
  const yymmdd = `${zeroPadded(local.year % 100)}${zeroPadded(local.month)}${zeroPadded(local.day)}`;
  return `${agencyCode}-${yymmdd}-${zeroPadded(seq, 4)}`;
}
