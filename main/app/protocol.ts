/**
 * The `app://motcua` protocol: the renderer is served from our own privileged,
 * secure, standard scheme instead of `file://`, so it gets a real origin that CSP
 * `'self'`, the navigation guard and the IPC sender check can name.
 */
import type { CustomScheme, Protocol } from 'electron';
import { appScheme } from './appOrigin';
import { serveRendererRequest } from './rendererFiles';

/**
 * `standard` gives relative URLs and a real origin, `secure` a secure context.
 * `corsEnabled` stays off: nothing on another origin may read our files.
 */
export const appSchemeRegistration: CustomScheme = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Must run before the app's `ready` event. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([appSchemeRegistration]);
}

/** Answers `app://motcua/…` from the built renderer folder. */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(appScheme, (request) => serveRendererRequest(rendererDir, request));
}
