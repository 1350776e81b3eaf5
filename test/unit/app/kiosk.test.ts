import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applyShortcutPolicy, shortcutVerdict, type KeyInput } from '../../../main/app/kiosk';

function key(keyName: string, modifiers: Partial<Omit<KeyInput, 'key'>> = {}): KeyInput {
  return { key: keyName, control: false, meta: false, alt: false, shift: false, ...modifiers };
}

const locked = { locked: true, devTools: false };
const officer = { locked: false, devTools: false };
const developer = { locked: false, devTools: true };

describe('keyboard lock-down of the kiosk and the display board', () => {
  it.each([
    ['F5 (reload)', key('F5')],
    ['Ctrl+R (reload)', key('r', { control: true })],
    ['Ctrl+Shift+R (hard reload)', key('R', { control: true, shift: true })],
    ['Cmd+R (reload on macOS)', key('r', { meta: true })],
    ['F12 (devtools)', key('F12')],
    ['Ctrl+Shift+I (devtools)', key('I', { control: true, shift: true })],
    ['Ctrl+Shift+J (console)', key('J', { control: true, shift: true })],
    ['Cmd+Alt+I (devtools on macOS)', key('i', { meta: true, alt: true })],
    ['Ctrl++ (zoom in)', key('+', { control: true, shift: true })],
    ['Ctrl+= (zoom in)', key('=', { control: true })],
    ['Ctrl+- (zoom out)', key('-', { control: true })],
    ['Ctrl+0 (reset zoom)', key('0', { control: true })],
    ['F11 (leave full screen)', key('F11')],
    ['Ctrl+W (close)', key('w', { control: true })],
    ['Ctrl+Q (quit)', key('q', { control: true })],
    ['Ctrl+P (print dialog)', key('p', { control: true })],
    ['Alt+Left (back)', key('ArrowLeft', { alt: true })],
    ['the browser Back key', key('BrowserBack')],
  ])('blocks %s', (_what, input) => {
    expect(shortcutVerdict(input, locked)).toBe('block');
  });

  it.each([
    ['a digit', key('7')],
    ['Enter', key('Enter')],
    ['a capital letter', key('A', { shift: true })],
    ['Backspace', key('Backspace')],
    ['a Vietnamese letter', key('ư')],
    ['Ctrl+J without Shift (a scanner suffix)', key('j', { control: true })],
  ])('lets %s through', (_what, input) => {
    expect(shortcutVerdict(input, locked)).toBe('pass');
  });
});

describe("officers' windows", () => {
  it('pass every key, reload and devtools included, when devtools are off', () => {
    expect(shortcutVerdict(key('F12'), officer)).toBe('pass');
    expect(shortcutVerdict(key('r', { control: true }), officer)).toBe('pass');
  });

  it('open the devtools with F12 or Ctrl+Shift+I in development', () => {
    expect(shortcutVerdict(key('F12'), developer)).toBe('toggle-devtools');
    expect(shortcutVerdict(key('I', { control: true, shift: true }), developer)).toBe('toggle-devtools');
    expect(shortcutVerdict(key('i', { control: true }), developer)).toBe('pass');
  });
});

describe('wiring the policy into a window', () => {
  function fakeContents() {
    let listener: ((event: { preventDefault(): void }, input: KeyInput & { type: string }) => void) | undefined;
    const contents = {
      on: vi.fn((_name: string, handler: typeof listener) => {
        listener = handler;
        return contents;
      }),
      toggleDevTools: vi.fn(),
      setZoomFactor: vi.fn(),
      setVisualZoomLevelLimits: vi.fn(() => Promise.resolve()),
      press(input: KeyInput & { type: string }) {
        const event = { preventDefault: vi.fn() };
        listener?.(event, input);
        return event;
      },
    };
    return contents;
  }

  it('a locked window swallows Ctrl+R and cannot be pinch-zoomed', () => {
    const contents = fakeContents();
    applyShortcutPolicy(contents as unknown as WebContents, locked);
    expect(contents.on).toHaveBeenCalledWith('before-input-event', expect.any(Function));
    expect(contents.press({ ...key('r', { control: true }), type: 'keyDown' }).preventDefault).toHaveBeenCalledOnce();
    expect(contents.press({ ...key('5'), type: 'keyDown' }).preventDefault).not.toHaveBeenCalled();
    expect(contents.setZoomFactor).toHaveBeenCalledWith(1);
    expect(contents.setVisualZoomLevelLimits).toHaveBeenCalledWith(1, 1);
  });

  it('a development window toggles the devtools instead of passing F12 on', () => {
    const contents = fakeContents();
    applyShortcutPolicy(contents as unknown as WebContents, developer);
    expect(contents.press({ ...key('F12'), type: 'keyDown' }).preventDefault).toHaveBeenCalledOnce();
    expect(contents.toggleDevTools).toHaveBeenCalledOnce();
    expect(contents.setVisualZoomLevelLimits).not.toHaveBeenCalled();
  });
});
