/**
 * A ticket printer behind the operating system's print queue, fed raw ESC/POS.
 * Useful for USB printers that the OS already owns (a CUPS queue on Linux or
 * macOS, a Windows printer); the queue must be a raw one (no driver filtering).
 *
 * Linux/macOS: `lp -d <queue> -o raw` with the job on stdin; status from
 * `lpstat -p <queue>`. CUPS cannot see the printer's paper sensor, so status
 * says whether the queue is usable, not whether there is paper.
 *
 * Windows: not implemented. Raw bytes must go through the spooler API
 * (OpenPrinterW → StartDocPrinterW with a DOC_INFO_1 whose datatype is "RAW" →
 * StartPagePrinter → WritePrinter → EndPagePrinter → EndDocPrinter →
 * ClosePrinter, in winspool.drv), which needs a native addon or a small helper
 * executable shipped with the app. Until then the factory refuses on win32 and
 * a Windows station uses the serial (COM port) transport.
 */
import { spawn as nodeSpawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { printerError, type PrinterStatus, type TicketPrinter } from './ticketPrinter';

/** The part of a child process this transport uses. */
export interface SpawnedProcess {
  stdin: Writable | null;
  stdout: Readable | null;
  stderr: Readable | null;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'close', listener: (code: number | null, signal: NodeJS.Signals | null) => void): unknown;
  kill(signal?: NodeJS.Signals): boolean;
}

export type SpawnFunction = (command: string, args: readonly string[]) => SpawnedProcess;

export interface OsQueueTicketPrinterOptions {
  /** The queue name as the OS knows it (`lpstat -p` lists them). */
  queue: string;
  spawn?: SpawnFunction;
  /** Defaults to process.platform. */
  platform?: NodeJS.Platform;
  /** For `lp` to accept the job. */
  printTimeoutMs?: number;
  statusTimeoutMs?: number;
}

const defaultSpawn: SpawnFunction = (command, args) => nodeSpawn(command, [...args], { stdio: ['pipe', 'pipe', 'pipe'] });

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

type RunOutcome = RunResult | { failure: 'timeout' } | { failure: 'spawn'; error: Error };

/** Runs a command with optional stdin, killing it if it outlives `timeoutMs`. */
function run(spawn: SpawnFunction, command: string, args: readonly string[], input: Uint8Array | null, timeoutMs: number): Promise<RunOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: RunOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    let child: SpawnedProcess;
    try {
      child = spawn(command, args);
    } catch (error) {
      resolve({ failure: 'spawn', error: error as Error });
      return;
    }
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish({ failure: 'timeout' });
    }, timeoutMs);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error) => finish({ failure: 'spawn', error }));
    child.on('close', (code) => finish({ code, stdout, stderr }));
    // A command that exits without reading stdin makes the write fail with EPIPE; its exit code tells the story.
    child.stdin?.on('error', () => undefined);
    if (input) child.stdin?.end(Buffer.from(input.buffer, input.byteOffset, input.byteLength));
    else child.stdin?.end();
  });
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.slice(0, 200) ?? '';
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
    const outcome = await run(this.spawn, 'lp', ['-d', this.queue, '-o', 'raw'], bytes, this.printTimeoutMs);
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
    const outcome = await run(this.spawn, 'lpstat', ['-p', this.queue], null, this.statusTimeoutMs);
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

/** The OS queue transport for this platform; refuses where raw queue printing is not implemented. */
export function createOsQueueTicketPrinter(options: OsQueueTicketPrinterOptions): TicketPrinter {
  const platform = options.platform ?? process.platform;
  if (platform === 'win32') {
    throw printerError(
      'PRINTER_UNSUPPORTED',
      'Raw printing to a Windows print queue is not implemented (needs the winspool API: OpenPrinter/StartDocPrinter with datatype RAW/WritePrinter); use the serial transport',
    );
  }
  return new LpTicketPrinter(options.queue, options);
}
