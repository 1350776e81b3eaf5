/**
 * A minimal PNG encoder for 1-bit bitmaps, so a person can look at exactly the
 * dots the printer will get (golden tickets, support screenshots). Greyscale at
 * bit depth 1 packs rows the same way as the printer, only with 0 = black.
 */
import { crc32 as zlibCrc32, deflateSync } from 'node:zlib';
import type { MonoBitmap } from './monoBitmap';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** CRC-32 (ISO 3309, as PNG chunks use) of the bytes. */
export function crc32(bytes: Uint8Array): number {
  return zlibCrc32(bytes);
}

function chunk(type: string, body: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, 'latin1');
  out.set(body, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
  return out;
}

export function encodeMonoBitmapPng(bitmap: MonoBitmap): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(bitmap.width, 0);
  header.writeUInt32BE(bitmap.height, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  // compression, filter method and interlace stay 0
  const rows = Buffer.alloc((bitmap.bytesPerRow + 1) * bitmap.height);
  for (let y = 0; y < bitmap.height; y++) {
    const at = y * (bitmap.bytesPerRow + 1);
    rows[at] = 0; // filter type None: 1-bit images gain little from the others
    for (let i = 0; i < bitmap.bytesPerRow; i++) rows[at + 1 + i] = ~(bitmap.data[y * bitmap.bytesPerRow + i] ?? 0) & 0xff;
  }
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}
