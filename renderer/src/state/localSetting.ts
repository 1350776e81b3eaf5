/**
 * Settings this terminal remembers across reloads (session token, language, chosen
 * counter). Storage can be missing or refuse writes (private windows, locked-down
 * kiosks); the screen still works, it just forgets on reload.
 */
export function readLocal(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeLocal(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Not persisted; the in-memory value still holds for this page.
  }
}
