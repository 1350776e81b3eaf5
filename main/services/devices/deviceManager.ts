/**
 * The station's devices as the admin configured them (settings `devices.config`):
 * the thermal ticket printer the kiosk prints on, the A4 queue for forms, and
 * scanners (USB-serial or HID-POS) whose reads fill a counter's intake form. Printer trouble
 * and unplugged scanners become alerts on the admin and counter screens.
 */
import { AppError, type CounterScanner, type DevicesConfig, type DevicesStatus, type EventName, type EventPayload, type HidScanners, type Scanned } from '@contract';
import { devicesConfigSchema, scannerLabel, type ScannerConfig } from '@contract/devices';
import { priorityLabelsVi } from '@domain/queue';
import type { Clock } from '@domain/time/clock';
import { clockTime, numericDate } from '../../print/forms/vietnameseDates';
import { loadTicketFonts, renderTicketBitmap, type TicketFonts } from '../../print/ticket';
import type { Actor } from '../actor';
import type { Logger } from '../../runtime/logger';
import { settledWithin, systemTimers, type Timers } from '../../runtime/timers';
import type { TicketPrintJob, TicketPrinterPort } from '../queue/ticketPrinting';
import type { UnitOfWork } from '../unitOfWork';
import type { SettingsRepository } from '../../db/repositories/settingsRepository';
import { ticketJob } from '../../devices/printer/escpos';
import { createOsQueueTicketPrinter } from '../../devices/printer/osQueueTicketPrinter';
import { SerialTicketPrinter } from '../../devices/printer/serialTicketPrinter';
import type { TicketPrinter } from '../../devices/printer/ticketPrinter';
import { cardFromScan, createHidPosScanner, createSerialScanner, hidMatchOf, isHidPosScanner, isScannerError, loadNodeHid, usbIdOf, type LoadHidModule, type Scanner } from '../../devices/scanner';
import { watchScanFolder } from '../../devices/scanFolder';
import type { StoredAttachment } from '../attachments/attachmentStore';

export const emptyDevicesConfig: DevicesConfig = { ticketPrinter: null, documentPrinterQueue: null, scanners: [], scanFolder: null, publicUrl: null };

/** "08:15 – 23/11/2026": when the ticket was taken, in Vietnam time. */
function issuedAtText(instant: Date): string {
  return `${clockTime(instant)} – ${numericDate(instant)}`;
}

export interface DeviceManagerOptions {
  settings: SettingsRepository;
  uow: UnitOfWork;
  clock: Clock;
  logger: Logger;
  resourcesDir: () => string;
  /** The station's LAN address, when it serves the LAN. */
  lanUrl: () => string | null;
  publish<E extends EventName>(name: E, payload: EventPayload<E>): void;
  /** Test seams: how printers and scanners are made. */
  makeTicketPrinter?: (config: NonNullable<DevicesConfig['ticketPrinter']>) => TicketPrinter;
  makeScanner?: (config: ScannerConfig) => Scanner;
  /** The HID driver (node-hid by default): tests pass a fake device with node-hid's interface. */
  loadHid?: LoadHidModule;
  /** Stores a file from the scan folder as an attachment (null: attachments disabled). */
  storeAttachment: ((fileName: string, bytes: Uint8Array) => StoredAttachment) | null;
  timers?: Timers;
}

/** How long saving the settings (or starting the station) waits for the scanners' first connection attempts. */
const firstScannerAttemptWaitMs = 1000;

export interface DeviceManager {
  /** Opens the configured devices (the station's start). */
  start(): Promise<void>;
  /** The scanners attached to the station that serve this counter (the counter screen shows whether they work). */
  scannersOf(counterId: number): CounterScanner[];
  /** For the queue: null when no ticket printer is configured. */
  ticketPrinter(): TicketPrinterPort | null;
  documentPrinterQueue(): string | null;
  status(): DevicesStatus;
  /** Saves the admin's settings (audited) and reopens the devices with them. */
  configure(actor: Actor, next: DevicesConfig): Promise<DevicesStatus>;
  /** The HID-POS scanners plugged in now, one per USB id (a scanner lists several interfaces). */
  hidScanners(): Promise<HidScanners>;
  /** Prints a sample ticket; the status then says how it went. */
  testTicket(): Promise<DevicesStatus>;
  stop(): Promise<void>;
}

