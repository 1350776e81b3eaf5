import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '@domain/errors';
import { isBlack, type MonoBitmap } from '../../../main/print/ticket/monoBitmap';
import { encodeMonoBitmapPng } from '../../../main/print/ticket/monoBitmapPng';
import { qrModules } from '../../../main/print/ticket/qrSymbol';
import { renderTicketBitmap, type TicketContent, type TicketWidthDots } from '../../../main/print/ticket/ticketLayout';
import { readMonoPng } from './readMonoPng';
import { goldenDir, sampleTicket, ticketFonts } from './ticketFixture';

const render = (content: TicketContent, widthDots: TicketWidthDots = 384): MonoBitmap => renderTicketBitmap(content, { widthDots }, ticketFonts());

function differingDots(a: MonoBitmap, b: MonoBitmap): number {
  let count = 0;
  for (let i = 0; i < a.data.length; i++) {
    let x = (a.data[i] ?? 0) ^ (b.data[i] ?? 0);
    for (; x; x &= x - 1) count++;
  }
  return count;
}

/** Columns [from, to) that hold no black dot in any row. */
function blankColumns(bitmap: MonoBitmap, from: number, to: number): boolean {
  for (let y = 0; y < bitmap.height; y++) for (let x = from; x < to; x++) if (isBlack(bitmap, x, y)) return false;
  return true;
}

function blankRows(bitmap: MonoBitmap, from: number, to: number): boolean {
  for (let y = from; y < to; y++) for (let x = 0; x < bitmap.width; x++) if (isBlack(bitmap, x, y)) return false;
  return true;
}

/** Rows black from `margin` to `width − margin`: the priority band. */
function solidRows(bitmap: MonoBitmap, margin: number): number {
  let rows = 0;
  for (let y = 0; y < bitmap.height; y++) {
    let solid = true;
    for (let x = margin; x < bitmap.width - margin && solid; x++) solid = isBlack(bitmap, x, y);
    if (solid) rows++;
  }
  return rows;
}

describe('ticket raster: golden images', () => {
  // To accept a deliberate layout change: UPDATE_GOLDEN=1 npx vitest run … test/devices/printer/ticketRaster.test.ts,
  // then look at the PNGs before committing them.
  for (const [widthDots, name] of [[384, 'ticket-58mm.png'], [576, 'ticket-80mm.png']] as const) {
    it(`renders the sample ticket at ${widthDots} dots exactly as golden/${name}`, () => {
      const bitmap = render(sampleTicket, widthDots);
      const goldenPath = join(goldenDir, name);
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenPath, encodeMonoBitmapPng(bitmap));
      const golden = readMonoPng(readFileSync(goldenPath));
      const actualPath = join(tmpdir(), `motcua-actual-${name}`);
      const same = golden.width === bitmap.width && golden.height === bitmap.height && differingDots(golden, bitmap) === 0;
      if (!same) writeFileSync(actualPath, encodeMonoBitmapPng(bitmap));
      expect(same, `the ticket differs from golden/${name} (${bitmap.width}×${bitmap.height} vs ${golden.width}×${golden.height}); actual written to ${actualPath}`).toBe(true);
    });
  }
});

describe('ticket raster: layout rules', () => {
  it('is exactly 384 or 576 dots wide, with blank side margins (nothing clipped) and blank top and bottom rows', () => {
    for (const widthDots of [384, 576] as const) {
      const bitmap = render(sampleTicket, widthDots);
      const margin = (12 * widthDots) / 384;
      expect(bitmap.width).toBe(widthDots);
      expect(blankColumns(bitmap, 0, margin)).toBe(true);
      expect(blankColumns(bitmap, widthDots - margin, widthDots)).toBe(true);
      expect(blankRows(bitmap, 0, 4)).toBe(true);
      expect(blankRows(bitmap, bitmap.height - 4, bitmap.height)).toBe(true);
    }
  });

  it('wraps a long centre name and breaks an over-long word instead of clipping them', () => {
    const long = render({
      ...sampleTicket,
      centreName: 'Trung tâm Phục vụ hành chính công đặc khu Côn Đảo, tỉnh Bà Rịa – Vũng Tàu (điểm tiếp nhận số 2)',
      areaName: 'Chứngthựcbảnsaotừbảnchínhchữkýhợpđồnggiaodịch',
    });
    expect(long.height).toBeGreaterThan(render(sampleTicket).height + 60);
    expect(blankColumns(long, 0, 12)).toBe(true);
    expect(blankColumns(long, 384 - 12, 384)).toBe(true);
  });

  it('shrinks a long ticket number to fit the width', () => {
    const bitmap = render({ ...sampleTicket, number: 'HT-1015' });
    expect(blankColumns(bitmap, 0, 12)).toBe(true);
    expect(blankColumns(bitmap, 384 - 12, 384)).toBe(true);
  });

  it('prints the priority band only for a priority ticket', () => {
    expect(solidRows(render(sampleTicket), 12)).toBeGreaterThanOrEqual(12); // the band's padding above and below the text
    expect(solidRows(render({ ...sampleTicket, priorityLabel: null }), 12)).toBe(0);
  });

  it('carries the whole QR symbol of the tracking URL, each module a square of whole dots', () => {
    const modules = qrModules(sampleTicket.trackingUrl);
    const bitmap = render(sampleTicket);
    const found: Array<{ scale: number; top: number }> = [];
    for (let scale = 2; scale <= 10; scale++) {
      const span = (modules.size + 8) * scale;
      const left = Math.floor((bitmap.width - span) / 2) + 4 * scale;
      for (let top = 0; top + modules.size * scale <= bitmap.height; top++) {
        let match = true;
        for (let i = 0; i < modules.size * modules.size && match; i++) {
          const dark = modules.data[i] === 1;
          const x = left + (i % modules.size) * scale;
          const y = top + Math.floor(i / modules.size) * scale;
          match = isBlack(bitmap, x, y) === dark && isBlack(bitmap, x + scale - 1, y + scale - 1) === dark;
        }
        if (match) found.push({ scale, top });
      }
    }
    expect(found).toHaveLength(1);
    expect(found[0]!.scale).toBeGreaterThanOrEqual(4); // ≥ 0.5 mm modules: phones read them off thermal paper
  });

  it('refuses a width other than 384 or 576 dots and a negative queue length', () => {
    const width = () => renderTicketBitmap(sampleTicket, { widthDots: 500 as TicketWidthDots }, ticketFonts());
    expect(width).toThrow(AppError);
    expect(width).toThrow(/384 or 576/);
    expect(() => render({ ...sampleTicket, peopleAhead: -1 })).toThrow(/peopleAhead/);
  });
});
