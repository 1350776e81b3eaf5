/**
 * What the queue asks of a ticket printer. The service never sees a driver: the
 * station plugs in whatever printer the admin configured (or none).
 */
import type { PriorityCategory } from '@domain/queue';

export interface TicketPrintJob {
  centreName: string;
  areaName: string;
  number: string;
  priority: PriorityCategory | null;
  peopleAhead: number;
  issuedAt: Date;
  trackingToken: string;
}

export interface TicketPrinterPort {
  /** Resolves when the printer took the ticket; rejects with an AppError otherwise. */
  print(job: TicketPrintJob): Promise<void>;
}
