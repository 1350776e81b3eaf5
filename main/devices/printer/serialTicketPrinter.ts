/**
 * A ticket printer on a serial line (RS-232, or USB printers that show up as
 * /dev/ttyUSB0, /dev/ttyACM0, COM3). The serialport binding is injectable so tests
 * run against @serialport/binding-mock or a pseudo-terminal; by default it is the
 * native binding of the `serialport` package, loaded only when first needed.
 *
 * Every step is bounded by a timeout: a printer that is off, out of paper with
 * hardware flow control (it drops CTS and the write never completes) or
 * unplugged gives a typed AppError, never a kiosk that hangs.
 */
import { SerialPortStream } from '@serialport/stream';
import { isAppError } from '@domain/errors';
import { paperStatusRequest, parsePaperStatus, type PaperStatus } from './escpos';
import { printerError, withTimeout, type PrinterStatus, type TicketPrinter } from './ticketPrinter';

/**
 * The part of a serialport binding (@serialport/bindings-interface) we rely on.
 * Declared here because that package's `exports` map hides its declarations
 * from TypeScript, which would silently make the binding `any`.
 */
export interface SerialBinding {
  list(): Promise<Array<{ path: string }>>;
  open(options: { path: string; baudRate: number; rtscts?: boolean }): Promise<object>;
}

export interface SerialTicketPrinterOptions {
  /** /dev/ttyUSB0, COM3… */
  path: string;
  /** Must match the printer's setting (often 9600, 19200 or 115200). */
  baudRate: number;
  /** RTS/CTS hardware flow control: lets the printer pause us when its buffer is full. */
  rtscts?: boolean;
  binding?: SerialBinding;
  openTimeoutMs?: number;
  /** For the whole job to be written and drained; a 576-dot ticket is ~70 KB, 6 s at 115200 baud. */
  writeTimeoutMs?: number;
  statusTimeoutMs?: number;
  /**
   * Ask DLE EOT 4 before each job and refuse to print without paper. Turn off
   * only for a printer that does not answer real-time status requests.
   */
  checkPaperBeforePrint?: boolean;
}

async function nativeBinding(): Promise<SerialBinding> {
  const { SerialPort } = await import('serialport');
  return SerialPort.binding;
}

function callbackPromise(run: (done: (error?: Error | null) => void) => void): Promise<void> {
  return new Promise((resolve, reject) => run((error) => (error ? reject(error) : resolve())));
}

export class SerialTicketPrinter implements TicketPrinter {
  private readonly options: Required<Omit<SerialTicketPrinterOptions, 'binding'>> & { binding?: SerialBinding };
  private port: SerialPortStream | null = null;
  /** One operation at a time: a status answer must not be mistaken for another's. */
  private chain: Promise<unknown> = Promise.resolve();
  private statusWaiter: ((status: PaperStatus) => void) | null = null;

  constructor(options: SerialTicketPrinterOptions) {
    this.options = {
      rtscts: false,
      openTimeoutMs: 3_000,
      writeTimeoutMs: 20_000,
      statusTimeoutMs: 1_000,
      checkPaperBeforePrint: true,
      ...options,
    };
  }

  print(bytes: Uint8Array): Promise<void> {
    return this.serialised(async () => {
      const port = await this.openPort();
      if (this.options.checkPaperBeforePrint) {
        const paper = await this.askPaperStatus(port);
        if (paper === null) throw printerError('PRINTER_OFFLINE', `No answer to the paper status request on ${this.options.path}`);
        if (paper.out) throw printerError('PRINTER_PAPER_OUT', `Paper end sensor reports no paper on ${this.options.path}`);
      }
      try {
        await withTimeout(this.writeAndDrain(port, bytes), this.options.writeTimeoutMs, () =>
          printerError('PRINTER_TIMEOUT', `${bytes.length} bytes not drained to ${this.options.path} within ${this.options.writeTimeoutMs} ms`),
        );
      } catch (error) {
        // A stalled or failed port is in an unknown state: the next job starts from a fresh open.
        this.discardPort();
        if (isAppError(error)) throw error;
        throw printerError('PRINTER_OFFLINE', `Writing to ${this.options.path} failed: ${(error as Error).message}`);
      }
    });
  }

