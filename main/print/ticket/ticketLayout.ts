/**
 * The queue ticket as a 1-bit raster, ready for the printer's raster command.
 * Printing an image instead of text means Vietnamese comes out right on any
 * ESC/POS printer, whatever code pages (usually none for Vietnamese) it has.
 *
 * Pure: the input, the width and the parsed fonts in, a bitmap out. Blocks are
 * measured first, then the bitmap is made exactly as tall as they need, so
 * nothing is ever clipped and no paper is wasted.
 */
import type { Font } from 'opentype.js';
import { AppError } from '@domain/errors';
import { createMonoBitmap, fillRect, type MonoBitmap } from './monoBitmap';
import { QR_QUIET_ZONE_MODULES, drawQr, qrModules } from './qrSymbol';
import { fillPath } from './scanlineFill';
import { placeShape, shapeText, textWidth, wrapText } from './glyphText';
import type { TicketFonts } from './ticketFonts';

export interface TicketContent {
  centreName: string;
  areaName: string;
  /** The ticket number as announced, e.g. "A015". */
  number: string;
  /** Priority group ("Người cao tuổi"), printed as "ƯU TIÊN – …"; null for a normal ticket. */
  priorityLabel: string | null;
  peopleAhead: number;
  /** Already formatted in Vietnam time, e.g. "08:15 – 23/11/2026". */
  issuedAtText: string;
  trackingUrl: string;
}

/** 384 dots = 48 mm printable on 58 mm paper, 576 dots = 72 mm on 80 mm paper, both at 203 dpi. */
export type TicketWidthDots = 384 | 576;

export interface TicketRenderOptions {
  widthDots: TicketWidthDots;
}

/** 4×4 sub-samples per dot, black from half coverage: clean stems and diacritics at 20–30 dot text. */
const FILL = { supersample: 4, coverageThreshold: 0.5 } as const;

/** A vertical slice of the ticket: measured first, drawn once the bitmap exists. */
interface Block {
  readonly height: number;
  draw(bitmap: MonoBitmap, top: number): void;
}

interface TextStyle {
  font: Font;
  size: number;
  black?: boolean;
}

function gap(height: number): Block {
  return { height: Math.round(height), draw: () => undefined };
}

/**
 * Wrapped, centred lines. Every line gets the same pitch, large enough for the
 * tallest ink in the block (stacked marks such as "Ể" rise above the font's
 * ascender) so marks never touch the line above or get cut at the top.
 */
function textBlock(text: string, style: TextStyle, width: number, maxLineWidth: number): Block {
  const lines = wrapText(style.font, text, style.size, maxLineWidth).map((line) => shapeText(style.font, line, style.size));
  const scale = style.size / style.font.unitsPerEm;
  const ascent = Math.ceil(Math.max(style.font.ascender * scale, ...lines.map((line) => -line.inkTop)));
  const descent = Math.ceil(Math.max(-style.font.descender * scale, ...lines.map((line) => line.inkBottom)));
  const pitch = ascent + descent;
  return {
    height: pitch * lines.length,
    draw(bitmap, top) {
      lines.forEach((line, i) => {
        const x = Math.round((width - line.width) / 2);
        fillPath(bitmap, placeShape(line, x, top + ascent + i * pitch), { ...FILL, black: style.black ?? true });
      });
    },
  };
}

/** One line of text sized to fill the width (up to `maxSize`), boxed tightly around its ink. */
function bigTextBlock(text: string, font: Font, maxSize: number, width: number, maxLineWidth: number): Block {
  const widthAtOneDot = textWidth(font, text, 1);
  const size = Math.min(maxSize, widthAtOneDot > 0 ? maxLineWidth / widthAtOneDot : maxSize);
  const shape = shapeText(font, text, size);
  const top = Math.floor(shape.inkTop);
  return {
    height: Math.ceil(shape.inkBottom) - top,
    draw(bitmap, blockTop) {
      fillPath(bitmap, placeShape(shape, Math.round((width - shape.width) / 2), blockTop - top), FILL);
    },
  };
}

