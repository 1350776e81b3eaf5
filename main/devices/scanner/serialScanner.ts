/**
 * A scanner in USB-serial mode (USB CDC / "USB COM port emulation"): it shows up
 * as /dev/ttyACM0 or COM3 and sends each scan's raw bytes followed by a suffix.
 * The recommended mode for the counter, because the bytes of a CCCD QR, and so
 * its Vietnamese, arrive untouched.
 *
 * The serialport binding is injectable (tests use @serialport/binding-mock); by
 * default it is the native binding of the `serialport` package, loaded when the
 * first port is opened.
 */
import { SerialPortStream } from '@serialport/stream';
import { makeReadEndOnHangup } from './hangupAwareRead';
import type { ReconnectPolicy } from './reconnectDelay';
import { decodeScanBytes, overlongScan } from './scanBytes';
import type { Scanner } from './scanner';
import { ScannerError } from './scannerError';
import { ScanFramer, type Frame } from './scanFramer';
import { SupervisedScanner, type LinkEvents, type ScannerLink } from './supervisedScanner';
import { systemTimers, type TimerHandle, type Timers } from '../../runtime/timers';

/**
 * The part of a serialport binding (@serialport/bindings-interface) we use.
 * Spelled out because that package's `exports` map hides its declarations from
 * TypeScript, which would silently make the binding `any`.
 */
export interface SerialBinding {
  open(options: { path: string; baudRate: number }): Promise<object>;
}

export interface SerialScannerOptions {
  /** /dev/ttyACM0, /dev/ttyUSB0, COM3… */
  path: string;
  /** USB CDC ignores it; a real RS-232 scanner must match (most ship at 9600). */
  baudRate?: number;
  binding?: SerialBinding;
  /** Bytes that end a scan; CR and LF by default, so CR, LF and CR LF suffixes all work. */
  terminators?: readonly number[];
  maxScanBytes?: number;
  /**
   * Silence after which pending bytes count as a whole scan, for scanners set to
   * send no suffix; null to wait for a suffix only. A scanner sends one scan in a
   * single burst (at 9600 baud a byte every ~1 ms), so 50 ms of silence ends it.
   */
  idleGapMs?: number | null;
  timers?: Timers;
  reconnect?: ReconnectPolicy;
}

export const defaultSerialBaudRate = 9600;
export const defaultIdleGapMs = 50;

export function createSerialScanner(options: SerialScannerOptions): Scanner {
  const timers = options.timers ?? systemTimers;
  return new SupervisedScanner({
    device: options.path,
    connect: (events) => openSerialLink(options, timers, events),
    timers,
    ...(options.reconnect ? { reconnect: options.reconnect } : {}),
  });
}

async function nativeBinding(path: string): Promise<SerialBinding> {
  try {
    const { SerialPort } = await import('serialport');
    return SerialPort.binding;
  } catch (error) {
    throw new ScannerError('io', path, `The native serialport binding failed to load: ${(error as Error).message}`);
  }
}

function callbackPromise(run: (done: (error?: Error | null) => void) => void): Promise<void> {
  return new Promise((resolve, reject) => run((error) => (error ? reject(error) : resolve())));
}

async function openSerialLink(options: SerialScannerOptions, timers: Timers, events: LinkEvents): Promise<ScannerLink> {
  const binding = options.binding ?? (await nativeBinding(options.path));
  const port = new SerialPortStream({
    binding: binding as ConstructorParameters<typeof SerialPortStream>[0]['binding'],
    path: options.path,
    baudRate: options.baudRate ?? defaultSerialBaudRate,
    autoOpen: false,
  });
  await callbackPromise((done) => port.open(done));
  // Before the first read: a scanner pulled out between two reads must end the stream, not spin.
  if (port.port) makeReadEndOnHangup(port.port, options.path);

  const framer = new ScanFramer({
    ...(options.terminators ? { terminators: options.terminators } : {}),
    ...(options.maxScanBytes ? { maxScanBytes: options.maxScanBytes } : {}),
  });
  const idleGapMs = options.idleGapMs === undefined ? defaultIdleGapMs : options.idleGapMs;
  let idleTimer: TimerHandle | null = null;
  let closing = false;

  const deliver = (frame: Frame): void =>
    events.scan(frame.kind === 'scan' ? decodeScanBytes(frame.bytes, { source: 'serial' }) : overlongScan(frame.byteLength, { source: 'serial' }));
  const stopIdleTimer = (): void => {
    if (idleTimer !== null) timers.clearTimeout(idleTimer);
    idleTimer = null;
  };
  const onIdle = (): void => {
    idleTimer = null;
    const frame = framer.takePending();
    if (frame) deliver(frame);
  };

  port.on('data', (chunk: Buffer) => {
    for (const frame of framer.push(chunk)) deliver(frame);
    // The gap counts from the last byte received.
    stopIdleTimer();
    if (idleGapMs !== null && framer.hasPending()) idleTimer = timers.setTimeout(onIdle, idleGapMs);
  });
  const lose = (error: unknown): void => {
    if (closing) return;
    closing = true;
    stopIdleTimer();
    framer.clear();
    if (port.isOpen) port.close(() => undefined);
    events.lost(error);
  };
  // A pulled cable closes the stream with a DisconnectedError; other failures arrive as 'error'.
  port.on('close', (error: Error | null) => lose(error ?? new Error(`${options.path} closed`)));
  port.on('error', (error: Error) => lose(error));

  return {
    close: async () => {
      if (closing) return;
      closing = true;
      stopIdleTimer();
      // Half a scan at close time is not a scan.
      framer.clear();
      if (port.isOpen) await callbackPromise((done) => port.close(done));
    },
  };
}
