export { renderTicketBitmap, type TicketContent, type TicketRenderOptions, type TicketWidthDots } from './ticketLayout';
export { parseTicketFonts, type TicketFonts, type TicketFontBytes } from './ticketFonts';
export { loadTicketFonts } from './loadTicketFonts';
export { encodeMonoBitmapPng } from './monoBitmapPng';
export type { MonoBitmap } from './monoBitmap';
