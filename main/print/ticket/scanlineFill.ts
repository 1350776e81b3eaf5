/**
 * Our own scanline rasteriser for glyph outlines: flattens quadratic and cubic
 * Béziers into line segments, fills with the non-zero winding rule (TrueType
 * contours rely on it: counters wind the other way) and decides each dot from
 * S×S sub-samples, black when at least `coverageThreshold` of them are inside.
 * Anti-aliasing is pointless on a thermal head, so coverage becomes one bit.
 */
import { fillRowSpan, setDot, type MonoBitmap } from './monoBitmap';

/** The outline commands opentype.js produces, already in dot coordinates (y down). */
export type PathCommand =
  | { type: 'M'; x: number; y: number }
  | { type: 'L'; x: number; y: number }
  | { type: 'Q'; x1: number; y1: number; x: number; y: number }
  | { type: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { type: 'Z' };

export interface FillOptions {
  /** Sub-samples per dot along each axis: 1, 2 (2×2) or 4 (4×4). */
  supersample?: 1 | 2 | 4;
  /** Share of sub-samples that must be inside for the dot to be set (0 < t ≤ 1). */
  coverageThreshold?: number;
  /** Ink colour: true prints black, false knocks white out of a black area. */
  black?: boolean;
}

/** Largest distance, in sub-sample units, a flattened curve may stray from the true one. */
const FLATNESS = 0.2;
const MAX_CURVE_SEGMENTS = 128;

/** Edges as flat numbers (x0, y0, x1, y1, winding) in sub-sample coordinates, y0 < y1. */
class EdgeList {
  values: number[] = [];
  minY = Infinity;
  maxY = -Infinity;

  add(x0: number, y0: number, x1: number, y1: number): void {
    if (y0 === y1) return; // horizontal edges never cross a sample row
    if (y0 < y1) this.values.push(x0, y0, x1, y1, 1);
    else this.values.push(x1, y1, x0, y0, -1);
    this.minY = Math.min(this.minY, y0, y1);
    this.maxY = Math.max(this.maxY, y0, y1);
  }

  get count(): number {
    return this.values.length / 5;
  }
}

function segmentsFor(deviation: number): number {
  return Math.min(MAX_CURVE_SEGMENTS, Math.max(1, Math.ceil(Math.sqrt(deviation / FLATNESS))));
}

/** Flattens the outline into edges scaled by `scale` (the sub-sample factor). */
function flattenPath(commands: readonly PathCommand[], scale: number): EdgeList {
  const edges = new EdgeList();
  let startX = 0;
  let startY = 0;
  let x = 0;
  let y = 0;
  let open = false;
  const lineTo = (nx: number, ny: number): void => {
    edges.add(x, y, nx, ny);
    x = nx;
    y = ny;
  };
  for (const command of commands) {
    switch (command.type) {
      case 'M':
        if (open) lineTo(startX, startY); // a fill always closes its contours
        x = startX = command.x * scale;
        y = startY = command.y * scale;
        open = true;
        break;
      case 'L':
        lineTo(command.x * scale, command.y * scale);
        break;
      case 'Q': {
        const cx = command.x1 * scale;
        const cy = command.y1 * scale;
        const ex = command.x * scale;
        const ey = command.y * scale;
        // Piecewise-linear error with n steps is |p0 − 2p1 + p2| / (4n²).
        const n = segmentsFor(Math.hypot(x - 2 * cx + ex, y - 2 * cy + ey) / 4);
        const x0 = x;
        const y0 = y;
        for (let i = 1; i <= n; i++) {
          const t = i / n;
          const u = 1 - t;
          lineTo(u * u * x0 + 2 * u * t * cx + t * t * ex, u * u * y0 + 2 * u * t * cy + t * t * ey);
        }
        break;
      }
      case 'C': {
        const c1x = command.x1 * scale;
        const c1y = command.y1 * scale;
        const c2x = command.x2 * scale;
        const c2y = command.y2 * scale;
        const ex = command.x * scale;
        const ey = command.y * scale;
        // Error with n steps is at most 3·max|second differences| / (4n²).
        const second = Math.max(Math.hypot(x - 2 * c1x + c2x, y - 2 * c1y + c2y), Math.hypot(c1x - 2 * c2x + ex, c1y - 2 * c2y + ey));
        const n = segmentsFor((3 * second) / 4);
        const x0 = x;
        const y0 = y;
        for (let i = 1; i <= n; i++) {
          const t = i / n;
          const u = 1 - t;
          const a = u * u * u;
          const b = 3 * u * u * t;
          const c = 3 * u * t * t;
          const d = t * t * t;
          lineTo(a * x0 + b * c1x + c * c2x + d * ex, a * y0 + b * c1y + c * c2y + d * ey);
        }
        break;
      }
      case 'Z':
        if (open) lineTo(startX, startY);
        x = startX;
        y = startY;
        open = false;
        break;
    }
  }
  if (open) lineTo(startX, startY);
  return edges;
}

/** Fills the outline into the bitmap; parts outside the bitmap are clipped. */
export function fillPath(bitmap: MonoBitmap, commands: readonly PathCommand[], options: FillOptions = {}): void {
  const s = options.supersample ?? 4;
  const threshold = options.coverageThreshold ?? 0.5;
  const black = options.black ?? true;
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`coverageThreshold must be in (0, 1], got ${threshold}`);
  const needed = Math.max(1, Math.ceil(threshold * s * s - 1e-9));

  const edges = flattenPath(commands, s);
  if (edges.count === 0) return;
  const v = edges.values;
  // Edges sorted by their top, so each sample row only activates the new ones.
  const order = Array.from({ length: edges.count }, (_, i) => i).sort((a, b) => (v[a * 5 + 1] ?? 0) - (v[b * 5 + 1] ?? 0));

  const widthSamples = bitmap.width * s;
  const firstRow = Math.max(0, Math.floor(edges.minY));
  const lastRow = Math.min(bitmap.height * s - 1, Math.ceil(edges.maxY));
  const coverage = new Uint16Array(bitmap.width);
  let touchedMin = bitmap.width;
  let touchedMax = -1;
  let active: number[] = [];
  let next = 0;
  const crossingX: number[] = [];
  const crossingW: number[] = [];

  const flushRow = (row: number): void => {
    for (let px = touchedMin; px <= touchedMax; px++) {
      if ((coverage[px] ?? 0) >= needed) {
        // Runs of full dots go a byte at a time; this is the hot path for big glyphs.
        let end = px + 1;
        while (end <= touchedMax && (coverage[end] ?? 0) >= needed) end++;
        if (end - px >= 8) fillRowSpan(bitmap, row, px, end, black);
        else for (let i = px; i < end; i++) setDot(bitmap, i, row, black);
        px = end - 1;
      }
    }
    if (touchedMax >= touchedMin) coverage.fill(0, touchedMin, touchedMax + 1);
    touchedMin = bitmap.width;
    touchedMax = -1;
  };

  for (let sy = firstRow; sy <= lastRow; sy++) {
    const sampleY = sy + 0.5;
    while (next < order.length && (v[(order[next] ?? 0) * 5 + 1] ?? 0) <= sampleY) active.push(order[next++] ?? 0);
    active = active.filter((e) => (v[e * 5 + 3] ?? 0) > sampleY);

    crossingX.length = 0;
    crossingW.length = 0;
    for (const e of active) {
      const x0 = v[e * 5] ?? 0;
      const y0 = v[e * 5 + 1] ?? 0;
      const x1 = v[e * 5 + 2] ?? 0;
      const y1 = v[e * 5 + 3] ?? 0;
      if (sampleY < y0) continue;
      const x = x0 + ((sampleY - y0) * (x1 - x0)) / (y1 - y0);
      // Insertion keeps the crossings sorted; a glyph row has only a handful.
      let i = crossingX.length;
      crossingX.push(x);
      crossingW.push(v[e * 5 + 4] ?? 0);
      while (i > 0 && (crossingX[i - 1] ?? 0) > x) {
        crossingX[i] = crossingX[i - 1] ?? 0;
        crossingW[i] = crossingW[i - 1] ?? 0;
        i--;
      }
      crossingX[i] = x;
      crossingW[i] = v[e * 5 + 4] ?? 0;
    }

    let winding = 0;
    for (let i = 0; i < crossingX.length - 1; i++) {
      winding += crossingW[i] ?? 0;
      if (winding === 0) continue;
      // Sub-sample columns whose centre (sx + 0.5) lies in [xa, xb).
      const from = Math.max(0, Math.ceil((crossingX[i] ?? 0) - 0.5));
      const to = Math.min(widthSamples, Math.ceil((crossingX[i + 1] ?? 0) - 0.5));
      for (let sx = from; sx < to; ) {
        const px = Math.floor(sx / s);
        const pixelEnd = Math.min(to, (px + 1) * s);
        coverage[px] = (coverage[px] ?? 0) + (pixelEnd - sx);
        if (px < touchedMin) touchedMin = px;
        if (px > touchedMax) touchedMax = px;
        sx = pixelEnd;
      }
    }

    if ((sy + 1) % s === 0 || sy === lastRow) flushRow(Math.floor(sy / s));
  }
}
