/**
 * A ticket printer behind the operating system's print queue, fed raw ESC/POS.
 * Useful for USB printers that the OS already owns (a CUPS queue on Linux or
 * macOS, a Windows printer); the queue must be a raw one (no driver filtering).
 *
 * Linux/macOS: `lp -d <queue> -o raw` with the job on stdin; status from
 * `lpstat -p <queue>`. CUPS cannot see the printer's paper sensor, so status
 * says whether the queue is usable, not whether there is paper.
 *
 * Windows: the printer's name as in Settings → Printers & scanners; the bytes go
 * through the spooler as a RAW document (`WinSpoolTicketPrinter`), so the driver
 * renders nothing and any ESC/POS printer that Windows has installed will do.
 */
import { printerError, type PrinterStatus, type TicketPrinter } from './ticketPrinter';
import { defaultSpawn, firstLine, runToEnd, type SpawnFunction } from './spawnedProcess';
import { WinSpoolTicketPrinter } from './winSpoolTicketPrinter';

export interface OsQueueTicketPrinterOptions {
  /** The queue name as the OS knows it (`lpstat -p` lists them; on Windows, the printer's name). */
  queue: string;
  spawn?: SpawnFunction;
  /** Defaults to process.platform. */
  platform?: NodeJS.Platform;
  /** For the job to be accepted (by `lp`, or by the Windows helper). */
  printTimeoutMs?: number;
  statusTimeoutMs?: number;
}

/** `lp`/`lpstat` exist on Linux and macOS (CUPS). */
export class LpTicketPrinter implements TicketPrinter {
  private readonly spawn: SpawnFunction;
  private readonly printTimeoutMs: number;
  private readonly statusTimeoutMs: number;

  constructor(private readonly queue: string, options: Omit<OsQueueTicketPrinterOptions, 'queue' | 'platform'> = {}) {
    this.spawn = options.spawn ?? defaultSpawn;
    this.printTimeoutMs = options.printTimeoutMs ?? 15_000;
    this.statusTimeoutMs = options.statusTimeoutMs ?? 5_000;
  }

  async print(bytes: Uint8Array): Promise<void> {
    // -o raw: CUPS passes the bytes to the printer untouched instead of running a driver filter.
    const outcome = await runToEnd(this.spawn, 'lp', ['-d', this.queue, '-o', 'raw'], bytes, this.printTimeoutMs);
    if ('failure' in outcome) {
      if (outcome.failure === 'timeout') throw printerError('PRINTER_TIMEOUT', `lp did not accept the job for queue "${this.queue}" within ${this.printTimeoutMs} ms`);
      throw printerError('PRINTER_UNSUPPORTED', `Cannot run lp (is the CUPS client installed?): ${outcome.error.message}`);
    }
    if (outcome.code !== 0) {
      throw printerError('PRINTER_OFFLINE', `lp exited with ${String(outcome.code)} for queue "${this.queue}": ${firstLine(outcome.stderr)}`);
    }
  }

  /** Reads `lpstat -p`: an enabled queue is ready, a disabled or unknown one offline. */
  async status(): Promise<PrinterStatus> {
    const outcome = await runToEnd(this.spawn, 'lpstat', ['-p', this.queue], null, this.statusTimeoutMs);
    if ('failure' in outcome) return outcome.failure === 'timeout' ? 'offline' : 'unknown';
    return lpstatPrinterStatus(outcome.code, outcome.stdout);
  }

  async close(): Promise<void> {
    // Nothing is held open between jobs.
  }
}

/**
 * CUPS disables a queue when its backend fails (printer unplugged, switched off)
 * and `lpstat` exits non-zero for a queue that does not exist.
 */
export function lpstatPrinterStatus(exitCode: number | null, stdout: string): PrinterStatus {
  if (exitCode !== 0) return 'offline';
  if (/\bdisabled\b/i.test(stdout)) return 'offline';
  if (/\bis idle\b|\bnow printing\b/i.test(stdout)) return 'ready';
  return 'unknown';
}

/** The OS queue transport for this platform: the Windows spooler, or CUPS elsewhere. */
export function createOsQueueTicketPrinter(options: OsQueueTicketPrinterOptions): TicketPrinter {
  const platform = options.platform ?? process.platform;
  if (platform === 'win32') return new WinSpoolTicketPrinter(options.queue, options);
  return new LpTicketPrinter(options.queue, options);
}
