/**
 * A ticket printer behind a Windows print queue, fed raw ESC/POS through the
 * spooler by the helper in `winSpoolHelper.ts`. The helper starts on first use and
 * stays up; requests go to it one at a time. A helper that hangs is killed and the
 * next request starts a new one, so one bad moment never blocks the kiosk for good.
 */
import { createInterface } from 'node:readline';
import { printerError, withTimeout, type PrinterStatus, type TicketPrinter } from './ticketPrinter';
import { spoolerPrinterStatus, winSpoolHelperCommand } from './winSpoolHelper';
import { defaultSpawn, firstLine, type SpawnedProcess, type SpawnFunction } from './spawnedProcess';

export interface WinSpoolTicketPrinterOptions {
  spawn?: SpawnFunction;
  /** How the helper is started; by default Windows PowerShell (the tests run the same helper under Mono). */
  helper?: { command: string; args: string[]; env: Record<string, string> };
  /** For one job or status question, once the helper runs. */
  printTimeoutMs?: number;
  statusTimeoutMs?: number;
  /** Added to the first request's time: Add-Type compiles the helper (seconds on a cold PC with antivirus). */
  startTimeoutMs?: number;
}

/** Win32 errors worth naming in the log. */
const win32Errors: Record<string, string> = {
  '5': 'access denied',
  '1801': 'Windows has no printer by that name',
  '1804': 'the printer driver does not take RAW jobs (an XPS-only driver: install the printer with a "Generic / Text Only" or the maker\'s ESC/POS driver)',
};

interface Helper {
  process: SpawnedProcess;
  /** The request waiting for its answer line; one at a time. */
  pending: { answer(line: string): void; fail(error: HelperExited): void } | null;
  /** Whether it ever answered: a helper that dies before its first answer could not start. */
  answered: boolean;
  stderr: string;
  exited: boolean;
  whenExited: Promise<void>;
}

class HelperExited extends Error {
  constructor(readonly startFailed: boolean, readonly reason: string) {
    super(reason);
  }
}

