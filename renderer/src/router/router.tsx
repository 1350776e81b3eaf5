/**
 * A small router over the history API: the few screens of the app are plain paths
 * (`/kiosk`, `/counter`, …) so that an Electron window or a browser on the LAN can
 * open one directly.
 */
import { useSyncExternalStore, type MouseEvent, type ReactNode } from 'react';

export interface Place {
  path: string;
  search: URLSearchParams;
  /** Path plus query, as typed in the address bar. */
  href: string;
}

const listeners = new Set<() => void>();
let current = readPlace();

function readPlace(): Place {
  const { pathname, search } = window.location;
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return { path, search: new URLSearchParams(search), href: pathname + search };
}

function notify(): void {
  current = readPlace();
  for (const listener of [...listeners]) listener();
}

window.addEventListener('popstate', notify);

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === current.href) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  notify();
}

export function usePlace(): Place {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

/** Only same-app paths may be a redirect target (no `//host` or `https:` tricks). */
export function safeReturnPath(value: string | null): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return null;
  return value;
}

export function Link({ to, className, children }: { to: string; className?: string; children: ReactNode }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} className={className} onClick={onClick}>
      {children}
    </a>
  );
}
