import { describe, expect, it } from 'vitest';
import { countBlack, createMonoBitmap, isBlack, type MonoBitmap } from '../../../main/print/ticket/monoBitmap';
import { fillPath, type PathCommand } from '../../../main/print/ticket/scanlineFill';

function rect(x: number, y: number, w: number, h: number, clockwise = true): PathCommand[] {
  const corners = clockwise
    ? [[x, y], [x + w, y], [x + w, y + h], [x, y + h]]
    : [[x, y], [x, y + h], [x + w, y + h], [x + w, y]];
  return [
    { type: 'M', x: corners[0]![0]!, y: corners[0]![1]! },
    ...corners.slice(1).map(([cx, cy]) => ({ type: 'L' as const, x: cx!, y: cy! })),
    { type: 'Z' },
  ];
}

function blackDots(bitmap: MonoBitmap): string[] {
  const dots: string[] = [];
  for (let y = 0; y < bitmap.height; y++) for (let x = 0; x < bitmap.width; x++) if (isBlack(bitmap, x, y)) dots.push(`${x},${y}`);
  return dots;
}

describe('scanline fill', () => {
  it('fills a rectangle on dot boundaries exactly, at every supersampling factor', () => {
    for (const supersample of [1, 2, 4] as const) {
      const bitmap = createMonoBitmap(16, 16);
      fillPath(bitmap, rect(3, 4, 5, 6), { supersample });
      expect(countBlack(bitmap)).toBe(30);
      expect(isBlack(bitmap, 3, 4) && isBlack(bitmap, 7, 9)).toBe(true);
      expect(isBlack(bitmap, 8, 4) || isBlack(bitmap, 3, 10) || isBlack(bitmap, 2, 4)).toBe(false);
    }
  });

  it('sets a dot from half coverage: a 4×4-sampled edge through the middle of a dot column counts it in', () => {
    const bitmap = createMonoBitmap(8, 2);
    fillPath(bitmap, rect(0, 0, 2.5, 2), { supersample: 4 });
    expect(blackDots(bitmap)).toEqual(['0,0', '1,0', '2,0', '0,1', '1,1', '2,1']);
    const stricter = createMonoBitmap(8, 2);
    fillPath(stricter, rect(0, 0, 2.5, 2), { supersample: 4, coverageThreshold: 0.75 });
    expect(countBlack(stricter)).toBe(4);
  });

  it('follows the non-zero winding rule: an inner contour wound the other way is a hole', () => {
    const bitmap = createMonoBitmap(12, 12);
    fillPath(bitmap, [...rect(1, 1, 10, 10, true), ...rect(4, 4, 4, 4, false)]);
    expect(countBlack(bitmap)).toBe(100 - 16);
    expect(isBlack(bitmap, 5, 5)).toBe(false);
  });

  it('follows the non-zero winding rule: overlapping contours wound the same way stay filled', () => {
    const bitmap = createMonoBitmap(12, 12);
    fillPath(bitmap, [...rect(1, 1, 6, 6), ...rect(4, 4, 6, 6)]);
    expect(countBlack(bitmap)).toBe(36 + 36 - 9);
  });

  it('flattens Béziers finely enough that filled curves have their exact areas (cubic circle, quadratic arcs)', () => {
    // Four cubic arcs with k = 0.5523·r are a circle to within 0.03 %.
    const r = 40;
    const c = 50;
    const k = 0.5523 * r;
    const circle: PathCommand[] = [
      { type: 'M', x: c + r, y: c },
      { type: 'C', x1: c + r, y1: c + k, x2: c + k, y2: c + r, x: c, y: c + r },
      { type: 'C', x1: c - k, y1: c + r, x2: c - r, y2: c + k, x: c - r, y: c },
      { type: 'C', x1: c - r, y1: c - k, x2: c - k, y2: c - r, x: c, y: c - r },
      { type: 'C', x1: c + k, y1: c - r, x2: c + r, y2: c - k, x: c + r, y: c },
      { type: 'Z' },
    ];
    const bitmap = createMonoBitmap(100, 100);
    fillPath(bitmap, circle);
    expect(Math.abs(countBlack(bitmap) - Math.PI * r * r) / (Math.PI * r * r)).toBeLessThan(0.01);

    const quadratic = createMonoBitmap(100, 100);
    fillPath(quadratic, [
      { type: 'M', x: c + r, y: c },
      { type: 'Q', x1: c + r, y1: c + r, x: c, y: c + r },
      { type: 'Q', x1: c - r, y1: c + r, x: c - r, y: c },
      { type: 'Q', x1: c - r, y1: c - r, x: c, y: c - r },
      { type: 'Q', x1: c + r, y1: c - r, x: c + r, y: c },
      { type: 'Z' },
    ]);
    // The diamond through the end points (2r²) plus four parabolic segments, each
    // 2/3 of its control triangle (r²/2): exactly 10r²/3.
    expect(Math.abs(countBlack(quadratic) - (10 * r * r) / 3) / ((10 * r * r) / 3)).toBeLessThan(0.01);
  });

  it('closes an open contour and clips what falls outside the bitmap', () => {
    const bitmap = createMonoBitmap(8, 8);
    fillPath(bitmap, [
      { type: 'M', x: -4, y: -4 },
      { type: 'L', x: 4, y: -4 },
      { type: 'L', x: 4, y: 4 },
      { type: 'L', x: -4, y: 4 },
    ]);
    expect(countBlack(bitmap)).toBe(16);
  });

  it('knocks white out of black when asked to', () => {
    const bitmap = createMonoBitmap(8, 8);
    fillPath(bitmap, rect(0, 0, 8, 8));
    fillPath(bitmap, rect(2, 2, 4, 4), { black: false });
    expect(countBlack(bitmap)).toBe(64 - 16);
  });
});
