/**
 * Cuts the byte stream of a serial scanner into scans. Scanners end each scan
 * with a suffix (CR, LF or CR LF, set in the scanner's menu); the OS hands the
 * stream over in chunks that ignore those boundaries, so a scan may arrive in
 * pieces and one chunk may hold several scans. A scanner set to send no suffix
 * is served by the caller: after an idle gap it takes what is pending.
 * Bytes are kept as bytes until a scan is whole, because a UTF-8 letter may be
 * split between two chunks.
 */
export const CR = 0x0d;
export const LF = 0x0a;

export interface ScanFramerOptions {
  /** Bytes that end a scan. Empty scans (the LF of CR LF) are skipped. */
  terminators?: readonly number[];
  /** A scan longer than this is refused: a CCCD QR is ~150 bytes, the biggest QR ~3 KB. */
  maxScanBytes?: number;
}

export type Frame = { kind: 'scan'; bytes: Uint8Array } | { kind: 'overlong'; byteLength: number };

export class ScanFramer {
  private readonly terminators: ReadonlySet<number>;
  private readonly maxScanBytes: number;
  private parts: Uint8Array[] = [];
  private pendingLength = 0;
  /** After an overlong scan, the rest of it up to the next terminator is dropped. */
  private discarding = false;

  constructor(options: ScanFramerOptions = {}) {
    this.terminators = new Set(options.terminators ?? [CR, LF]);
    this.maxScanBytes = options.maxScanBytes ?? 4096;
  }

  /** The scans that `chunk` completed, in order. */
  push(chunk: Uint8Array): Frame[] {
    const frames: Frame[] = [];
    let start = 0;
    for (let at = 0; at < chunk.length; at++) {
      if (!this.terminators.has(chunk[at]!)) continue;
      this.keep(chunk.subarray(start, at), frames);
      const frame = this.endScan();
      if (frame) frames.push(frame);
      start = at + 1;
    }
    this.keep(chunk.subarray(start), frames);
    return frames;
  }

  /** True while part of a scan is waiting for its end. */
  hasPending(): boolean {
    return this.pendingLength > 0 || this.discarding;
  }

  /** Ends the pending scan now (the scanner went quiet): the scan, or null when nothing usable is pending. */
  takePending(): Frame | null {
    return this.endScan();
  }

  /** Forgets a partial scan (the port closed in the middle of it). */
  clear(): void {
    this.parts = [];
    this.pendingLength = 0;
    this.discarding = false;
  }

  private keep(bytes: Uint8Array, frames: Frame[]): void {
    if (bytes.length === 0 || this.discarding) return;
    if (this.pendingLength + bytes.length > this.maxScanBytes) {
      frames.push({ kind: 'overlong', byteLength: this.pendingLength + bytes.length });
      this.clear();
      this.discarding = true;
      return;
    }
    // Copied (Buffer#slice would not): the stream reuses its read pool for the next chunks.
    this.parts.push(new Uint8Array(bytes));
    this.pendingLength += bytes.length;
  }

  private endScan(): Frame | null {
    const wasDiscarding = this.discarding;
    const bytes = concatenate(this.parts, this.pendingLength);
    this.clear();
    if (wasDiscarding || bytes.length === 0) return null;
    return { kind: 'scan', bytes };
  }
}

function concatenate(parts: readonly Uint8Array[], length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}
