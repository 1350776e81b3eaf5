import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@domain/errors';
import { paperStatusRequest, ticketJob } from '../../../main/devices/printer/escpos';
import { SerialTicketPrinter, type SerialBinding } from '../../../main/devices/printer/serialTicketPrinter';
import { printerFailureOf } from '../../../main/devices/printer/ticketPrinter';
import { renderTicketBitmap } from '../../../main/print/ticket/ticketLayout';
import { MockBinding, type MockPortBinding } from './mockBinding';
import { sampleTicket, ticketFonts } from './ticketFixture';

const PATH = '/dev/ROBOT';
const STATUS_REQUEST = Buffer.from(paperStatusRequest());

interface PrinterEnd {
  /** Answer to DLE EOT 4, or null for a printer that stays silent (switched off). */
  answer: number | null;
  /** Writes other than the status request never complete (CTS held low, buffer full). */
  stallJob?: boolean;
}

/**
 * MockBinding with a printer at the other end: it answers the paper status
 * request like an ESC/POS printer does, or stalls like one that stopped
 * accepting data. Everything written is recorded by the mock port.
 */
function serialLineTo(printer: PrinterEnd) {
  const opened: MockPortBinding[] = [];
  const binding: SerialBinding = {
    list: () => MockBinding.list(),
    async open(options: { path: string; baudRate: number }) {
      const port = await MockBinding.open(options);
      opened.push(port);
      const write = port.write.bind(port);
      port.write = async (buffer: Buffer) => {
        const isStatusRequest = buffer.equals(STATUS_REQUEST);
        if (printer.stallJob && !isStatusRequest) return new Promise<void>(() => undefined);
        await write(buffer);
        if (isStatusRequest && printer.answer !== null) port.emitData(Buffer.of(printer.answer));
      };
      return port;
    },
  };
  return { binding, recorded: () => Buffer.concat(opened.map((port) => port.recording)), opened };
}

function ticketBytes(): Uint8Array {
  return ticketJob(renderTicketBitmap(sampleTicket, { widthDots: 576 }, ticketFonts()));
}

async function failureOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeEach(() => {
  MockBinding.createPort(PATH, { echo: false, record: true });
});

afterEach(() => {
  vi.useRealTimers();
  MockBinding.reset();
});

describe('serial ticket printer over the mock binding', () => {
  it('sends the whole ticket, byte for byte as the encoder made it', async () => {
    const line = serialLineTo({ answer: 0x12 });
    const printer = new SerialTicketPrinter({ path: PATH, baudRate: 115200, binding: line.binding, checkPaperBeforePrint: false });
    const job = ticketBytes();
    await printer.print(job);
    await printer.close();
    expect(line.recorded().equals(Buffer.from(job))).toBe(true);
  });

  it('asks for the paper status first, then sends the job', async () => {
    const line = serialLineTo({ answer: 0x12 });
    const printer = new SerialTicketPrinter({ path: PATH, baudRate: 9600, binding: line.binding });
    const job = ticketBytes();
    await printer.print(job);
    await printer.close();
    expect(line.recorded().equals(Buffer.concat([STATUS_REQUEST, job]))).toBe(true);
  });

  it('still prints when the roll is only near its end, and reports ready', async () => {
    const line = serialLineTo({ answer: 0x1e });
    const printer = new SerialTicketPrinter({ path: PATH, baudRate: 9600, binding: line.binding });
    await printer.print(ticketBytes());
    expect(await printer.status()).toBe('ready');
    await printer.close();
  });

  it('refuses to print without paper, sends nothing but the question, and says so in Vietnamese', async () => {
    const line = serialLineTo({ answer: 0x72 });
    const printer = new SerialTicketPrinter({ path: PATH, baudRate: 9600, binding: line.binding });
    const error = await failureOf(printer.print(ticketBytes()));
    expect(printerFailureOf(error)).toBe('PRINTER_PAPER_OUT');
    expect(error.messageVi).toMatch(/hết giấy/);
    expect(line.recorded().equals(STATUS_REQUEST)).toBe(true);
    expect(await printer.status()).toBe('paper_out');
    await printer.close();
  });

  it('reports offline, without hanging, when the printer never answers the status request', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const line = serialLineTo({ answer: null });
    const printer = new SerialTicketPrinter({ path: PATH, baudRate: 9600, binding: line.binding, statusTimeoutMs: 800 });
    const status = printer.status();
    await vi.advanceTimersByTimeAsync(800);
    expect(await status).toBe('offline');

    const printing = failureOf(printer.print(ticketBytes()));
    await vi.advanceTimersByTimeAsync(800);
    expect(printerFailureOf(await printing)).toBe('PRINTER_OFFLINE');
    await printer.close();
  });

  it('times out with a typed error when the port never drains, and reopens the port for the next job', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const stalled = { answer: 0x12, stallJob: true };
    const line = serialLineTo(stalled);
    const printer = new SerialTicketPrinter({ path: PATH, baudRate: 9600, binding: line.binding, writeTimeoutMs: 5_000 });
    const printing = failureOf(printer.print(ticketBytes()));
    await vi.advanceTimersByTimeAsync(4_999);
    let settled = false;
    void printing.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await printing;
    expect(error.code).toBe('PRINTER_TIMEOUT');
    expect(printerFailureOf(error)).toBe('PRINTER_TIMEOUT');
    expect(error.messageVi).toMatch(/không phản hồi/);

    stalled.stallJob = false; // the printer recovers (paper loaded, cover closed)
    vi.useRealTimers();
    await printer.print(Uint8Array.of(0x1b, 0x40));
    expect(line.opened).toHaveLength(2);
    expect(line.opened[0]!.isOpen).toBe(false);
    await printer.close();
  });

  it('reports a port that does not exist as offline', async () => {
    const line = serialLineTo({ answer: 0x12 });
    const printer = new SerialTicketPrinter({ path: '/dev/NOPE', baudRate: 9600, binding: line.binding });
    expect(printerFailureOf(await failureOf(printer.print(ticketBytes())))).toBe('PRINTER_OFFLINE');
    expect(await printer.status()).toBe('offline');
  });

  it('closes the port it opened', async () => {
    const line = serialLineTo({ answer: 0x12 });
    const printer = new SerialTicketPrinter({ path: PATH, baudRate: 9600, binding: line.binding });
    expect(await printer.status()).toBe('ready');
    expect(line.opened[0]!.isOpen).toBe(true);
    await printer.close();
    expect(line.opened[0]!.isOpen).toBe(false);
  });
});
