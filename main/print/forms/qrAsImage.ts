/**
 * pdfmake's QR codes, drawn as one small black-and-white picture.
 *
 * pdfmake turns a `qr` node into a white square and one black square per dark
 * module, each a drawing of its own with line width, dash, joins, colour and
 * fill: hundreds of drawings for a dossier code, twice per receipt, about a
 * quarter of the receipt's render time. Here the same symbol (pdfmake's own
 * encoder: same modules, same size on paper) becomes a 1-bit PNG at
 * `PIXELS_PER_MODULE` dots a module, which pdfkit embeds as it is (no decoding)
 * and both copies share. A module of the receipt's 62-point QR is then about
 * 260 dots per inch on paper: as sharp as the printer, and scaled down (never
 * up, so never blurred) on screen.
 *
 * Symbols are kept by code and options: the two copies print the same one.
 */
import qrEncExport from 'pdfmake/js/qrEnc.js';
import { createMonoBitmap, type MonoBitmap } from '../ticket/monoBitmap';
import { encodeMonoBitmapPng } from '../ticket/monoBitmapPng';
import { drawQr } from '../ticket/qrSymbol';
import { pdfmakeExport } from './pdfmakeInternals';
import type { ImageNode, QrNode } from './pdfDocument';

const PIXELS_PER_MODULE = 8;

interface QrSquare {
  type: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  lineWidth: number;
  color: string;
}

interface QrEncoder {
  measure(node: Record<string, unknown>): { _canvas?: unknown };
}

/** pdfmake's options of a `qr` node: everything that shapes the symbol. */
const QR_OPTIONS = ['qr', 'fit', 'eccLevel', 'version', 'mode', 'mask', 'foreground', 'background', 'padding'] as const;

const MAX_KEPT_SYMBOLS = 64;
const keptSymbols = new Map<string, { dataUrl: string; size: number } | null>();

/** An image node printing the same symbol as `node`, or null when pdfmake's encoder is not as expected. */
export function qrAsImage(node: QrNode & Record<string, unknown>): ImageNode | null {
  const symbol = keptSymbol(node);
  if (!symbol) return null;
  const image: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (!(QR_OPTIONS as readonly string[]).includes(key)) image[key] = value;
  }
  return { ...image, image: symbol.dataUrl, width: symbol.size, height: symbol.size } as ImageNode;
}

function keptSymbol(node: Record<string, unknown>): { dataUrl: string; size: number } | null {
  const options: Record<string, unknown> = {};
  for (const key of QR_OPTIONS) if (node[key] !== undefined) options[key] = node[key];
  const key = JSON.stringify(options);
  let symbol = keptSymbols.get(key);
  if (symbol === undefined) {
    const drawn = qrBitmap(options);
    symbol = drawn && { dataUrl: `data:image/png;base64,${encodeMonoBitmapPng(drawn.bitmap).toString('base64')}`, size: drawn.size };
    if (keptSymbols.size >= MAX_KEPT_SYMBOLS) keptSymbols.clear();
    keptSymbols.set(key, symbol);
  }
  return symbol;
}

/**
 * The symbol pdfmake would draw for these options, as dots: its background square
 * (the symbol's size in points) and its black module squares, all on one grid.
 * Null when pdfmake's drawing is not the plain black-on-white grid expected.
 */
export function qrBitmap(options: Record<string, unknown>): { bitmap: MonoBitmap; size: number } | null {
  const encoder = pdfmakeExport(qrEncExport) as Partial<QrEncoder> | undefined;
  if (typeof encoder?.measure !== 'function') return null;
  const canvas = encoder.measure({ ...options })._canvas;
  if (!Array.isArray(canvas) || canvas.length < 2 || !canvas.every(isQrSquare)) return null;
  const [background, ...modules] = canvas as QrSquare[];
  const module = modules[0]!.w;
  const grid = Math.round(background!.w / module);
  const onGrid = (value: number) => Math.abs(value / module - Math.round(value / module)) < 1e-6;
  if (
    background!.x !== 0 ||
    background!.y !== 0 ||
    background!.w !== background!.h ||
    !onGrid(background!.w) ||
    !modules.every((square) => square.w === module && square.h === module && onGrid(square.x) && onGrid(square.y) && isBlackColour(square.color))
  ) {
    return null;
  }
  const dark = new Uint8Array(grid * grid);
  for (const square of modules) {
    const [column, row] = [Math.round(square.x / module), Math.round(square.y / module)];
    // pdfmake draws none outside its background square; the picture would clip them.
    if (column >= 0 && column < grid && row >= 0 && row < grid) dark[row * grid + column] = 1;
  }
  const bitmap = createMonoBitmap(grid * PIXELS_PER_MODULE, grid * PIXELS_PER_MODULE);
  drawQr(bitmap, { size: grid, data: dark }, 0, 0, PIXELS_PER_MODULE);
  return { bitmap, size: background!.w };
}

function isBlackColour(colour: string): boolean {
  return ['black', '#000', '#000000'].includes(colour.toLowerCase());
}

function isQrSquare(value: unknown): value is QrSquare {
  if (typeof value !== 'object' || value === null) return false;
  const square = value as Partial<QrSquare>;
  return (
    square.type === 'rect' &&
    typeof square.x === 'number' &&
    typeof square.y === 'number' &&
    typeof square.w === 'number' &&
    typeof square.h === 'number' &&
    typeof square.color === 'string' &&
    Object.keys(square).every((key) => ['type', 'x', 'y', 'w', 'h', 'lineWidth', 'color'].includes(key))
  );
}
