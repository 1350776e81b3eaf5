/**
 * The window each role gets. Every window shares one locked-down set of web
 * preferences; the kiosk and the display board are also "locked": no menu, no
 * devtools, full screen, and nothing that keeps the screen from coming back by itself.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { StartRole } from '../cli/startArgs';

export const windowRoles = ['picker', 'kiosk', 'counter', 'display', 'admin'] as const;
export type WindowRole = (typeof windowRoles)[number];

/** `--role` absent means the role picker. */
export function windowRoleOf(role: StartRole | null): WindowRole {
  return role ?? 'picker';
}

/** The client-side route each window opens on. */
export function routeOfRole(role: WindowRole): string {
  return role === 'picker' ? '/' : `/${role}`;
}

/** Public-facing screens that run unattended and must not be tampered with. */
export function isLockedRole(role: WindowRole): boolean {
  return role === 'kiosk' || role === 'display';
}

const titles: Record<WindowRole, string> = {
  picker: 'Một Cửa',
  kiosk: 'Một Cửa — Lấy số thứ tự',
  counter: 'Một Cửa — Quầy tiếp nhận và trả kết quả',
  display: 'Một Cửa — Bảng hiển thị số thứ tự',
  admin: 'Một Cửa — Quản trị',
};

export interface WindowOptionsContext {
  preloadPath: string;
  /** Devtools for officers' windows while developing; never in locked windows. */
  allowDevTools: boolean;
}

/** The web preferences of every window: the renderer is untrusted code. */
export function secureWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    devTools,
  };
}

export function windowOptionsForRole(role: WindowRole, context: WindowOptionsContext): BrowserWindowConstructorOptions {
  const locked = isLockedRole(role);
  const webPreferences = secureWebPreferences(context.preloadPath, context.allowDevTools && !locked);
  const base: BrowserWindowConstructorOptions = {
    title: titles[role],
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences,
  };
  switch (role) {
    case 'kiosk':
      return {
        ...base,
        kiosk: true,
        fullscreen: true,
        frame: false,
        minimizable: false,
        // The kiosk never waits in the background; keep timers and animations alive.
        webPreferences: { ...webPreferences, backgroundThrottling: false },
      };
    case 'display':
      return {
        ...base,
        fullscreen: true,
        frame: false,
        // The board announces called numbers without anyone touching it.
        webPreferences: { ...webPreferences, backgroundThrottling: false, autoplayPolicy: 'no-user-gesture-required' },
      };
    default:
      return base;
  }
}
