/** The fixed ticket the golden images show, and the shipped fonts to draw it with. */
import { fileURLToPath } from 'node:url';
import { loadTicketFonts } from '../../../main/print/ticket/loadTicketFonts';
import type { TicketContent } from '../../../main/print/ticket/ticketLayout';
import type { TicketFonts } from '../../../main/print/ticket/ticketFonts';

export const resourcesDir = fileURLToPath(new URL('../../../resources', import.meta.url));
export const goldenDir = fileURLToPath(new URL('./golden', import.meta.url));

export const sampleTicket: TicketContent = {
  centreName: 'Trung tâm Phục vụ hành chính công phường Bến Nghé',
  areaName: 'Hộ tịch – Chứng thực',
  number: 'A015',
  priorityLabel: 'Người cao tuổi',
  peopleAhead: 4,
  issuedAtText: '08:15 – 23/11/2026',
  trackingUrl: 'http://192.168.1.10:8765/t/7f3a9c2e-A015',
};

let fonts: TicketFonts | null = null;

/** Parsed once per test file: parsing Roboto three times takes a noticeable moment. */
export function ticketFonts(): TicketFonts {
  fonts ??= loadTicketFonts(resourcesDir);
  return fonts;
}