export function createDeviceManager(options: DeviceManagerOptions): DeviceManager {
  const { clock, logger } = options;
  const timers = options.timers ?? systemTimers;
  const loadHid = options.loadHid ?? loadNodeHid;
  let fonts: TicketFonts | null = null;
  let printer: { config: NonNullable<DevicesConfig['ticketPrinter']>; device: TicketPrinter } | null = null;
  let printerState: DevicesStatus['ticketPrinter'] = { state: 'not_configured', message: null, checkedAt: null };
  let scanFolder: ReturnType<typeof watchScanFolder> | null = null;
  let scanners: { config: DevicesConfig['scanners'][number]; scanner: Scanner; state: DevicesStatus['scanners'][number]['state']; message: string | null }[] = [];

  const makePrinter =
    options.makeTicketPrinter ??
    ((config) => (config.kind === 'serial' ? new SerialTicketPrinter({ path: config.path, baudRate: config.baudRate }) : createOsQueueTicketPrinter({ queue: config.queue })));
  const makeScanner =
    options.makeScanner ??
    ((config: ScannerConfig) =>
      config.kind === 'serial'
        ? createSerialScanner({ path: config.path, baudRate: config.baudRate, timers })
        : createHidPosScanner({ match: hidMatchOf(config.usbId), timers, loadHid }));

  let applied: DevicesConfig | null = null;

  function storedConfig(): DevicesConfig {
    const parsed = devicesConfigSchema.safeParse(options.settings.get('devices.config'));
    return parsed.success ? parsed.data : emptyDevicesConfig;
  }

  /** Read and checked once, again at every apply(): configure() is the only writer, and it applies. */
  function config(): DevicesConfig {
    return (applied ??= storedConfig());
  }

  function trackingBaseUrl(): string | null {
    return (config().publicUrl ?? options.lanUrl())?.replace(/\/+$/, '') ?? null;
  }

  function alert(device: 'ticket_printer' | 'scanner', state: DevicesStatus['ticketPrinter']['state'], message: string): void {
    options.publish('devices.alert', { device, state, message, at: clock.now().toISOString() });
  }

  /** The settings being applied: one apply at a time, or two saves would each open the devices. */
  let applying: Promise<void> = Promise.resolve();
  function apply(): Promise<void> {
    const next = applying.then(applyNow, applyNow);
    applying = next.catch(() => {});
    return next;
  }

  async function applyNow(): Promise<void> {
    const cfg = (applied = storedConfig());
    await printer?.device.close().catch(() => {});
    printer = cfg.ticketPrinter ? { config: cfg.ticketPrinter, device: makePrinter(cfg.ticketPrinter) } : null;
    printerState = { state: printer ? 'unknown' : 'not_configured', message: null, checkedAt: null };
    const counterIdsBefore = scanners.map((s) => s.config.counterId);
    try {
      await Promise.all(scanners.map((s) => s.scanner.stop()));
      scanners = [];
      scanFolder?.stop();
      scanFolder = null;
      if (cfg.scanFolder && options.storeAttachment) {
        const { counterId, path } = cfg.scanFolder;
        scanFolder = watchScanFolder({
          folder: path,
          store: options.storeAttachment,
          onFile: (file) => options.publish('attachments.scanned', { kind: 'stored', counterId, ...file }),
          onRefused: (fileName, message) => options.publish('attachments.scanned', { kind: 'refused', counterId, fileName, message }),
          logger,
          timers,
        });
        scanFolder.start();
      }
      scanners = cfg.scanners.map((scannerConfig) => {
        const entry = { config: scannerConfig, scanner: makeScanner(scannerConfig), state: 'disconnected' as DevicesStatus['scanners'][number]['state'], message: null as string | null };
        entry.scanner.on('scan', (text) => publishScan(scannerConfig.counterId, cardFromScan(text)));
        entry.scanner.on('garbled', (scan) => publishScan(scannerConfig.counterId, cardFromScan(scan)));
        entry.scanner.on('status', (state, detail) => {
          const wasConnected = entry.state === 'connected';
          const message = state === 'connected' ? null : detail.message;
          const changed = entry.state !== state || entry.message !== message;
          entry.state = state;
          entry.message = message;
          if (state !== 'connected' && wasConnected) alert('scanner', state, detail.message);
          if (changed && scanners.includes(entry)) options.publish('devices.scannersChanged', { counterIds: [scannerConfig.counterId] });
          logger.info('Scanner status', { scanner: scannerLabel(scannerConfig), state, fault: detail.fault });
        });
        return entry;
      });
      // The admin who just saved sees each scanner's first answer (connected, or why not), not
      // a blank state; a port that hangs on open does not hold the save or the station's start.
      await settledWithin(Promise.allSettled(scanners.map((entry) => entry.scanner.start())), firstScannerAttemptWaitMs, timers);
    } finally {
      // Counters whose scanners were added, removed or replaced look again, also after a save that failed half-way.
      const counterIds = [...new Set([...counterIdsBefore, ...scanners.map((s) => s.config.counterId)])];
      if (counterIds.length > 0) options.publish('devices.scannersChanged', { counterIds });
    }
  }

  function publishScan(counterId: number, result: ReturnType<typeof cardFromScan>): void {
    const payload: Scanned =
      result.kind === 'card'
        ? { kind: 'card', counterId, card: result.card }
        : { kind: 'refused', counterId, message: result.error.messageVi, reason: result.error.reason };
    options.publish('scanner.scanned', payload);
  }

  async function printJob(job: TicketPrintJob): Promise<void> {
    if (!printer) throw new AppError('PRINTER_UNSUPPORTED', { message: 'Chưa cấu hình máy in phiếu.', detail: 'No ticket printer configured' });
    fonts ??= loadTicketFonts(options.resourcesDir());
    const base = trackingBaseUrl();
    const bitmap = renderTicketBitmap(
      {
        centreName: job.centreName,
        areaName: job.areaName,
        number: job.number,
        priorityLabel: job.priority ? priorityLabelsVi[job.priority] : null,
        peopleAhead: job.peopleAhead,
        issuedAtText: issuedAtText(job.issuedAt),
        trackingUrl: base ? `${base}/t/${job.trackingToken}` : job.trackingToken,
      },
      { widthDots: printer.config.widthDots },
      fonts,
    );
    try {
      await printer.device.print(ticketJob(bitmap));
      printerState = { state: 'ready', message: null, checkedAt: clock.now().toISOString() };
    } catch (error) {
      const appError = error instanceof AppError ? error : new AppError('PRINTER_OFFLINE', { detail: (error as Error).message });
      const state = appError.code === 'PRINTER_PAPER_OUT' ? 'paper_out' : 'offline';
      printerState = { state, message: appError.messageVi, checkedAt: clock.now().toISOString() };
      alert('ticket_printer', state, appError.messageVi);
      throw appError;
    }
  }

  const port: TicketPrinterPort = { print: printJob };

  return {
    start: apply,
    scannersOf(counterId: number): CounterScanner[] {
      return scanners.filter((s) => s.config.counterId === counterId).map((s) => ({ label: scannerLabel(s.config), state: s.state, message: s.message }));
    },
    ticketPrinter: (): TicketPrinterPort | null => (printer ? port : null),
    documentPrinterQueue: (): string | null => config().documentPrinterQueue,
    status(): DevicesStatus {
      return {
        config: config(),
        trackingBaseUrl: trackingBaseUrl(),
        ticketPrinter: printerState,
        scanners: scanners.map((s) => ({ path: scannerLabel(s.config), counterId: s.config.counterId, state: s.state, message: s.message })),
      };
    },
    async configure(actor: Actor, next: DevicesConfig): Promise<DevicesStatus> {
      options.uow.run(actor, (ctx) => {
        ctx.repos.settings.set('devices.config', next, ctx.now);
        ctx.audit('devices.configure', 'devices', null, {
          ticketPrinter: next.ticketPrinter?.kind ?? null,
          documentPrinter: next.documentPrinterQueue !== null,
          scanners: next.scanners.length,
          scanFolder: next.scanFolder !== null,
        });
      });
      await apply();
      return this.status();
    },
    async hidScanners(): Promise<HidScanners> {
      let devices;
      try {
        devices = (await loadHid()).devices();
      } catch (error) {
        const message = isScannerError(error) ? error.messageVi : 'Không đọc được danh sách thiết bị USB của máy trạm.';
        logger.warn('HID devices not listed', { error: (error as Error)?.message });
        return { available: false, message, scanners: [] };
      }
      const scanners = new Map<string, string>();
      for (const device of devices.filter(isHidPosScanner)) {
        const usbId = usbIdOf(device);
        const name = [device.manufacturer, device.product].filter((part) => part?.trim()).join(' – ') || 'Máy quét HID-POS';
        if (!scanners.has(usbId)) scanners.set(usbId, name);
      }
      return { available: true, message: null, scanners: [...scanners].map(([usbId, name]) => ({ usbId, name })) };
    },
    async testTicket(): Promise<DevicesStatus> {
      await printJob({ centreName: 'IN THỬ – TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG', areaName: 'Phiếu in thử', number: 'A000', priority: null, peopleAhead: 0, issuedAt: clock.now(), trackingToken: 'in-thu' }).catch(() => {});
      return this.status();
    },
    async stop(): Promise<void> {
      await printer?.device.close().catch(() => {});
      await Promise.all(scanners.map((s) => s.scanner.stop()));
      scanFolder?.stop();
      scanFolder = null;
      printer = null;
      scanners = [];
    },
  };
}