/** White text knocked out of a black band: the priority mark must stand out at a glance. */
function bandBlock(text: string, style: TextStyle, width: number, margin: number, padding: number): Block {
  const inner = textBlock(text, { ...style, black: false }, width, width - 2 * margin - 2 * padding);
  return {
    height: inner.height + 2 * padding,
    draw(bitmap, top) {
      fillRect(bitmap, margin, top, width - 2 * margin, inner.height + 2 * padding, true);
      inner.draw(bitmap, top + padding);
    },
  };
}

function ruleBlock(width: number, margin: number, thickness: number): Block {
  return { height: thickness, draw: (bitmap, top) => fillRect(bitmap, margin, top, width - 2 * margin, thickness, true) };
}

/** The QR code, centred, as large as fits in `maxSide` dots, quiet zone included. */
function qrBlock(url: string, width: number, maxSide: number): Block {
  const modules = qrModules(url);
  const span = modules.size + 2 * QR_QUIET_ZONE_MODULES;
  const scale = Math.max(1, Math.floor(maxSide / span));
  const side = span * scale;
  return {
    height: side,
    draw(bitmap, top) {
      const left = Math.floor((width - side) / 2);
      drawQr(bitmap, modules, left + QR_QUIET_ZONE_MODULES * scale, top + QR_QUIET_ZONE_MODULES * scale, scale);
    },
  };
}

function checkInput(content: TicketContent, options: TicketRenderOptions): void {
  if (options.widthDots !== 384 && options.widthDots !== 576) {
    throw new AppError('VALIDATION_FAILED', { detail: `Ticket width must be 384 or 576 dots, got ${String(options.widthDots)}` });
  }
  if (!Number.isInteger(content.peopleAhead) || content.peopleAhead < 0) {
    throw new AppError('VALIDATION_FAILED', { detail: 'peopleAhead must be a non-negative integer' });
  }
  if (content.number.trim() === '') throw new AppError('VALIDATION_FAILED', { detail: 'Ticket number is empty' });
  if (content.trackingUrl.trim() === '') throw new AppError('VALIDATION_FAILED', { detail: 'Tracking URL is empty' });
}

export function renderTicketBitmap(content: TicketContent, options: TicketRenderOptions, fonts: TicketFonts): MonoBitmap {
  checkInput(content, options);
  const width = options.widthDots;
  // Sizes are set for 58 mm paper; 80 mm paper gets the same ticket, 1.5 times larger.
  const k = width / 384;
  const margin = Math.round(12 * k);
  const textWidthMax = width - 2 * margin;
  const regular = (size: number): TextStyle => ({ font: fonts.regular, size: size * k });
  const medium = (size: number): TextStyle => ({ font: fonts.medium, size: size * k });

  const blocks: Block[] = [
    gap(8 * k),
    textBlock(content.centreName.toUpperCase(), medium(22), width, textWidthMax),
    gap(10 * k),
    ruleBlock(width, Math.round(width / 3), Math.max(2, Math.round(2 * k))),
    gap(8 * k),
    textBlock(content.areaName, regular(24), width, textWidthMax),
    gap(10 * k),
    textBlock('SỐ THỨ TỰ', regular(20), width, textWidthMax),
    gap(8 * k),
    bigTextBlock(content.number, fonts.medium, 150 * k, width, textWidthMax * 0.92),
    gap(14 * k),
  ];
  if (content.priorityLabel !== null) {
    const label = content.priorityLabel.trim();
    blocks.push(bandBlock(label ? `ƯU TIÊN – ${label}` : 'ƯU TIÊN', medium(24), width, margin, Math.round(6 * k)), gap(12 * k));
  }
  blocks.push(
    textBlock(`Số người đang chờ trước bạn: ${content.peopleAhead}`, regular(22), width, textWidthMax),
    gap(4 * k),
    textBlock(`Giờ lấy số: ${content.issuedAtText}`, regular(22), width, textWidthMax),
    gap(6 * k),
    qrBlock(content.trackingUrl, width, Math.round(width * 0.55)),
    textBlock('Quét mã để theo dõi lượt của bạn', { font: fonts.italic, size: 20 * k }, width, textWidthMax),
    gap(12 * k),
  );

  const height = blocks.reduce((sum, block) => sum + block.height, 0);
  const bitmap = createMonoBitmap(width, height);
  let top = 0;
  for (const block of blocks) {
    block.draw(bitmap, top);
    top += block.height;
  }
  return bitmap;
}
