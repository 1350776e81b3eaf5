/**
 * Telling a keyboard-wedge scanner from a person typing. A scanner in keyboard
 * mode "types" a whole scan in a burst (a few ms per character) and presses
 * Enter; nobody types that fast for long. The counter screen feeds every keydown
 * here and follows the verdict, so a scan fills the intake form whatever field
 * has focus, and typing is never delayed.
 *
 * Framework-free on purpose (its one import is the Vietnamese message file): the
 * counter screen drives it (see useKeyboardWedge.ts), it takes `{ key, timeStamp }`
 * like a DOM KeyboardEvent without depending on DOM types, and reads no clock
 * (flush takes the time).
 *
 * A wedge cannot carry Vietnamese: the scanner emulates a US keyboard, so "ễ" is
 * dropped or typed as "?". A scan that looks like a CCCD and lost its letters is
 * flagged so the UI can tell the officer to switch the scanner's mode.
 */
import vi from '../i18n/vi.json';

export interface WedgeKeyEvent {
  /** KeyboardEvent.key: one character for printable keys, a name ("Enter", "Shift") otherwise. */
  key: string;
  /** KeyboardEvent.timeStamp, in ms. */
  timeStamp: number;
}

export interface KeyboardWedgeOptions {
  /** Keys closer together than this belong to a burst. Scanners send a key every 1–15 ms; people rarely under 30. */
  maxGapMs?: number;
  /** A burst shorter than this before Enter is typing (a fast "ok⏎"), not a scan. */
  minLength?: number;
  /** Keys that end a scan: the scanner's suffix. */
  endKeys?: readonly string[];
}

export interface WedgeScan {
  text: string;
  /** Looks like a CCCD QR (12 digits, then "|"-separated fields). */
  looksLikeCccd: boolean;
  /** A CCCD whose Vietnamese letters were lost on the way: show `wedgeVietnameseLostMessage`, do not fill the form. */
  vietnameseLost: boolean;
}

/**
 * What to do with one key. The first key of a burst cannot be told from typing,
 * so it reaches the focused field; when the second arrives fast, `retract` says
 * to take it back out.
 */
export interface WedgeVerdict {
  /** Prevent the key's default action (it is part of a scan). */
  swallow: boolean;
  /** Remove this many characters just before the caret of the field that received the previous key. */
  retract: number;
  /** Keys held back as a possible scan that were typing after all: insert this text at the caret, before this key acts. */
  restore: string;
  /** The scan this key completed. */
  scan: WedgeScan | null;
  /** Call `flush(now)` at this time if no key comes first (a held-back burst must not wait forever); null when not needed. */
  flushAt: number | null;
}

/** The Vietnamese sentence the counter shows for such a scan (`scan.vietnameseLost`), kept in the message file. */
export const wedgeVietnameseLostMessage: string = vi.scan.vietnameseLost;

/** Keys a scanner presses between characters that are not characters themselves. */
const transparentKeys = new Set(['Shift', 'CapsLock']);

interface Burst {
  chars: string[];
  lastAt: number;
  /** Whether the burst's first character was taken back out of the field (so it is held here). */
  retracted: boolean;
}

const passThrough: WedgeVerdict = { swallow: false, retract: 0, restore: '', scan: null, flushAt: null };

export class KeyboardWedgeDetector {
  private readonly maxGapMs: number;
  private readonly minLength: number;
  private readonly endKeys: ReadonlySet<string>;
  private burst: Burst | null = null;

  constructor(options: KeyboardWedgeOptions = {}) {
    this.maxGapMs = options.maxGapMs ?? 30;
    this.minLength = options.minLength ?? 6;
    this.endKeys = new Set(options.endKeys ?? ['Enter']);
  }

  key(event: WedgeKeyEvent): WedgeVerdict {
    const { key, timeStamp } = event;
    if (transparentKeys.has(key)) return passThrough;
    const burst = this.burst;
    const fast = burst !== null && timeStamp - burst.lastAt < this.maxGapMs;

    if (this.endKeys.has(key)) {
      this.burst = null;
      if (fast && burst.chars.length >= this.minLength) {
        return { ...passThrough, swallow: true, retract: burst.retracted ? 0 : 1, scan: wedgeScanOf(burst.chars.join('')) };
      }
      return { ...passThrough, restore: heldText(burst) };
    }
    if (!isCharacter(key)) {
      // Backspace, Tab, arrows…: a person is editing; whatever was held back is theirs.
      this.burst = null;
      return { ...passThrough, restore: heldText(burst) };
    }
    if (fast) {
      burst.chars.push(key);
      burst.lastAt = timeStamp;
      const retract = burst.retracted ? 0 : 1;
      burst.retracted = true;
      return { ...passThrough, swallow: true, retract, flushAt: timeStamp + this.maxGapMs };
    }
    // A slow key: typing, and possibly the first key of a new burst.
    this.burst = { chars: [key], lastAt: timeStamp, retracted: false };
    return { ...passThrough, restore: heldText(burst) };
  }

  /** Gives back a burst that stopped without its end key: it was typing (or a scan without suffix, typed). */
  flush(now: number): WedgeVerdict {
    const burst = this.burst;
    if (burst === null) return passThrough;
    if (now - burst.lastAt < this.maxGapMs) return { ...passThrough, flushAt: burst.lastAt + this.maxGapMs };
    this.burst = null;
    return { ...passThrough, restore: heldText(burst) };
  }
}

/** The characters of a burst that were kept out of the field. */
function heldText(burst: Burst | null): string {
  return burst?.retracted ? burst.chars.join('') : '';
}

function isCharacter(key: string): boolean {
  return [...key].length === 1;
}

const cccdStart = /^\d{12}\|/;
const cccdFieldCount = 7;

/** What a wedge does to Vietnamese: "?" or U+FFFD for letters it cannot type, digits from Alt+numpad codes. */
const lossSigns = /[?\uFFFD]/;
const nonAscii = /[^\x20-\x7e]/;

export function wedgeScanOf(text: string): WedgeScan {
  const fields = text.split('|');
  const looksLikeCccd = cccdStart.test(text) && fields.length >= cccdFieldCount;
  if (!looksLikeCccd) return { text, looksLikeCccd, vietnameseLost: false };
  const name = fields[2] ?? '';
  const address = fields[5] ?? '';
  const vietnameseLost =
    lossSigns.test(name) ||
    lossSigns.test(address) ||
    /\d/.test(name) ||
    // A card address always names its ward or commune (Phường, Xã…) with diacritics.
    (address !== '' && !nonAscii.test(address));
  return { text, looksLikeCccd, vietnameseLost };
}
