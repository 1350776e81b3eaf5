/**
 * A 1-bit image packed exactly as thermal printers take it: rows of
 * `bytesPerRow` bytes, most significant bit = leftmost dot, 1 = black (a heated
 * dot). The ESC/POS raster command sends `data` unchanged, so there is no
 * conversion step between the layout and the printer.
 */
export interface MonoBitmap {
  readonly width: number;
  readonly height: number;
  readonly bytesPerRow: number;
  readonly data: Uint8Array;
}

/** A white bitmap of the given size. */
export function createMonoBitmap(width: number, height: number): MonoBitmap {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height < 0) {
    throw new RangeError(`Bitmap size must be positive integers, got ${width}×${height}`);
  }
  const bytesPerRow = Math.ceil(width / 8);
  return { width, height, bytesPerRow, data: new Uint8Array(bytesPerRow * height) };
}

export function isBlack(bitmap: MonoBitmap, x: number, y: number): boolean {
  if (x < 0 || y < 0 || x >= bitmap.width || y >= bitmap.height) return false;
  const byte = bitmap.data[y * bitmap.bytesPerRow + (x >> 3)] ?? 0;
  return (byte & (0x80 >> (x & 7))) !== 0;
}

/** Sets one dot; dots outside the bitmap are ignored (clipping, not an error). */
export function setDot(bitmap: MonoBitmap, x: number, y: number, black: boolean): void {
  if (x < 0 || y < 0 || x >= bitmap.width || y >= bitmap.height) return;
  const index = y * bitmap.bytesPerRow + (x >> 3);
  const mask = 0x80 >> (x & 7);
  const byte = bitmap.data[index] ?? 0;
  bitmap.data[index] = black ? byte | mask : byte & ~mask;
}

/** Fills the rectangle [x, x + width) × [y, y + height), clipped to the bitmap. */
export function fillRect(bitmap: MonoBitmap, x: number, y: number, width: number, height: number, black: boolean): void {
  const x0 = Math.max(0, Math.floor(x));
  const x1 = Math.min(bitmap.width, Math.floor(x + width));
  const y0 = Math.max(0, Math.floor(y));
  const y1 = Math.min(bitmap.height, Math.floor(y + height));
  for (let row = y0; row < y1; row++) fillRowSpan(bitmap, row, x0, x1, black);
}

/** Sets dots [x0, x1) of one row, a byte at a time where it can. */
export function fillRowSpan(bitmap: MonoBitmap, row: number, x0: number, x1: number, black: boolean): void {
  if (row < 0 || row >= bitmap.height) return;
  const start = Math.max(0, x0);
  const end = Math.min(bitmap.width, x1);
  const base = row * bitmap.bytesPerRow;
  let x = start;
  while (x < end) {
    if ((x & 7) === 0 && end - x >= 8) {
      bitmap.data[base + (x >> 3)] = black ? 0xff : 0x00;
      x += 8;
    } else {
      setDot(bitmap, x, row, black);
      x += 1;
    }
  }
}

/** How many dots are black: a cheap fingerprint for tests and sanity checks. */
export function countBlack(bitmap: MonoBitmap): number {
  let count = 0;
  for (let y = 0; y < bitmap.height; y++) {
    for (let x = 0; x < bitmap.width; x++) if (isBlack(bitmap, x, y)) count++;
  }
  return count;
}
