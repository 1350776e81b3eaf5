/**
 * The few ESC/POS commands a raster ticket needs, as exact bytes. Pure: no port,
 * no printer; the transports send what this returns.
 *
 * Commands (Epson ESC/POS, implemented by practically every 58/80 mm thermal printer):
 * - ESC @            1B 40              initialise: clears modes left by a previous job.
 * - GS v 0 m xL xH yL yH d…  1D 76 30 …  raster bit image, m = 0 (normal density),
 *                    x = bytes per row, y = rows, data row-major, MSB = leftmost dot.
 * - ESC d n          1B 64 n            print the buffer and feed n lines.
 * - GS V 66 n        1D 56 42 n         cut, function B: feed to the cutter, then partial cut.
 * - DLE EOT 4        10 04 04           real-time status request: paper roll sensor.
 */
import type { MonoBitmap } from '../../print/ticket/monoBitmap';

const ESC = 0x1b;
const GS = 0x1d;
const DLE = 0x10;
const EOT = 0x04;

/**
 * Rows per GS v 0 command. A ticket is sent as several bands printed back to back
 * (each band advances the paper by its own height, so there is no gap between
 * them). Why split at all: the allowed y range differs by model (Epson documents
 * different maxima per printer), and many low-cost printers start printing a
 * raster command only after all of its data has arrived, so a whole ticket in
 * one command (~70 KB at 576 dots) can overrun their receive buffer. With at most
 * 255 rows yH is always 0, the form every implementation accepts, and a band is
 * at most 255 × 72 = 18 KB.
 */
export const DEFAULT_BAND_ROWS = 255;

/** GS v 0 accepts at most 65535 bytes per row, but no printer is wider than 128 (1024 dots). */
const MAX_BYTES_PER_ROW = 128;

export function initialise(): Uint8Array {
  return Uint8Array.of(ESC, 0x40);
}

/** One GS v 0 command per band of at most `maxBandRows` rows. */
export function rasterImage(bitmap: MonoBitmap, maxBandRows: number = DEFAULT_BAND_ROWS): Uint8Array {
  if (!Number.isInteger(maxBandRows) || maxBandRows < 1 || maxBandRows > 0xffff) {
    throw new RangeError(`maxBandRows must be an integer in 1..65535, got ${maxBandRows}`);
  }
  if (bitmap.bytesPerRow < 1 || bitmap.bytesPerRow > MAX_BYTES_PER_ROW) {
    throw new RangeError(`Raster rows must be 1..${MAX_BYTES_PER_ROW} bytes wide, got ${bitmap.bytesPerRow}`);
  }
  const bands = Math.ceil(bitmap.height / maxBandRows);
  const out = new Uint8Array(bands * 8 + bitmap.bytesPerRow * bitmap.height);
  let at = 0;
  for (let row = 0; row < bitmap.height; row += maxBandRows) {
    const rows = Math.min(maxBandRows, bitmap.height - row);
    out.set([GS, 0x76, 0x30, 0, bitmap.bytesPerRow & 0xff, bitmap.bytesPerRow >> 8, rows & 0xff, rows >> 8], at);
    at += 8;
    const data = bitmap.data.subarray(row * bitmap.bytesPerRow, (row + rows) * bitmap.bytesPerRow);
    out.set(data, at);
    at += data.length;
  }
  return out;
}

/** Prints what is buffered and feeds `lines` lines (0–255). */
export function feedLines(lines: number): Uint8Array {
  if (!Number.isInteger(lines) || lines < 0 || lines > 255) throw new RangeError(`Feed must be 0..255 lines, got ${lines}`);
  return Uint8Array.of(ESC, 0x64, lines);
}

/**
 * Partial cut with GS V 66 0 (function B) rather than GS V 1 (function A):
 * function B first feeds the paper until the last printed row has passed the
 * cutter, whatever the head-to-cutter distance of the model (it varies between
 * about 10 and 20 mm), so the bottom of the ticket is never cut off; with
 * function A we would have to guess that distance in line feeds. A partial cut
 * leaves a small bridge so the ticket does not fall on the floor.
 */
export function partialCut(): Uint8Array {
  return Uint8Array.of(GS, 0x56, 66, 0);
}

/** DLE EOT 4: the printer answers with one byte, even when it is offline or out of paper. */
export function paperStatusRequest(): Uint8Array {
  return Uint8Array.of(DLE, EOT, 4);
}

export interface PaperStatus {
  /** The near-end sensor sees the roll is almost finished: printing still works. */
  nearEnd: boolean;
  /** The end sensor sees no paper: nothing will print. */
  out: boolean;
}

/**
 * Reads the answer to DLE EOT 4. Bits 1 and 4 are always on, bits 0 and 7 always
 * off (that is how a status byte is told apart from other traffic); bits 2–3 are
 * the near-end sensor, bits 5–6 the paper-end sensor. Returns null for a byte
 * that cannot be a status answer.
 */
export function parsePaperStatus(byte: number): PaperStatus | null {
  if (!Number.isInteger(byte) || byte < 0 || byte > 0xff || (byte & 0x93) !== 0x12) return null;
  return { nearEnd: (byte & 0x0c) !== 0, out: (byte & 0x60) !== 0 };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export interface TicketJobOptions {
  /** Blank lines after the image, before the cut. */
  feed?: number;
  maxBandRows?: number;
}

/** A whole ticket: initialise, the image in bands, a little blank paper, partial cut. */
export function ticketJob(bitmap: MonoBitmap, options: TicketJobOptions = {}): Uint8Array {
  return concat([initialise(), rasterImage(bitmap, options.maxBandRows), feedLines(options.feed ?? 3), partialCut()]);
}
