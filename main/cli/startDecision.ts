/**
 * `motcua start` opens the Electron app when it can run on this machine and falls
 * back to the headless station (opened in a browser) when it cannot. The decision
 * is a pure function of the facts gathered so far: it names the next fact to
 * gather or the final choice, so the order of the checks (cheap ones first, no
 * download when there is no screen to show a window on) is decided and tested here.
 */

export type ElectronBinaryFact = 'unchecked' | 'present' | 'not-installed' | 'download-failed' | 'download-timed-out';
export type SqliteBindingFact = 'unchecked' | 'ready' | 'failed';

export interface LaunchFacts {
  /** --headless was given. */
  headlessRequested: boolean;
  /** Linux and the BSDs need an X11 or Wayland display; see hasDisplay. */
  display: boolean;
  /** dist/app/main.cjs exists (the build has run). */
  shellBuilt: boolean;
  electronVersion: string | null;
  electronBinary: ElectronBinaryFact;
  /** An Electron-ABI build of better-sqlite3 for the station inside Electron. */
  sqliteBinding: SqliteBindingFact;
  /** The Electron process could not be started at all. */
  electronLaunchFailed: boolean;
}

export type HeadlessReason =
  | 'requested'
  | 'no-display'
  | 'not-built'
  | 'no-electron-package'
  | 'download-failed'
  | 'download-timed-out'
  | 'no-sqlite-binding'
  | 'launch-failed';

export type LaunchStep =
  | { kind: 'find-electron-binary' }
  | { kind: 'prepare-sqlite-binding' }
  | { kind: 'electron' }
  | { kind: 'headless'; reason: HeadlessReason; message: string };

export function initialLaunchFacts(facts: Pick<LaunchFacts, 'headlessRequested' | 'display' | 'shellBuilt' | 'electronVersion'>): LaunchFacts {
  return { ...facts, electronBinary: 'unchecked', sqliteBinding: 'unchecked', electronLaunchFailed: false };
}

/** Windows and macOS always have a desktop; elsewhere a display server must be named. */
export function hasDisplay(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): boolean {
  if (platform === 'win32' || platform === 'darwin') return true;
  return Boolean(env['DISPLAY'] || env['WAYLAND_DISPLAY']);
}

export function nextLaunchStep(facts: LaunchFacts): LaunchStep {
  const headless = (reason: HeadlessReason): LaunchStep => ({ kind: 'headless', reason, message: headlessMessage(reason, facts.electronVersion) });
  if (facts.headlessRequested) return headless('requested');
  if (!facts.display) return headless('no-display');
  if (!facts.shellBuilt) return headless('not-built');
  if (facts.electronVersion === null) return headless('no-electron-package');
  switch (facts.electronBinary) {
    case 'unchecked':
      return { kind: 'find-electron-binary' };
    case 'not-installed':
      return headless('no-electron-package');
    case 'download-failed':
      return headless('download-failed');
    case 'download-timed-out':
      return headless('download-timed-out');
    case 'present':
      break;
  }
  switch (facts.sqliteBinding) {
    case 'unchecked':
      return { kind: 'prepare-sqlite-binding' };
    case 'failed':
      return headless('no-sqlite-binding');
    case 'ready':
      break;
  }
  if (facts.electronLaunchFailed) return headless('launch-failed');
  return { kind: 'electron' };
}

const fallback = 'chuyển sang chạy trạm không giao diện, mở bằng trình duyệt';

/** One line: Vietnamese for the person at the PC, a short English part for support. */
export function headlessMessage(reason: HeadlessReason, electronVersion: string | null): string {
  const electron = electronVersion ? `Electron ${electronVersion}` : 'Electron';
  switch (reason) {
    case 'requested':
      return `Chạy trạm không giao diện theo yêu cầu (--headless), mở bằng trình duyệt. (headless station requested)`;
    case 'no-display':
      return `Không chạy được ứng dụng Electron: máy không có màn hình đồ hoạ; ${fallback}. (Electron cannot run here: no display, DISPLAY/WAYLAND_DISPLAY not set)`;
    case 'not-built':
      return `Không chạy được ứng dụng Electron: chưa build ứng dụng (hãy chạy "npm run build"); ${fallback}. (Electron cannot run here: dist/app/main.cjs missing)`;
    case 'no-electron-package':
      return `Không chạy được ứng dụng Electron: gói electron chưa được cài; ${fallback}. (Electron cannot run here: electron package not installed)`;
    case 'download-failed':
      return `Không chạy được ứng dụng Electron: không tải được ${electron}; ${fallback}. (Electron cannot run here: binary missing and download failed)`;
    case 'download-timed-out':
      return `Không chạy được ứng dụng Electron: tải ${electron} quá lâu; ${fallback}. (Electron cannot run here: binary download timed out)`;
    case 'no-sqlite-binding':
      return `Không chạy được ứng dụng Electron: không chuẩn bị được SQLite cho ${electron}; ${fallback}. (Electron cannot run here: no Electron-ABI build of better-sqlite3)`;
    case 'launch-failed':
      return `Không chạy được ứng dụng Electron: không khởi động được tệp chạy ${electron}; ${fallback}. (Electron cannot run here: the binary failed to start)`;
  }
}
