/**
 * The QR symbol of a text, drawn with whole dots per module: a thermal head
 * cannot print fractional modules, and uneven module widths hurt phone scanners.
 */
import QRCode from 'qrcode';
import { fillRect, type MonoBitmap } from './monoBitmap';

/** Modules a scanner needs left blank around the symbol (ISO/IEC 18004). */
export const QR_QUIET_ZONE_MODULES = 4;

export interface QrModules {
  /** Modules per side. */
  readonly size: number;
  /** Row-major, 1 = dark module. */
  readonly data: Uint8Array;
}

/** Medium error correction (~15 %) survives a smudge or a fold without growing the symbol much. */
export function qrModules(text: string): QrModules {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, data: modules.data };
}

/** Draws the symbol with its top-left module at (x, y), `scale` dots per module. */
export function drawQr(bitmap: MonoBitmap, modules: QrModules, x: number, y: number, scale: number): void {
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.data[row * modules.size + col]) fillRect(bitmap, x + col * scale, y + row * scale, scale, scale, true);
    }
  }
}
