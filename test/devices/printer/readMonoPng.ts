/**
 * A tiny PNG reader for the golden tickets: 1-bit greyscale, not interlaced
 * (what encodeMonoBitmapPng writes), all five row filters, CRCs checked. Kept in
 * the tests so the golden is read independently of the code that wrote it.
 */
import { inflateSync } from 'node:zlib';
import { crc32 } from '../../../main/print/ticket/monoBitmapPng';
import type { MonoBitmap } from '../../../main/print/ticket/monoBitmap';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function readMonoPng(file: Buffer): MonoBitmap {
  if (!file.subarray(0, 8).equals(SIGNATURE)) throw new Error('Not a PNG file');
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  for (;;) {
    const length = file.readUInt32BE(at);
    const type = file.toString('latin1', at + 4, at + 8);
    const body = file.subarray(at + 8, at + 8 + length);
    if (file.readUInt32BE(at + 8 + length) !== crc32(file.subarray(at + 4, at + 8 + length))) throw new Error(`Bad CRC in ${type}`);
    at += 12 + length;
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 1 || body[9] !== 0 || body[12] !== 0) throw new Error('Only 1-bit greyscale, non-interlaced PNGs are supported');
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
  }
  const bytesPerRow = Math.ceil(width / 8);
  const raw = inflateSync(Buffer.concat(idat));
  const data = new Uint8Array(bytesPerRow * height);
  const previous = new Uint8Array(bytesPerRow);
  const row = new Uint8Array(bytesPerRow);
  for (let y = 0; y < height; y++) {
    const base = y * (bytesPerRow + 1);
    const filter = raw[base];
    for (let i = 0; i < bytesPerRow; i++) {
      const x = raw[base + 1 + i] ?? 0;
      const a = i > 0 ? (row[i - 1] ?? 0) : 0; // bytes per pixel rounds up to 1 at bit depth 1
      const b = previous[i] ?? 0;
      const c = i > 0 ? (previous[i - 1] ?? 0) : 0;
      const predictor = filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth(a, b, c);
      row[i] = (x + predictor) & 0xff;
    }
    previous.set(row);
    // PNG greyscale: 1 = white; the printer's bitmap: 1 = black.
    for (let i = 0; i < bytesPerRow; i++) data[y * bytesPerRow + i] = ~(row[i] ?? 0) & 0xff;
    // Padding bits past the width are not part of the image.
    if (width % 8 !== 0) data[y * bytesPerRow + bytesPerRow - 1] = (data[y * bytesPerRow + bytesPerRow - 1] ?? 0) & (0xff << (8 - (width % 8)));
  }
  return { width, height, bytesPerRow, data };
}
