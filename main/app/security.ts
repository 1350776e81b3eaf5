/**
 * The shell's security rules, as functions that take Electron objects instead of
 * importing Electron, so they are tested in plain Node. The renderer is treated as
 * untrusted: it may show only our origin, open nothing, navigate nowhere else, reach
 * no network and hold no browser permission; the station validates every call.
 */
import type { Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import { isAppUrl } from './appOrigin';

/**
 * Sent with every file of the app protocol. No remote origin anywhere: the desktop
 * renderer reaches the station through IPC only. React sets styles through the
 * CSSOM, which CSP does not restrict, so `style-src` needs no 'unsafe-inline'.
 * Fonts may be inlined by Vite as data: URLs.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  // Form PDFs are previewed from blob: URLs in a frame.
  "frame-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** IPC is answered only for frames showing our own origin. */
export function isTrustedSender(senderUrl: string): boolean {
  return isAppUrl(senderUrl);
}

/** A navigation event as Electron hands it to `will-navigate`/`will-redirect`. */
export interface NavigationEventLike {
  readonly url: string;
  preventDefault(): void;
}

/** Lets a navigation through only when it stays on our origin. */
export function preventUnlessAppUrl(event: NavigationEventLike): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

/** No page may open a window: every screen is a route of the one renderer. */
export function denyWindowOpen(): WindowOpenHandlerResponse {
  return { action: 'deny' };
}

/** Camera, microphone, notifications, HID, clipboard…: the renderer gets none. */
export function denyPermissionRequest(_contents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}

/** Guards every web contents the app creates (set from `web-contents-created`). */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(denyWindowOpen);
  contents.on('will-navigate', preventUnlessAppUrl);
  contents.on('will-frame-navigate', preventUnlessAppUrl);
  contents.on('will-redirect', preventUnlessAppUrl);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Remote schemes the renderer has no reason to reach; CSP says the same from inside. */
export const blockedRequestUrls = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

/** Denies every permission and every remote request of a session. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyPermissionCheck);
  session.webRequest.onBeforeRequest({ urls: blockedRequestUrls }, (_details, callback) => callback({ cancel: true }));
}
