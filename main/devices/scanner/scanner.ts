/**
 * What the counter sees of a barcode/QR scanner, whatever its cable speaks
 * (USB-serial, HID-POS; the keyboard wedge lives in the renderer): it starts,
 * stops, hands over scans and says whether the device is there. Services never
 * see a port, a report or a driver.
 */
import type { ScannerFault } from './scannerError';

/** Where a scan came from; the UI words its advice by it (a wedge cannot carry Vietnamese). */
export type ScanSource = 'serial' | 'hid-pos' | 'keyboard-wedge';

/** A scan whose bytes were valid UTF-8: the text, NFC, without the scanner's suffix. */
export interface TextScan {
  kind: 'text';
  text: string;
  source: ScanSource;
  /** AIM symbology identifier ("]Q1" for QR) when the transport carries one. */
  symbology: string | null;
}

/** Why a scan's bytes could not be turned into text. */
export type GarbledReason = 'invalid_utf8' | 'too_long';

/**
 * A scan we refuse to turn into text: showing U+FFFD where "ễ" was would let a
 * wrong name into a dossier. It carries no bytes, because they are personal data.
 */
export interface GarbledScan {
  kind: 'garbled';
  reason: GarbledReason;
  byteLength: number;
  source: ScanSource;
  symbology: string | null;
}

export type ScanResult = TextScan | GarbledScan;

export type ScannerState = 'connected' | 'disconnected' | 'error';

export interface ScannerStatusDetail {
  /** null when connected. */
  fault: ScannerFault | null;
  /** Vietnamese, for the counter's status bar. */
  message: string;
  /** English, for logs; names the device path, never scan contents. */
  detail: string;
  /** When the next connection attempt happens, or null when none is scheduled. */
  retryInMs: number | null;
}

export interface ScannerEvents {
  /** A scan that decoded to text. */
  scan: [text: string, scan: TextScan];
  /** A scan that did not (bad UTF-8, runaway data): show the reason, do not fill the form. */
  garbled: [scan: GarbledScan];
  status: [state: ScannerState, detail: ScannerStatusDetail];
}

export interface Scanner {
  /**
   * Begins connecting. Resolves after the first attempt, connected or not: a
   * missing device is reported through 'status' and retried with back-off.
   */
  start(): Promise<void>;
  /** Closes the device and cancels any retry; no event follows. */
  stop(): Promise<void>;
  on<E extends keyof ScannerEvents>(event: E, listener: (...args: ScannerEvents[E]) => void): this;
  off<E extends keyof ScannerEvents>(event: E, listener: (...args: ScannerEvents[E]) => void): this;
}
