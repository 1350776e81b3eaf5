/**
 * What the rest of the station sees of a ticket printer: send bytes, ask for
 * its state, let it go. Services never see a port, a queue or a driver.
 */
import { AppError } from '@domain/errors';

/**
 * - ready: it answered and has paper (possibly near its end);
 * - paper_out: it answered that the roll is empty;
 * - offline: it cannot be reached or did not answer in time;
 * - unknown: the transport cannot tell (e.g. an OS queue that hides the printer).
 */
export type PrinterStatus = 'ready' | 'paper_out' | 'offline' | 'unknown';

export interface TicketPrinter {
  /** Resolves once the bytes have left for the printer; rejects with an AppError, never hangs. */
  print(bytes: Uint8Array): Promise<void>;
  status(): Promise<PrinterStatus>;
  close(): Promise<void>;
}

/** Printer failures are their own error codes, with messages that say what to check on a ticket printer. */
export type PrinterFailure = 'PRINTER_OFFLINE' | 'PRINTER_PAPER_OUT' | 'PRINTER_TIMEOUT' | 'PRINTER_UNSUPPORTED';

const messages: Record<PrinterFailure, string> = {
  PRINTER_OFFLINE: 'Không kết nối được máy in phiếu. Hãy kiểm tra nguồn điện và dây cáp của máy in.',
  PRINTER_PAPER_OUT: 'Máy in phiếu đã hết giấy. Hãy thay cuộn giấy mới rồi thử lại.',
  PRINTER_TIMEOUT: 'Máy in phiếu không phản hồi. Hãy kiểm tra máy in (giấy, nắp máy, đèn báo lỗi) rồi thử lại.',
  PRINTER_UNSUPPORTED: 'Cách kết nối máy in phiếu này chưa được hỗ trợ trên máy tính này.',
};

export function printerError(failure: PrinterFailure, detail: string): AppError {
  return new AppError(failure, { message: messages[failure], detail: `${failure}: ${detail}` });
}

/** Which printer failure an error is, if it is one. */
export function printerFailureOf(error: unknown): PrinterFailure | null {
  if (!(error instanceof AppError)) return null;
  return error.code in messages ? (error.code as PrinterFailure) : null;
}

/** Rejects with `onTimeout()` if `promise` has not settled after `ms`; the timer never outlives it. */
export function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(onTimeout()), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
