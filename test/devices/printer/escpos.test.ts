import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BAND_ROWS,
  feedLines,
  initialise,
  paperStatusRequest,
  parsePaperStatus,
  partialCut,
  rasterImage,
  ticketJob,
} from '../../../main/devices/printer/escpos';
import { createMonoBitmap, setDot } from '../../../main/print/ticket/monoBitmap';

/** 10 dots wide (2 bytes per row, 6 padding bits), 3 rows: corners, a full row, a blank row. */
function smallBitmap() {
  const bitmap = createMonoBitmap(10, 3);
  setDot(bitmap, 0, 0, true);
  setDot(bitmap, 9, 0, true);
  for (let x = 0; x < 10; x++) setDot(bitmap, x, 1, true);
  return bitmap;
}

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('ESC/POS encoder', () => {
  it('initialises with ESC @', () => {
    expect([...initialise()]).toEqual([0x1b, 0x40]);
  });

  it('sends a small bitmap as one GS v 0 command: m = 0, bytes per row, rows, then the rows MSB first', () => {
    expect(hex(rasterImage(smallBitmap()))).toBe(
      ['1d7630', '00', '0200', '0300', '8040', 'ffc0', '0000'].join(''),
    );
  });

  it('splits a bitmap taller than a band into back-to-back commands that keep every row', () => {
    expect(hex(rasterImage(smallBitmap(), 2))).toBe(
      ['1d7630000200', '0200', '8040ffc0', '1d7630000200', '0100', '0000'].join(''),
    );
  });

  it('keeps yH at 0 by default: a 600-row ticket goes as 255 + 255 + 90 rows', () => {
    const bytes = rasterImage(createMonoBitmap(384, 600));
    const headers: number[][] = [];
    for (let at = 0; at < bytes.length; ) {
      const header = [...bytes.subarray(at, at + 8)];
      headers.push(header);
      at += 8 + 48 * ((header[6] ?? 0) + 256 * (header[7] ?? 0));
    }
    expect(DEFAULT_BAND_ROWS).toBe(255);
    expect(headers).toEqual([
      [0x1d, 0x76, 0x30, 0, 48, 0, 255, 0],
      [0x1d, 0x76, 0x30, 0, 48, 0, 255, 0],
      [0x1d, 0x76, 0x30, 0, 48, 0, 90, 0],
    ]);
    expect(bytes.length).toBe(3 * 8 + 48 * 600);
  });

  it('refuses a band size or a row width the command cannot carry', () => {
    expect(() => rasterImage(smallBitmap(), 0)).toThrow(RangeError);
    expect(() => rasterImage(createMonoBitmap(2048, 1))).toThrow(RangeError);
  });

  it('feeds n lines with ESC d n, within 0..255', () => {
    expect([...feedLines(4)]).toEqual([0x1b, 0x64, 4]);
    expect(() => feedLines(256)).toThrow(RangeError);
    expect(() => feedLines(-1)).toThrow(RangeError);
  });

  it('cuts with GS V 66 0: feed to the cutter, then a partial cut', () => {
    expect([...partialCut()]).toEqual([0x1d, 0x56, 0x42, 0x00]);
  });

  it('builds a ticket job: initialise, image, feed, cut, in that order', () => {
    const bitmap = smallBitmap();
    expect(hex(ticketJob(bitmap, { feed: 3 }))).toBe(hex(initialise()) + hex(rasterImage(bitmap)) + '1b6403' + '1d564200');
  });

  it('asks for the paper sensor with DLE EOT 4', () => {
    expect([...paperStatusRequest()]).toEqual([0x10, 0x04, 0x04]);
  });
});

describe('paper status byte (answer to DLE EOT 4)', () => {
  it('reads 0x12 as paper present and not near its end', () => {
    expect(parsePaperStatus(0x12)).toEqual({ nearEnd: false, out: false });
  });

  it('reads bits 2–3 as the near-end sensor', () => {
    expect(parsePaperStatus(0x1e)).toEqual({ nearEnd: true, out: false });
  });

  it('reads bits 5–6 as the paper-end sensor', () => {
    expect(parsePaperStatus(0x72)).toEqual({ nearEnd: false, out: true });
    expect(parsePaperStatus(0x7e)).toEqual({ nearEnd: true, out: true });
  });

  it('rejects bytes whose fixed bits are wrong: they are not a status answer', () => {
    for (const byte of [0x00, 0x10, 0x02, 0x13, 0x92, 0xff, 256, -1]) expect(parsePaperStatus(byte)).toBeNull();
  });
});
