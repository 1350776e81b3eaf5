/**
 * What a scan at the counter is: a citizen's CCCD (intact or garbled by a
 * keyboard-mode scanner), the dossier code from a receipt's QR, the QR of a queue
 * ticket, or something the counter has no use for.
 */
import type { WedgeScan } from './keyboardWedge';

export type ScanMeaning =
  | { kind: 'cccd'; payload: string; idNumber: string }
  | { kind: 'cccdGarbled'; idNumber: string }
  | { kind: 'dossierCode'; code: string }
  | { kind: 'ticket'; token: string }
  | { kind: 'unknown' };

/** Mã hồ sơ: `{agency}-{yyMMdd}-{NNNN}`, the agency after QCVN 102:2016 (e.g. 000.17.22.H56). */
const dossierCodePattern = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{4}$/;
/** A ticket's QR holds the tracking address `…/t/<token>` (or the bare token when no address is set). */
const ticketUrlPattern = /\/t\/([A-Za-z0-9_-]{16,64})\/?$/;
const tokenPattern = /^[A-Za-z0-9_-]{16,64}$/;

export function isDossierCode(text: string): boolean {
  return dossierCodePattern.test(text);
}

/** The ticket token in a scanned or typed ticket QR: the tracking address or the bare token. */
export function ticketTokenOf(text: string): string | null {
  const trimmed = text.trim();
  const fromUrl = ticketUrlPattern.exec(trimmed)?.[1];
  if (fromUrl) return fromUrl;
  return tokenPattern.test(trimmed) && !isDossierCode(trimmed) ? trimmed : null;
}

export function meaningOfScan(scan: WedgeScan): ScanMeaning {
  const text = scan.text.trim();
  if (scan.looksLikeCccd) {
    const idNumber = text.slice(0, 12);
    return scan.vietnameseLost ? { kind: 'cccdGarbled', idNumber } : { kind: 'cccd', payload: text, idNumber };
  }
  const code = text.toUpperCase();
  if (isDossierCode(code)) return { kind: 'dossierCode', code };
  const token = ticketTokenOf(text);
  if (token && /\/t\//.test(text)) return { kind: 'ticket', token };
  return { kind: 'unknown' };
}
