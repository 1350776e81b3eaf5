import { describe, expect, it } from 'vitest';
import { isLockedRole, routeOfRole, windowOptionsForRole, windowRoleOf, windowRoles } from '../../../main/app/windowOptions';

const context = { preloadPath: '/app/dist/preload/preload.cjs', allowDevTools: true };

describe('window options per role', () => {
  it.each(windowRoles)('the %s window runs the renderer isolated, sandboxed and without Node', (role) => {
    const prefs = windowOptionsForRole(role, context).webPreferences;
    expect(prefs).toMatchObject({
      preload: context.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('the kiosk is a kiosk window without devtools, even in development', () => {
    const options = windowOptionsForRole('kiosk', context);
    expect(options.kiosk).toBe(true);
    expect(options.fullscreen).toBe(true);
    expect(options.autoHideMenuBar).toBe(true);
    expect(options.webPreferences?.devTools).toBe(false);
  });

  it('the display board is full screen, may play sound unprompted and has no devtools', () => {
    const options = windowOptionsForRole('display', context);
    expect(options.fullscreen).toBe(true);
    expect(options.kiosk).toBeUndefined();
    expect(options.webPreferences?.autoplayPolicy).toBe('no-user-gesture-required');
    expect(options.webPreferences?.devTools).toBe(false);
  });

  it.each(['picker', 'counter', 'admin'] as const)('the %s window is a normal window', (role) => {
    const options = windowOptionsForRole(role, context);
    expect(options.kiosk).toBeUndefined();
    expect(options.fullscreen).toBeUndefined();
    expect(options.webPreferences?.autoplayPolicy).toBeUndefined();
  });

  it("officers' windows get devtools only when allowed (development)", () => {
    expect(windowOptionsForRole('counter', context).webPreferences?.devTools).toBe(true);
    expect(windowOptionsForRole('counter', { ...context, allowDevTools: false }).webPreferences?.devTools).toBe(false);
  });

  it('every window starts hidden, shown once its page is ready', () => {
    for (const role of windowRoles) expect(windowOptionsForRole(role, context).show).toBe(false);
  });

  it('no --role opens the picker; each role opens its route', () => {
    expect(windowRoleOf(null)).toBe('picker');
    expect(windowRoleOf('kiosk')).toBe('kiosk');
    expect(windowRoles.map(routeOfRole)).toEqual(['/', '/kiosk', '/counter', '/display', '/admin']);
  });

  it('only the kiosk and the display board are locked', () => {
    expect(windowRoles.filter(isLockedRole)).toEqual(['kiosk', 'display']);
  });
});
