import { describe, expect, it } from 'vitest';
import { createMonoBitmap, setDot } from '../../../main/print/ticket/monoBitmap';
import { crc32, encodeMonoBitmapPng } from '../../../main/print/ticket/monoBitmapPng';
import { readMonoPng } from './readMonoPng';

describe('PNG of a 1-bit bitmap', () => {
  it('uses the standard CRC-32 ("123456789" → CBF43926)', () => {
    expect(crc32(Buffer.from('123456789')).toString(16)).toBe('cbf43926');
  });

  it('writes a 1-bit greyscale PNG that reads back dot for dot, odd widths included', () => {
    const bitmap = createMonoBitmap(13, 5);
    for (const [x, y] of [[0, 0], [12, 0], [6, 2], [12, 4], [3, 4]] as const) setDot(bitmap, x, y, true);
    const png = encodeMonoBitmapPng(bitmap);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png[24], png[25]]).toEqual([1, 0]); // bit depth 1, colour type greyscale
    const back = readMonoPng(png);
    expect({ width: back.width, height: back.height }).toEqual({ width: 13, height: 5 });
    expect([...back.data]).toEqual([...bitmap.data]);
  });
});
