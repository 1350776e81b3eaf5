/**
 * Opens and finds the app's windows, one per role. This is where the pure rules of
 * windowOptions, kiosk, security and crashRecovery meet a real BrowserWindow.
 */
import { BrowserWindow, powerSaveBlocker, screen } from 'electron';
import { appUrl } from './appOrigin';
import { reloadAfterCrash } from './crashRecovery';
import { applyShortcutPolicy } from './kiosk';
import { isLockedRole, routeOfRole, windowOptionsForRole, type WindowRole } from './windowOptions';

export interface WindowManager {
  open(role: WindowRole): BrowserWindow;
  /** Brings the role's window to the front, opening it if needed; no role: the first window. */
  focusOrOpen(role: WindowRole | null): void;
  count(): number;
}

export function createWindowManager(context: { preloadPath: string; allowDevTools: boolean }): WindowManager {
  const windows = new Map<WindowRole, BrowserWindow>();

  function open(role: WindowRole): BrowserWindow {
    const existing = windows.get(role);
    if (existing && !existing.isDestroyed()) return existing;
    const options = windowOptionsForRole(role, context);
    const window = new BrowserWindow({ ...options, ...displayBounds(role) });
    windows.set(role, window);
    const locked = isLockedRole(role);
    if (locked) window.removeMenu();
    applyShortcutPolicy(window.webContents, { locked, devTools: options.webPreferences?.devTools === true });
    reloadAfterCrash(window.webContents);
    // Unattended screens must not go dark.
    const blocker = locked ? powerSaveBlocker.start('prevent-display-sleep') : null;
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      if (blocker !== null) powerSaveBlocker.stop(blocker);
      if (windows.get(role) === window) windows.delete(role);
    });
    void window.loadURL(appUrl(routeOfRole(role))).catch((error: unknown) => {
      console.error(`[motcua] could not load the ${role} window: ${String(error)}`);
    });
    return window;
  }

  function focusOrOpen(role: WindowRole | null): void {
    const target = role === null ? firstOpen() : open(role);
    if (!target) {
      open('picker');
      return;
    }
    if (target.isMinimized()) target.restore();
    target.show();
    target.focus();
  }

  function firstOpen(): BrowserWindow | undefined {
    for (const window of windows.values()) if (!window.isDestroyed()) return window;
    return undefined;
  }

  return { open, focusOrOpen, count: () => windows.size };
}

/**
 * The display board goes to a second screen when there is one (the kiosk PC often
 * drives the hall's TV); other windows open where the system puts them.
 */
function displayBounds(role: WindowRole): { x: number; y: number } | Record<string, never> {
  if (role !== 'display') return {};
  const primary = screen.getPrimaryDisplay();
  const other = screen.getAllDisplays().find((display) => display.id !== primary.id);
  return other ? { x: other.bounds.x, y: other.bounds.y } : {};
}
