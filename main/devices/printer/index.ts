export type { PrinterStatus, TicketPrinter, PrinterFailure } from './ticketPrinter';
export { printerFailureOf } from './ticketPrinter';
export { SerialTicketPrinter, type SerialTicketPrinterOptions } from './serialTicketPrinter';
export { LpTicketPrinter, createOsQueueTicketPrinter, type OsQueueTicketPrinterOptions } from './osQueueTicketPrinter';
export { ticketJob, parsePaperStatus, type PaperStatus } from './escpos';
