/**
 * From the bytes of one scan to a scan result. CCCD QR codes carry UTF-8, and
 * serial and HID-POS scanners pass the bytes through untouched, so "Nguyễn"
 * arrives intact. Bytes that are not UTF-8 (a scanner set to a code page, line
 * noise) become a garbled result: decoding them leniently would put U+FFFD or
 * mojibake into a citizen's name.
 */
import type { ScanResult, ScanSource } from './scanner';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export interface ScanOrigin {
  source: ScanSource;
  symbology?: string | null;
}

export function decodeScanBytes(bytes: Uint8Array, origin: ScanOrigin): ScanResult {
  const symbology = origin.symbology ?? null;
  let text: string;
  try {
    // Also drops a leading byte-order mark, which some scanners send before UTF-8 data.
    text = strictUtf8.decode(bytes);
  } catch {
    return { kind: 'garbled', reason: 'invalid_utf8', byteLength: bytes.length, source: origin.source, symbology };
  }
  // Composed letters, because the form, search and the CCCD rules compare composed text.
  return { kind: 'text', text: text.normalize('NFC'), source: origin.source, symbology };
}

/** The result for a scan that outgrew the buffer before it ended. */
export function overlongScan(byteLength: number, origin: ScanOrigin): ScanResult {
  return { kind: 'garbled', reason: 'too_long', byteLength, source: origin.source, symbology: origin.symbology ?? null };
}
