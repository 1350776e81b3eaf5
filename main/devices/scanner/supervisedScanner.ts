/**
 * The part every scanner transport shares: connect, report the device's state,
 * and when it fails or goes away, try again with back-off until it is back.
 * A transport only knows how to open one connection (a "link") and tell us
 * about scans and about losing it.
 */
import { EventEmitter } from 'node:events';
import { defaultReconnectPolicy, reconnectDelay, type ReconnectPolicy } from './reconnectDelay';
import type { GarbledScan, ScanResult, Scanner, ScannerEvents, ScannerState, ScannerStatusDetail, TextScan } from './scanner';
import { scannerErrorOf, stateOfFault, type ScannerFault } from './scannerError';
import { settledWithin, systemTimers, type TimerHandle, type Timers } from '../../runtime/timers';

/** One open connection to the device. */
export interface ScannerLink {
  close(): Promise<void>;
}

/** What a link tells its scanner. */
export interface LinkEvents {
  scan(result: ScanResult): void;
  /** The device failed or went away after the link was open. */
  lost(error: unknown): void;
}

/** Opens one link, or rejects with the driver's error (sorted into a fault by scannerFaultOf). */
export type ConnectLink = (events: LinkEvents) => Promise<ScannerLink>;

export interface SupervisedScannerOptions {
  /** How the device is named to the officer and in logs: "/dev/ttyACM0", "COM3", "HID-POS 0c2e:0b8f". */
  device: string;
  connect: ConnectLink;
  timers?: Timers;
  reconnect?: ReconnectPolicy;
}

/** One connection attempt and what became of it; callbacks from an old attempt are ignored. */
interface Attempt {
  link: ScannerLink | null;
  lostError: { error: unknown } | null;
}

/** How long stop() waits for a connection attempt in flight. */
export const stopWaitMs = 2000;

export class SupervisedScanner implements Scanner {
  private readonly emitter = new EventEmitter();
  private readonly timers: Timers;
  private readonly policy: ReconnectPolicy;
  private running = false;
  private current: Attempt | null = null;
  private retryTimer: TimerHandle | null = null;
  private failures = 0;
  private connecting: Promise<void> | null = null;

  constructor(private readonly options: SupervisedScannerOptions) {
    this.timers = options.timers ?? systemTimers;
    this.policy = options.reconnect ?? defaultReconnectPolicy;
  }

  on<E extends keyof ScannerEvents>(event: E, listener: (...args: ScannerEvents[E]) => void): this {
    this.emitter.on(event, listener as (...args: unknown[]) => void);
    return this;
  }

  off<E extends keyof ScannerEvents>(event: E, listener: (...args: ScannerEvents[E]) => void): this {
    this.emitter.off(event, listener as (...args: unknown[]) => void);
    return this;
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.failures = 0;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.cancelRetry();
    // An attempt in flight closes its own link when it sees we stopped; a port that
    // hangs on open is not waited for beyond stopWaitMs (it would hold a save of the
    // device settings, or the station's shutdown).
    if (this.connecting) await settledWithin(this.connecting, stopWaitMs, this.timers);
    const attempt = this.current;
    this.current = null;
    await closeQuietly(attempt?.link ?? null);
  }

  private connect(): Promise<void> {
    this.retryTimer = null;
    const attempt: Attempt = { link: null, lostError: null };
    this.current = attempt;
    const events: LinkEvents = {
      scan: (result) => {
        if (this.running && this.current === attempt) this.emitScan(result);
      },
      lost: (error) => {
        if (attempt.lostError) return;
        attempt.lostError = { error };
        // Before `connect` resolves the attempt itself notices; after it, we react now.
        if (attempt.link) void this.onLost(attempt, error);
      },
    };
    this.connecting = this.options
      .connect(events)
      .then(
        async (link) => {
          attempt.link = link;
          if (!this.running || this.current !== attempt) return closeQuietly(link);
          if (attempt.lostError) return this.onLost(attempt, attempt.lostError.error);
          this.failures = 0;
          this.emitStatus('connected', {
            fault: null,
            message: `Máy quét đã sẵn sàng (${this.options.device}).`,
            detail: `${this.options.device}: connected`,
            retryInMs: null,
          });
        },
        (error: unknown) => {
          if (!this.running || this.current !== attempt) return;
          this.current = null;
          this.fail(error);
        },
      )
      .finally(() => {
        this.connecting = null;
      });
    return this.connecting;
  }

  private async onLost(attempt: Attempt, error: unknown): Promise<void> {
    if (this.current !== attempt) return;
    this.current = null;
    await closeQuietly(attempt.link);
    if (!this.running) return;
    // Whatever the driver said (EIO, "bad file descriptor", "could not read"), the device is gone.
    this.fail(error, 'unplugged');
  }

  /** Reports the failure and schedules the next attempt, unless retrying cannot help. */
  private fail(error: unknown, fault?: ScannerFault): void {
    const scannerError = scannerErrorOf(error, this.options.device, fault);
    this.failures += 1;
    // A driver that is not installed will not appear by waiting.
    const retryInMs = scannerError.fault === 'driver_missing' ? null : reconnectDelay(this.failures, this.policy);
    if (retryInMs !== null) {
      this.retryTimer = this.timers.setTimeout(() => {
        if (this.running) void this.connect();
      }, retryInMs);
    }
    const retryNote = retryInMs === null ? 'no retry' : `retry in ${retryInMs} ms`;
    this.emitStatus(stateOfFault(scannerError.fault), {
      fault: scannerError.fault,
      message: scannerError.messageVi,
      detail: `${scannerError.detail} (${retryNote})`,
      retryInMs,
    });
  }

  private cancelRetry(): void {
    if (this.retryTimer !== null) this.timers.clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private emitScan(result: ScanResult): void {
    if (result.kind === 'text') this.emitter.emit('scan', result.text, result satisfies TextScan);
    else this.emitter.emit('garbled', result satisfies GarbledScan);
  }

  private emitStatus(state: ScannerState, detail: ScannerStatusDetail): void {
    this.emitter.emit('status', state, detail);
  }
}

async function closeQuietly(link: ScannerLink | null): Promise<void> {
  // The device may already be gone; closing is best effort.
  await link?.close().catch(() => undefined);
}
