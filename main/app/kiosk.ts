/**
 * Keyboard lock-down. A locked window (kiosk, display board) swallows the keys that
 * would reload it, zoom it, open devtools, leave full screen, close it, print it or
 * walk its history: a citizen at the kiosk must not be able to break the screen.
 * Other windows pass every key through; in development F12 / Ctrl+Shift+I open the
 * devtools, because the windows have no menu to carry those accelerators.
 */
import type { Input, WebContents } from 'electron';

export type ShortcutVerdict = 'block' | 'toggle-devtools' | 'pass';

export type KeyInput = Pick<Input, 'key' | 'control' | 'meta' | 'alt' | 'shift'>;

/** Ctrl (or Cmd on macOS) + one of these keys does something to the window itself. */
const lockedCommandKeys = new Set(['r', 'w', 'q', 'p', 's', 'o', 'n', 't', '+', '=', '-', '_', '0', 'add', 'subtract']);
/** Keys that act without a modifier. */
const lockedBareKeys = new Set(['f5', 'f11', 'f12', 'browserback', 'browserforward', 'browserrefresh', 'browserhome', 'browsersearch']);
const devToolsLetters = new Set(['i', 'j', 'c']);

function isDevToolsShortcut(input: KeyInput, key: string): boolean {
  const command = input.control || input.meta;
  return key === 'f12' || (command && input.shift && devToolsLetters.has(key)) || (input.meta && input.alt && key === 'i');
}

export function shortcutVerdict(input: KeyInput, options: { locked: boolean; devTools: boolean }): ShortcutVerdict {
  const key = input.key.toLowerCase();
  if (options.locked) {
    const command = input.control || input.meta;
    if (lockedBareKeys.has(key)) return 'block';
    if (command && lockedCommandKeys.has(key)) return 'block';
    if (isDevToolsShortcut(input, key)) return 'block';
    if (input.alt && (key === 'arrowleft' || key === 'arrowright' || key === 'home' || key === 'f4')) return 'block';
    return 'pass';
  }
  if (options.devTools && isDevToolsShortcut(input, key)) return 'toggle-devtools';
  return 'pass';
}

/** Wires the verdict into the window; for locked windows also turns pinch-zoom off. */
export function applyShortcutPolicy(contents: WebContents, options: { locked: boolean; devTools: boolean }): void {
  contents.on('before-input-event', (event, input) => {
    if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') {
      // Key-up of a swallowed shortcut has no effect of its own; let it through.
      return;
    }
    const verdict = shortcutVerdict(input, options);
    if (verdict === 'pass') return;
    event.preventDefault();
    if (verdict === 'toggle-devtools') contents.toggleDevTools();
  });
  if (options.locked) {
    contents.setZoomFactor(1);
    void contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
  }
}
