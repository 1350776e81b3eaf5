/**
 * Function-key shortcuts for a screen. They never fire while the officer types in
 * a field (a key there belongs to the field), nor while `enabled` is false (a
 * dialog is open). A key we own never reaches the browser: F5 must not reload the
 * counter, F3 must not open the find bar.
 */
import { useEffect, useRef } from 'react';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  return false;
}

/** `handle` runs the key's action (not for auto-repeats of a held key) and says whether the key is ours. */
export function useShortcutKeys(handle: (key: string, repeat: boolean) => boolean, enabled: boolean): void {
  const latest = useRef(handle);
  latest.current = handle;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return;
      if (isTyping(event.target)) return;
      if (!latest.current(event.key, event.repeat)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
