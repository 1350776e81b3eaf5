import type { Protocol } from 'electron';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { appSchemeRegistration, registerAppScheme, serveAppProtocol } from '../../../main/app/protocol';

describe('the app:// protocol', () => {
  it('is registered as a standard, secure scheme that other origins cannot read', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([appSchemeRegistration]);
    expect(appSchemeRegistration.scheme).toBe('app');
    expect(appSchemeRegistration.privileges).toMatchObject({ standard: true, secure: true });
    expect(appSchemeRegistration.privileges?.corsEnabled).toBeFalsy();
    expect(appSchemeRegistration.privileges?.bypassCSP).toBeFalsy();
    expect(appSchemeRegistration.privileges?.allowServiceWorkers).toBeFalsy();
  });

  it('answers requests from the renderer folder it was given', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'motcua-protocol-'));
    try {
      writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
      let handler: ((request: Request) => Response | Promise<Response>) | undefined;
      const protocol = {
        handle: (scheme: string, h: typeof handler) => {
          expect(scheme).toBe('app');
          handler = h;
        },
      };
      serveAppProtocol(protocol as unknown as Pick<Protocol, 'handle'>, dir);
      const response = await handler?.(new Request('app://motcua/kiosk'));
      expect(response?.status).toBe(200);
      expect(await response?.text()).toBe('<!doctype html>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
