import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  blockedRequestUrls,
  contentSecurityPolicy,
  denyPermissionCheck,
  denyPermissionRequest,
  denyWindowOpen,
  hardenSession,
  hardenWebContents,
  isTrustedSender,
  preventUnlessAppUrl,
} from '../../../main/app/security';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe('the content security policy', () => {
  const policy = directives(contentSecurityPolicy);

  it('allows only our own origin by default and for scripts and connections', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('allows images from data: and blob: URLs but nothing inline for scripts or styles', () => {
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy).not.toContain('unsafe-inline');
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
  });

  it('forbids plugins, base rewriting, form posts and framing', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('names no remote origin at all', () => {
    for (const values of policy.values()) {
      for (const value of values) expect(value).toMatch(/^('self'|'none'|data:|blob:)$/);
    }
  });
});

describe('the IPC sender check', () => {
  it('trusts frames on app://motcua', () => {
    expect(isTrustedSender('app://motcua/counter')).toBe(true);
  });

  it.each(['https://evil.example/', 'app://motcua.evil/', 'file:///tmp/x.html', 'about:blank', 'devtools://devtools/bundled/index.html', ''])(
    'refuses a frame on %s',
    (url) => {
      expect(isTrustedSender(url)).toBe(false);
    },
  );
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'hid', 'serial', 'usb', 'fullscreen', 'openExternal', 'unknown'])(
    'a request for %s is denied',
    (permission) => {
      const callback = vi.fn();
      denyPermissionRequest({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    },
  );

  it('every permission check answers no', () => {
    expect(denyPermissionCheck()).toBe(false);
  });

  it('a session gets the deny-all handlers and cancels remote requests', () => {
    let requestHandler: unknown;
    let checkHandler: unknown;
    let deviceHandler: unknown;
    let requestFilter: { urls: string[] } | undefined;
    let beforeRequest: ((details: unknown, callback: (response: { cancel?: boolean }) => void) => void) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: unknown) => (requestHandler = handler),
      setPermissionCheckHandler: (handler: unknown) => (checkHandler = handler),
      setDevicePermissionHandler: (handler: unknown) => (deviceHandler = handler),
      webRequest: {
        onBeforeRequest: (filter: { urls: string[] }, listener: typeof beforeRequest) => {
          requestFilter = filter;
          beforeRequest = listener;
        },
      },
    };
    hardenSession(session as unknown as Session);

    expect(requestHandler).toBe(denyPermissionRequest);
    expect(checkHandler).toBe(denyPermissionCheck);
    expect(deviceHandler).toBe(denyPermissionCheck);
    expect(requestFilter?.urls).toEqual(blockedRequestUrls);
    expect(blockedRequestUrls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    const callback = vi.fn();
    beforeRequest?.({ url: 'https://example.com/' }, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith({ cancel: true });
  });
});

describe('the navigation guard', () => {
  function navigation(url: string) {
    return { url, preventDefault: vi.fn() };
  }

  it('lets in-app navigation through', () => {
    const event = navigation('app://motcua/admin');
    preventUnlessAppUrl(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it.each(['https://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://motcua@evil/', 'http://127.0.0.1:8686/'])(
    'stops navigation to %s',
    (url) => {
      const event = navigation(url);
      preventUnlessAppUrl(event);
      expect(event.preventDefault).toHaveBeenCalledOnce();
    },
  );

  it('window.open is always denied', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });

  it('a hardened web contents blocks foreign navigation, redirects, new windows and webviews', () => {
    const listeners = new Map<string, (event: { url?: string; preventDefault(): void }) => void>();
    let openHandler: (() => unknown) | undefined;
    const contents = {
      setWindowOpenHandler: (handler: () => unknown) => (openHandler = handler),
      on: (name: string, listener: (event: { url?: string; preventDefault(): void }) => void) => {
        listeners.set(name, listener);
        return contents;
      },
    };
    hardenWebContents(contents as unknown as WebContents);

    expect(openHandler?.()).toEqual({ action: 'deny' });
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const away = navigation('https://example.com/');
      listeners.get(name)?.(away);
      expect(away.preventDefault, name).toHaveBeenCalledOnce();
      const home = navigation('app://motcua/kiosk');
      listeners.get(name)?.(home);
      expect(home.preventDefault, name).not.toHaveBeenCalled();
    }
    const webview = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')?.(webview);
    expect(webview.preventDefault).toHaveBeenCalledOnce();
  });
});
