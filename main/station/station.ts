/**
 * The composition root: open the database, build the services, the dispatcher and
 * the event hub, and (for a LAN station) the HTTP server. Electron, the headless
 * CLI station and the tests all start a station through here.
 */
import { join, resolve } from 'node:path';
import { AppError, type CallReply, type EventMessage } from '@contract';
import { actorOf } from '../services/auth/principal';
import { createDispatcher, type Dispatcher, type Transport } from '../api/dispatcher';
import { createEventHub } from '../api/eventHub';
import { createHandlers } from '../api/handlers';
import { startHttpServer, type RunningHttpServer } from '../api/http/httpServer';
import type { Db } from '../db/connection';
import type { Clock } from '@domain/time/clock';
import { createServices, type Services } from '../services';
import type { Logger } from '../runtime/logger';
import { jsonLogger } from './jsonLogger';
import { openStationDatabase } from './openStationDatabase';
import { acquireStationLock } from './stationLock';
import { systemClock } from './systemClock';
import { appVersion } from './version';
import { createSyncService, type SyncService, type SyncServiceOptions } from '../services/sync/syncService';
import { shippedCalendar } from './shippedCalendar';
import { createPdfRenderer, loadFormFonts, type RenderPdf } from '../print/forms';
import { documentPrinter } from '../devices/printer/documentPrinter';
import { resourcesDir } from './resources';
import { createDeviceManager, type DeviceManager, type DeviceManagerOptions } from '../services/devices/deviceManager';
import { publicLanUrl } from './lanAddress';
import type { Timers } from '../runtime/timers';

export interface StationOptions {
  dataDir: string;
  clock?: Clock;
  /** Serve the LAN API and UI; null: in-process only (Electron on a single PC). */
  lan?: { host: string; port: number } | null;
  /** Built UI (dist/renderer) for the LAN server. */
  rendererDir?: string | null;
  logger?: Logger;
  /** Test seams for the sync (HTTP client, timers, adapter factory). */
  sync?: Pick<SyncServiceOptions, 'http' | 'timers' | 'random' | 'adapterFor'>;
  /** Test seam: the timers of the services' held-back snapshots (the hall board). */
  timers?: Timers;
  /** Test seams for devices (printer and scanner factories). */
  devices?: Pick<DeviceManagerOptions, 'makeTicketPrinter' | 'makeScanner' | 'loadHid' | 'timers'>;
}

export interface Station {
  readonly dataDir: string;
  readonly dispatcher: Pick<Dispatcher, 'dispatch'> & Dispatcher;
  readonly events: { subscribe(listener: (event: EventMessage) => void): () => void };
  readonly services: Services;
  readonly sync: SyncService;
  readonly devices: DeviceManager;
  readonly url: string | null;
  readonly port: number | null;
  call(method: string, input: unknown, token?: string, transport?: Transport): Promise<CallReply>;
  close(): Promise<void>;
}

export async function startStation(options: StationOptions): Promise<Station> {
  const dataDir = resolve(options.dataDir);
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? jsonLogger(clock);
  // The lock comes first: a second station must not even migrate a database in use.
  const release = acquireStationLock(dataDir);
  let opened: Db | null = null;
  let http: RunningHttpServer | null = null;
  let sync: SyncService | null = null;
  let devices: DeviceManager | null = null;
  try {
    const db = (opened = openStationDatabase(dataDir, clock));
    const hub = createEventHub(clock);
    const calendar = shippedCalendar();
    let renderer: RenderPdf | null = null;
    const services: Services = createServices(db, clock, hub, {
      logger,
      attachmentsDir: join(dataDir, 'attachments'),
      calendar: () => calendar,
      renderPdf: () => (renderer ??= createPdfRenderer(loadFormFonts(resourcesDir()))),
      documentPrinter: () => documentPrinter({ queue: devices?.documentPrinterQueue() ?? null, spoolDir: join(dataDir, 'spool') }),
      ticketPrinter: () => devices?.ticketPrinter() ?? null,
      ...(options.timers ? { timers: options.timers } : {}),
    });
    devices = createDeviceManager({
      settings: services.repos.settings,
      uow: services.uow,
      clock,
      logger,
      resourcesDir,
      lanUrl: () => (http ? publicLanUrl(options.lan!.host, http.port) : null),
      publish: (name, payload) => hub.publish(name, payload),
      storeAttachment: services.attachments ? (fileName, bytes) => services.attachments!.store({ kind: 'system', name: 'station' }, { fileName, bytes }) : null,
      ...options.devices,
    });
    sync = createSyncService({ services, logger, ...options.sync, onStatus: (status) => hub.publish('sync.status', status) });
    const dispatcher = createDispatcher({
      handlers: createHandlers(services, appVersion, sync, devices),
      upload: (input, call) => {
        if (!services.attachments) throw new AppError('UNAVAILABLE', { detail: 'Attachments are not enabled on this station' });
        return services.attachments.store(actorOf(call.principal), input);
      },
      resolveToken: (token) => services.auth.resolve(token),
      logger,
      group: (call) => services.uow.grouped(call),
    });
    if (options.lan) {
      http = await startHttpServer({
        dispatcher,
        events: hub,
        logger,
        host: options.lan.host,
        port: options.lan.port,
        rendererDir: options.rendererDir ?? null,
      });
    }
    sync.start();
    await devices.start();
    const runningDevices = devices;
    logger.info('Station started', { lan: http?.url ?? null, version: appVersion, sync: sync.status().configured });
    const runningSync = sync;
    const running = http;
    let closed = false;
    return {
      dataDir,
      dispatcher,
      events: hub,
      services,
      sync: runningSync,
      devices: runningDevices,
      url: running?.url ?? null,
      port: running?.port ?? null,
      call: (method, input, token, transport = 'ipc') =>
        dispatcher.dispatch(token ? { method, input, token } : { method, input }, { transport }),
      async close() {
        if (closed) return;
        closed = true;
        await running?.close();
        await runningSync.stop();
        await runningDevices.stop();
        db.close();
        release();
        logger.info('Station stopped');
      },
    };
  } catch (error) {
    await http?.close();
    await sync?.stop();
    await devices?.stop();
    opened?.close();
    release();
    throw error;
  }
}