  status(): Promise<PrinterStatus> {
    return this.serialised(async (): Promise<PrinterStatus> => {
      let port: SerialPortStream;
      try {
        port = await this.openPort();
      } catch {
        return 'offline';
      }
      const paper = await this.askPaperStatus(port);
      if (paper === null) return 'offline';
      return paper.out ? 'paper_out' : 'ready';
    });
  }

  close(): Promise<void> {
    return this.serialised(async () => {
      const port = this.port;
      this.port = null;
      if (port?.isOpen) await withTimeout(callbackPromise((done) => port.close(done)), 2_000, () => new Error('close timed out')).catch(() => undefined);
    });
  }

  private serialised<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.chain.then(operation, operation);
    this.chain = result.catch(() => undefined);
    return result;
  }

  private async openPort(): Promise<SerialPortStream> {
    if (this.port?.isOpen) return this.port;
    let binding: SerialBinding;
    try {
      binding = this.options.binding ?? (await nativeBinding());
    } catch (error) {
      throw printerError('PRINTER_UNSUPPORTED', `The native serialport binding failed to load: ${(error as Error).message}`);
    }
    const port = new SerialPortStream({
      binding: binding as ConstructorParameters<typeof SerialPortStream>[0]['binding'],
      path: this.options.path,
      baudRate: this.options.baudRate,
      rtscts: this.options.rtscts,
      autoOpen: false,
    });
    try {
      await withTimeout(callbackPromise((done) => port.open(done)), this.options.openTimeoutMs, () =>
        printerError('PRINTER_TIMEOUT', `Opening ${this.options.path} took longer than ${this.options.openTimeoutMs} ms`),
      );
    } catch (error) {
      if (port.isOpen) port.close(() => undefined);
      if (isAppError(error)) throw error;
      throw printerError('PRINTER_OFFLINE', `Cannot open ${this.options.path}: ${(error as Error).message}`);
    }
    // Errors after opening (unplugged cable) surface through the next write or status timeout.
    port.on('error', () => undefined);
    port.on('close', () => {
      if (this.port === port) this.port = null;
    });
    port.on('data', (chunk: Buffer) => this.onData(chunk));
    this.port = port;
    return port;
  }

  /** Feeds received bytes to a waiting status request; anything else (stray or late bytes) is dropped. */
  private onData(chunk: Buffer): void {
    if (!this.statusWaiter) return;
    for (const byte of chunk) {
      const status = parsePaperStatus(byte);
      if (status) {
        const waiter = this.statusWaiter;
        this.statusWaiter = null;
        waiter(status);
        return;
      }
    }
  }

  /** The printer's answer to DLE EOT 4, or null when none came in time. */
  private async askPaperStatus(port: SerialPortStream): Promise<PaperStatus | null> {
    const answer = new Promise<PaperStatus>((resolve) => {
      this.statusWaiter = resolve;
    });
    try {
      return await withTimeout(
        Promise.all([this.writeAndDrain(port, paperStatusRequest()), answer]).then(([, status]) => status),
        this.options.statusTimeoutMs,
        () => new Error('status timeout'),
      );
    } catch {
      // Silence may also mean a write stuck behind flow control: start the next operation on a fresh port.
      this.discardPort();
      return null;
    } finally {
      this.statusWaiter = null;
    }
  }

  /** Done when the binding has taken every byte (write callback) and the OS has sent them (drain). */
  private async writeAndDrain(port: SerialPortStream, bytes: Uint8Array): Promise<void> {
    const written = callbackPromise((done) => port.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), done));
    const drained = callbackPromise((done) => port.drain(done));
    await Promise.all([written, drained]);
  }

  private discardPort(): void {
    const port = this.port;
    this.port = null;
    if (port?.isOpen) port.close(() => undefined);
  }
}
