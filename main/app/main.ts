/**
 * The Electron entry (built to dist/app/main.cjs). It only composes: the station
 * core runs in this process, the windows reach it through one IPC channel, and
 * every security rule lives in the small modules next to this file.
 */
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { isAppError } from '@domain/errors';
import { attachIpcTransport } from '../api/ipc/ipcTransport';
import { desktopLanOption, parseStartArgs, stationDataDir, type StartArgs } from '../cli/startArgs';
import { startStation, type Station } from '../station/station';
import { fanOutStationEvents } from './eventFanOut';
import { shellPaths, userArgsOf } from './paths';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { hardenSession, hardenWebContents, isTrustedSender } from './security';
import { windowRoleOf } from './windowOptions';
import { createWindowManager } from './windows';

// Both must happen before `ready`.
registerAppScheme(protocol);
app.enableSandbox();

if (app.requestSingleInstanceLock()) {
  runShell();
} else {
  // Another instance owns the station's database; it gets our arguments instead.
  app.quit();
}

function readArgs(argv: readonly string[]): StartArgs | null {
  const parsed = parseStartArgs(userArgsOf(argv, app.isPackaged));
  if (parsed.ok) return parsed.args;
  console.warn(`[motcua] ${parsed.message}; using defaults`);
  return null;
}

function runShell(): void {
  const paths = shellPaths(__dirname);
  const args = readArgs(process.argv);
  const windows = createWindowManager({ preloadPath: paths.preloadPath, allowDevTools: !app.isPackaged });
  const stops: Array<() => void> = [];
  let station: Station | null = null;
  let ready = false;
  let closed = false;

  async function shutdown(): Promise<void> {
    for (const stop of stops.splice(0).reverse()) stop();
    const running = station;
    station = null;
    if (running) await running.close();
  }

  async function start(): Promise<void> {
    hardenSession(session.defaultSession);
    serveAppProtocol(protocol, paths.rendererDir);
    station = await startStation({
      // The per-machine station folder, not Electron's userData: the desktop app and
      // `motcua station` on this PC must open the same station.
      dataDir: stationDataDir({ dataDir: args?.dataDir ?? null }),
      lan: args ? desktopLanOption(args) : null,
      rendererDir: paths.rendererDir,
    });
    stops.push(attachIpcTransport(ipcMain, station.dispatcher, isTrustedSender));
    stops.push(fanOutStationEvents(station.events, () => BrowserWindow.getAllWindows().map((window) => window.webContents)));
    if (station.url) console.log(`[motcua] LAN server: ${station.url}`);
    ready = true;
    windows.open(windowRoleOf(args?.role ?? null));
  }

  function failToStart(error: unknown): void {
    const body = isAppError(error)
      ? `${error.messageVi}\n\n(${error.code}: ${error.detail})`
      : `Đã xảy ra lỗi ngoài dự kiến khi khởi động trạm.\n\n(${error instanceof Error ? error.message : String(error)})`;
    dialog.showErrorBox('Một Cửa không khởi động được', body);
    void shutdown()
      .catch(() => undefined)
      .finally(() => app.exit(1));
  }

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('second-instance', (_event, argv) => {
    // Before the station is up the first window is about to open anyway.
    if (ready) windows.focusOrOpen(readArgs(argv)?.role ?? null);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void shutdown()
      .catch((error: unknown) => console.error(`[motcua] station did not close cleanly: ${String(error)}`))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
  // Ctrl-C in the terminal that ran `npm start`: close the station, then exit.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

  app.whenReady().then(start).catch(failToStart);
}
