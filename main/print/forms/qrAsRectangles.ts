/**
 * pdfmake's QR codes, drawn with a few rectangles instead of one per module.
 *
 * pdfmake turns a `qr` node into a white square and one black square per dark
 * module, each drawn with its own line width, dash, joins, colour and fill:
 * over three hundred drawings for a dossier code, twice per receipt. Here the
 * same symbol (pdfmake's own encoder, same modules, same size) becomes a canvas
 * of the white square and the fewest rectangles our greedy merge finds: each
 * horizontal run of dark modules, stretched down over the rows that repeat it
 * exactly. The dark area is the same, so the printed symbol is too (without
 * the hairline seams adjacent squares can show on screen).
 *
 * Symbols are kept by code: a receipt prints the same one on both copies.
 */
import qrEncExport from 'pdfmake/js/qrEnc.js';
import type { CanvasNode, QrNode } from './pdfDocument';

interface QrRect {
  type: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  lineWidth: number;
  color: string;
}

interface QrEncoder {
  measure(node: Record<string, unknown>): { _canvas?: unknown; _width?: unknown };
}

/** pdfmake's options of a `qr` node: everything that shapes the symbol. */
const QR_OPTIONS = ['qr', 'fit', 'eccLevel', 'version', 'mode', 'mask', 'foreground', 'background', 'padding'] as const;

const MAX_KEPT_SYMBOLS = 64;
const keptSymbols = new Map<string, readonly QrRect[] | null>();

/** A canvas node drawing the same symbol as `node`, or null when pdfmake's encoder is not as expected. */
export function qrAsCanvas(node: QrNode & Record<string, unknown>): CanvasNode | null {
  const rects = symbolRects(node);
  if (!rects) return null;
  const canvasNode: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (!(QR_OPTIONS as readonly string[]).includes(key)) canvasNode[key] = value;
  }
  // pdfmake moves the vectors it draws: each document gets its own.
  canvasNode.canvas = rects.map((rect) => ({ ...rect }));
  return canvasNode as unknown as CanvasNode;
}

function symbolRects(node: Record<string, unknown>): readonly QrRect[] | null {
  const options: Record<string, unknown> = {};
  for (const key of QR_OPTIONS) if (node[key] !== undefined) options[key] = node[key];
  const key = JSON.stringify(options);
  let rects = keptSymbols.get(key);
  if (rects === undefined) {
    rects = encodeSymbol(options);
    if (keptSymbols.size >= MAX_KEPT_SYMBOLS) keptSymbols.clear();
    keptSymbols.set(key, rects);
  }
  return rects;
}

/** pdfmake's own drawing of the symbol (background square first, then one square per dark module), merged. */
function encodeSymbol(options: Record<string, unknown>): readonly QrRect[] | null {
  const encoder = (typeof qrEncExport === 'object' && qrEncExport !== null && 'default' in qrEncExport
    ? qrEncExport.default
    : qrEncExport) as Partial<QrEncoder> | undefined;
  if (typeof encoder?.measure !== 'function') return null;
  const measured = encoder.measure({ ...options });
  const canvas = measured._canvas;
  if (!Array.isArray(canvas) || canvas.length === 0 || !canvas.every(isQrRect)) return null;
  const [background, ...modules] = canvas as QrRect[];
  return [background!, ...mergedModules(modules)];
}

/**
 * Equal squares on a grid, as rectangles: each row's runs of touching squares,
 * each run extended down over the rows below that hold exactly the same run.
 */
export function mergedModules(modules: readonly QrRect[]): QrRect[] {
  if (modules.length === 0) return [];
  const size = modules[0]!.w;
  if (!modules.every((square) => square.w === size && square.h === size)) return [...modules];
  const rows = new Map<number, QrRect[]>();
  for (const square of modules) {
    const row = rows.get(square.y) ?? [];
    row.push(square);
    rows.set(square.y, row);
  }
  // Per row, its runs by position, width and colour: a run continues below only into an identical run.
  const runsByRow = new Map<number, Map<string, QrRect>>();
  for (const [y, squares] of rows) {
    squares.sort((a, b) => a.x - b.x);
    const runs: QrRect[] = [];
    for (const square of squares) {
      const run = runs[runs.length - 1];
      if (run && square.x === run.x + run.w && square.color === run.color) run.w += size;
      else runs.push({ ...square });
    }
    runsByRow.set(y, new Map(runs.map((run) => [`${run.x}/${run.w}/${run.color}`, run])));
  }
  const merged: QrRect[] = [];
  const ys = [...runsByRow.keys()].sort((a, b) => a - b);
  for (const y of ys) {
    for (const [key, run] of runsByRow.get(y)!) {
      let below = y + size;
      for (let next = runsByRow.get(below)?.get(key); next; next = runsByRow.get(below)?.get(key)) {
        runsByRow.get(below)!.delete(key);
        run.h += size;
        below += size;
      }
      merged.push(run);
    }
  }
  return merged;
}

function isQrRect(value: unknown): value is QrRect {
  if (typeof value !== 'object' || value === null) return false;
  const rect = value as Partial<QrRect>;
  return (
    rect.type === 'rect' &&
    typeof rect.x === 'number' &&
    typeof rect.y === 'number' &&
    typeof rect.w === 'number' &&
    typeof rect.h === 'number' &&
    Object.keys(rect).every((key) => ['type', 'x', 'y', 'w', 'h', 'lineWidth', 'color'].includes(key))
  );
}
