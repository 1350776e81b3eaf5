/**
 * A scanner in HID-POS mode: no driver to install on Windows, no keyboard focus
 * involved, and the scan's bytes (so its Vietnamese) arrive untouched inside
 * fixed-size input reports. Reports are parsed by the layout of the scanner's
 * vendor (hidPosReport.ts); node-hid is reached through an injectable loader.
 */
import {
  HidPosScanAssembler,
  standardHidPosLayout,
  type AssemblerOutput,
  type HidPosReportLayout,
} from './hidPosReport';
import { hidDeviceLabel, loadNodeHid, pickHidPosScanner, type HidScannerMatch, type LoadHidModule } from './hidTransport';
import type { ReconnectPolicy } from './reconnectDelay';
import { decodeScanBytes, overlongScan } from './scanBytes';
import type { ScanResult, Scanner } from './scanner';
import { ScannerError } from './scannerError';
import { SupervisedScanner, type LinkEvents, type ScannerLink } from './supervisedScanner';
import { systemTimers, type TimerHandle, type Timers } from '../../runtime/timers';

export interface HidPosScannerOptions {
  match?: HidScannerMatch;
  layout?: HidPosReportLayout;
  /** node-hid by default; tests pass a fake with the same shape. */
  loadHid?: LoadHidModule;
  maxScanBytes?: number;
  /**
   * Silence that ends a scan whose last report never said so (a layout without
   * a continuation bit whose data filled the last report exactly, or a lost report).
   */
  idleGapMs?: number;
  timers?: Timers;
  reconnect?: ReconnectPolicy;
}

export const defaultHidIdleGapMs = 100;

export function createHidPosScanner(options: HidPosScannerOptions = {}): Scanner {
  const timers = options.timers ?? systemTimers;
  return new SupervisedScanner({
    device: hidDeviceLabel(options.match ?? {}),
    connect: (events) => openHidPosLink(options, timers, events),
    timers,
    ...(options.reconnect ? { reconnect: options.reconnect } : {}),
  });
}

function scanResultOf(output: AssemblerOutput): ScanResult {
  if (output.kind === 'overlong') return overlongScan(output.byteLength, { source: 'hid-pos', symbology: output.aim });
  return decodeScanBytes(output.scan.bytes, { source: 'hid-pos', symbology: output.scan.aim });
}

async function openHidPosLink(options: HidPosScannerOptions, timers: Timers, events: LinkEvents): Promise<ScannerLink> {
  const match = options.match ?? {};
  const label = hidDeviceLabel(match);
  const hid = await (options.loadHid ?? loadNodeHid)();
  const info = pickHidPosScanner(hid.devices(), match);
  if (!info?.path) throw new ScannerError('not_found', label, `${label}: no HID device with usage page 0x8C / usage 0x02`);
  // Throws "cannot open device with path …" when the OS refuses (permissions, exclusive use).
  const device = new hid.HID(info.path);

  const assembler = new HidPosScanAssembler(options.layout ?? standardHidPosLayout, options.maxScanBytes);
  const idleGapMs = options.idleGapMs ?? defaultHidIdleGapMs;
  let idleTimer: TimerHandle | null = null;
  let closed = false;

  const stopIdleTimer = (): void => {
    if (idleTimer !== null) timers.clearTimeout(idleTimer);
    idleTimer = null;
  };
  const onIdle = (): void => {
    idleTimer = null;
    const output = assembler.takePending();
    if (output) events.scan(scanResultOf(output));
  };
  const close = (): void => {
    if (closed) return;
    closed = true;
    stopIdleTimer();
    assembler.clear();
    try {
      device.close();
    } catch {
      // Already gone with the device.
    }
  };

  device.on('data', (report: Buffer) => {
    if (closed) return;
    stopIdleTimer();
    const output = assembler.push(report);
    if (output) events.scan(scanResultOf(output));
    if (assembler.hasPending()) idleTimer = timers.setTimeout(onIdle, idleGapMs);
  });
  // node-hid reports an unplugged device as a read error ("could not read from HID device").
  device.on('error', (error: Error) => {
    if (closed) return;
    close();
    events.lost(error);
  });

  return {
    close: async () => close(),
  };
}