export class WinSpoolTicketPrinter implements TicketPrinter {
  private readonly spawn: SpawnFunction;
  private readonly helperCommand: { command: string; args: string[]; env: Record<string, string> };
  private readonly printTimeoutMs: number;
  private readonly statusTimeoutMs: number;
  private readonly startTimeoutMs: number;
  private helper: Helper | null = null;
  private closed = false;
  /** Requests in order: the helper answers lines in the order it reads them. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly printerName: string, options: WinSpoolTicketPrinterOptions = {}) {
    this.spawn = options.spawn ?? defaultSpawn;
    this.helperCommand = options.helper ?? winSpoolHelperCommand(printerName);
    this.printTimeoutMs = options.printTimeoutMs ?? 20_000;
    this.statusTimeoutMs = options.statusTimeoutMs ?? 20_000;
    this.startTimeoutMs = options.startTimeoutMs ?? 60_000;
  }

  async print(bytes: Uint8Array): Promise<void> {
    let answer: string;
    try {
      answer = await this.request(`print ${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}`, this.printTimeoutMs);
    } catch (error) {
      if (error === timedOut) throw printerError('PRINTER_TIMEOUT', `The Windows print helper did not finish the job for "${this.printerName}" within ${this.printTimeoutMs} ms`);
      if (error instanceof HelperExited && error.startFailed) throw printerError('PRINTER_UNSUPPORTED', `Cannot start the Windows print helper (powershell.exe): ${error.reason}`);
      throw printerError('PRINTER_OFFLINE', `The Windows print helper stopped during a job for "${this.printerName}": ${(error as Error).message}`);
    }
    if (answer === 'ok') return;
    throw printerError('PRINTER_OFFLINE', `Printing to "${this.printerName}" failed: ${describeFailure(answer)}`);
  }

  async status(): Promise<PrinterStatus> {
    let answer: string;
    try {
      answer = await this.request('status', this.statusTimeoutMs);
    } catch (error) {
      return error === timedOut ? 'offline' : 'unknown';
    }
    const match = /^status (-?\d+) (-?\d+)$/.exec(answer);
    if (match) return spoolerPrinterStatus(Number(match[1]), Number(match[2]));
    // The printer cannot be opened (removed, renamed): nothing can print on it.
    return answer.startsWith('fail open ') ? 'offline' : 'unknown';
  }

  async close(): Promise<void> {
    // Requests still queued fail at once; the one on its way finishes first.
    this.closed = true;
    await this.queue;
    const helper = this.helper;
    this.helper = null;
    if (!helper) return;
    // End of input ends the helper's loop; one that does not go is killed.
    helper.process.stdin?.end();
    await withTimeout(helper.whenExited, 2000, () => new Error('the helper did not exit')).catch(() => helper.process.kill('SIGKILL'));
  }

  private request(line: string, timeoutMs: number): Promise<string> {
    const next = this.queue.then(() => this.exchange(line, timeoutMs));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private exchange(line: string, timeoutMs: number): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      if (this.closed) {
        reject(new HelperExited(false, 'the printer was closed'));
        return;
      }
      let helper: Helper;
      try {
        helper = this.helper ??= this.startHelper();
      } catch (error) {
        reject(new HelperExited(true, (error as Error).message));
        return;
      }
      const timer = setTimeout(
        () => {
          helper.pending = null;
          this.stopHelper(helper);
          reject(timedOut);
        },
        helper.answered ? timeoutMs : timeoutMs + this.startTimeoutMs,
      );
      helper.pending = {
        answer: (answer) => {
          clearTimeout(timer);
          resolve(answer);
        },
        fail: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      helper.process.stdin?.write(`${line}\n`);
    });
  }

  private startHelper(): Helper {
    const child = this.spawn(this.helperCommand.command, this.helperCommand.args, { env: { ...process.env, ...this.helperCommand.env } });
    let exitedResolve!: () => void;
    const whenExited = new Promise<void>((resolve) => (exitedResolve = resolve));
    const helper: Helper = { process: child, pending: null, answered: false, stderr: '', exited: false, whenExited };
    const exit = (error: HelperExited) => {
      if (helper.exited) return;
      helper.exited = true;
      this.forget(helper);
      const pending = helper.pending;
      helper.pending = null;
      pending?.fail(error);
      exitedResolve();
    };
    child.on('error', (error) => exit(new HelperExited(true, error.message)));
    child.on('close', () => exit(new HelperExited(!helper.answered, firstLine(plainText(helper.stderr)) || 'it exited')));
    child.stdin?.on('error', () => undefined); // a helper that died mid-write: its exit says so
    child.stderr?.on('data', (chunk: Buffer) => (helper.stderr = (helper.stderr + chunk.toString('utf8')).slice(0, 8000)));
    if (child.stdout) {
      createInterface({ input: child.stdout }).on('line', (answer) => {
        const pending = helper.pending;
        helper.pending = null;
        helper.answered = true;
        pending?.answer(answer.trim());
      });
    }
    return helper;
  }

  private stopHelper(helper: Helper): void {
    this.forget(helper);
    helper.process.kill('SIGKILL');
  }

  private forget(helper: Helper): void {
    if (this.helper === helper) this.helper = null;
  }
}

const timedOut = new Error('timed out');

/** Windows PowerShell may still wrap an error as CLIXML (`#< CLIXML` then XML); keep its words. */
function plainText(stderr: string): string {
  if (!stderr.startsWith('#< CLIXML')) return stderr;
  return stderr
    .replace(/^#< CLIXML\s*/, '')
    .replace(/<[^>]*>/g, '\n')
    .replace(/_x000D__x000A_/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

function describeFailure(answer: string): string {
  const match = /^fail (\w+) (\d+)$/.exec(answer);
  if (!match) return `unexpected answer "${answer.slice(0, 80)}"`;
  const [, step, code] = match;
  return `${step} step, Win32 error ${code}${win32Errors[code!] ? ` (${win32Errors[code!]})` : ''}`;
}

