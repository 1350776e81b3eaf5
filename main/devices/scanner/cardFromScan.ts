/**
 * From a scan to what the intake form fills in: the citizen's card, or the
 * reason the scan is not one (a payment QR, a link, a partial read, text that
 * lost its Vietnamese). The rules are the domain's (parseCccdQr); this only
 * adds the case the domain never sees: bytes that were not text at all.
 */
import { CccdError, parseCccdQr, type CccdCard, type ParseCccdQrOptions } from '@domain/cccd';
import type { ScanResult } from './scanner';

export type CardFromScan = { kind: 'card'; card: CccdCard } | { kind: 'refused'; error: CccdError };

function undecodableScan(scan: Extract<ScanResult, { kind: 'garbled' }>): CccdError {
  if (scan.reason === 'too_long') {
    return new CccdError('not_cccd', 'payload', {
      message: 'Dữ liệu quét được quá dài, không phải mã QR của thẻ căn cước. Hãy quét mã QR ở mặt trước thẻ căn cước.',
      detail: `Scan of ${scan.byteLength} bytes exceeds the scan buffer`,
    });
  }
  return new CccdError('garbled', 'payload', {
    message:
      'Dữ liệu từ máy quét không đọc được thành chữ (sai bảng mã). ' +
      'Hãy đặt máy quét gửi dữ liệu dạng UTF-8 ở chế độ HID-POS hoặc USB-serial rồi quét lại.',
    detail: `Scan of ${scan.byteLength} bytes from ${scan.source} is not valid UTF-8`,
  });
}

/**
 * The card a scan carries, or the CccdError that explains why it carries none.
 * Takes a scanner's result or the bare text of one. Never throws for a scan.
 */
export function cardFromScan(scan: ScanResult | string, options: ParseCccdQrOptions = {}): CardFromScan {
  if (typeof scan !== 'string' && scan.kind === 'garbled') return { kind: 'refused', error: undecodableScan(scan) };
  try {
    return { kind: 'card', card: parseCccdQr(typeof scan === 'string' ? scan : scan.text, options) };
  } catch (error) {
    if (error instanceof CccdError) return { kind: 'refused', error };
    throw error;
  }
}
