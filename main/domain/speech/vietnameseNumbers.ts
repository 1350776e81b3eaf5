/**
 * Vietnamese numbers as spoken words, for the hall announcement ("quầy số hai mươi
 * mốt") and anything else that reads a number aloud. Pure: words in, words out.
 *
 * The rules (standard written Vietnamese, as in textbooks and official reading):
 * - 10 is "mười"; tens from 20 are "<digit> mươi" (20 = hai mươi, 90 = chín mươi).
 * - 1 after "mươi" is "mốt" (21 = hai mươi mốt), but after "mười" it stays "một"
 *   (11 = mười một) and after "linh" too (101 = một trăm linh một).
 * - 5 after "mười"/"mươi" is "lăm" (15 = mười lăm, 25 = hai mươi lăm); everywhere
 *   else it is "năm" (5, 105 = một trăm linh năm, 50 = năm mươi, 500 = năm trăm).
 *   The northern colloquial "nhăm" (hai mươi nhăm) is not standard and not offered.
 * - 4 after "mươi" is "tư" by default (24 = hai mươi tư), the usual spoken form in
 *   the north and in official reading; "bốn" (hai mươi bốn) is equally correct and
 *   common in the south, so it is an option. After "mười" it is always "bốn"
 *   (14 = mười bốn), and "bốn mươi", "bốn trăm" never change.
 * - A zero tens digit between hundreds and units is read "linh" by default
 *   (105 = một trăm linh năm, the northern and official form); "lẻ" is the southern
 *   alternative and an option.
 * - A group of three digits after a higher group is read in full, hundreds
 *   included: 1005 = một nghìn không trăm linh năm, 2024 = hai nghìn không trăm
 *   hai mươi tư; a group that is all zeros is silent (1000 = một nghìn).
 * - Thousands are "nghìn" by default (northern, official); "ngàn" (southern) is an
 *   option.
 */

export interface NumberReadingStyle {
  /** 4 after "mươi": "tư" (default) or "bốn". */
  fourAfterTens: 'tư' | 'bốn';
  /** A zero tens digit before units: "linh" (default) or "lẻ". */
  zeroTens: 'linh' | 'lẻ';
  /** 1000: "nghìn" (default) or "ngàn". */
  thousand: 'nghìn' | 'ngàn';
}

export const standardReading: NumberReadingStyle = { fourAfterTens: 'tư', zeroTens: 'linh', thousand: 'nghìn' };

/** The largest number `numberWords` reads: the app never needs millions. */
export const largestReadableNumber = 999_999;

const digitNames = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

/** The word for one digit on its own: 0 → "không", 5 → "năm". */
export function digitWord(digit: number): string {
  const word = digitNames[digit];
  if (!Number.isInteger(digit) || word === undefined) throw new RangeError(`Not a digit: ${digit}`);
  return word;
}

/** The units digit after "mươi"/"mười"/"linh", where 1, 4 and 5 change their word. */
function unitsAfterTens(units: number, tens: number, style: NumberReadingStyle): string {
  if (units === 1 && tens >= 2) return 'mốt';
  if (units === 4 && tens >= 2) return style.fourAfterTens;
  if (units === 5 && tens >= 1) return 'lăm';
  return digitWord(units);
}

/** 0–99 without leading "linh": 7 → bảy, 10 → mười, 15 → mười lăm, 21 → hai mươi mốt. */
function tensAndUnits(value: number, style: NumberReadingStyle): string[] {
  const tens = Math.floor(value / 10);
  const units = value % 10;
  if (tens === 0) return [digitWord(units)];
  const head = tens === 1 ? ['mười'] : [digitWord(tens), 'mươi'];
  return units === 0 ? head : [...head, unitsAfterTens(units, tens, style)];
}

/**
 * One group of three digits (1–999). `full` reads the hundreds even when they are
 * zero, as a group after "nghìn" must: 5 → "không trăm linh năm".
 */
function groupWords(value: number, full: boolean, style: NumberReadingStyle): string[] {
  const hundreds = Math.floor(value / 100);
  const rest = value % 100;
  if (hundreds === 0 && !full) return tensAndUnits(rest, style);
  const words = [digitWord(hundreds), 'trăm'];
  if (rest === 0) return words;
  if (rest < 10) return [...words, style.zeroTens, digitWord(rest)];
  return [...words, ...tensAndUnits(rest, style)];
}

/**
 * The words that read `value` (an integer 0–999,999) aloud:
 * 21 → ["hai", "mươi", "mốt"], 1005 → ["một", "nghìn", "không", "trăm", "linh", "năm"].
 */
export function numberWords(value: number, style: NumberReadingStyle = standardReading): string[] {
  if (!Number.isInteger(value) || value < 0 || value > largestReadableNumber) {
    throw new RangeError(`Can read integers 0–${largestReadableNumber} only, got ${value}`);
  }
  if (value === 0) return [digitWord(0)];
  const thousands = Math.floor(value / 1000);
  const below = value % 1000;
  if (thousands === 0) return groupWords(below, false, style);
  const head = [...groupWords(thousands, false, style), style.thousand];
  return below === 0 ? head : [...head, ...groupWords(below, true, style)];
}

/** `value` read aloud as one string: 105 → "một trăm linh năm". */
export function numberInWords(value: number, style: NumberReadingStyle = standardReading): string {
  return numberWords(value, style).join(' ');
}

/**
 * A string of digits read one by one, as ticket and phone numbers are: "015" →
 * ["không", "một", "năm"]. Every digit keeps its plain name (no mốt/lăm/tư).
 */
export function digitByDigitWords(digits: string): string[] {
  if (!/^[0-9]+$/.test(digits)) throw new RangeError(`Expected ASCII digits only, got "${digits}"`);
  return [...digits].map((digit) => digitWord(Number(digit)));
}

/** Digits read one by one as one string: "015" → "không một năm". */
export function digitsInWords(digits: string): string {
  return digitByDigitWords(digits).join(' ');
}
