/**
 * How a ticket prefix letter is read aloud in Vietnamese: the names children learn
 * with the alphabet (A "a", B "bê", C "xê", Đ "đê", G "giê", H "hát", …), so
 * "B014" sounds "bê không một bốn". The 29 letters of the Vietnamese alphabet are
 * covered, and F, J, W, Z too, because a prefix is whatever an administrator typed.
 *
 * Each letter has a clip id of plain ASCII: the lower-case letter, with the Telex
 * spelling for the letters with marks (Đ → dd, Ă → aw, Â → aa, Ê → ee, Ô → oo,
 * Ơ → ow, Ư → uw) so the ids stay unambiguous file names.
 */

interface LetterName {
  /** Upper-case letter as it appears on a ticket. */
  letter: string;
  /** The suffix of its clip id: `letter-<key>`. */
  key: string;
  /** What is said. */
  name: string;
}

const letters: readonly LetterName[] = [
  { letter: 'A', key: 'a', name: 'a' },
  { letter: 'Ă', key: 'aw', name: 'á' },
  { letter: 'Â', key: 'aa', name: 'ớ' },
  { letter: 'B', key: 'b', name: 'bê' },
  { letter: 'C', key: 'c', name: 'xê' },
  { letter: 'D', key: 'd', name: 'dê' },
  { letter: 'Đ', key: 'dd', name: 'đê' },
  { letter: 'E', key: 'e', name: 'e' },
  { letter: 'Ê', key: 'ee', name: 'ê' },
  // Not in the Vietnamese alphabet; "ép" is how it is said in school and on the radio.
  { letter: 'F', key: 'f', name: 'ép' },
  { letter: 'G', key: 'g', name: 'giê' },
  { letter: 'H', key: 'h', name: 'hát' },
  { letter: 'I', key: 'i', name: 'i' },
  // Usually said "gi"; written "di" because a synthesiser reads a bare "gi" as a
  // consonant, and northern "di" and "gi" sound the same (/zi/).
  { letter: 'J', key: 'j', name: 'di' },
  { letter: 'K', key: 'k', name: 'ca' },
  { letter: 'L', key: 'l', name: 'e lờ' },
  { letter: 'M', key: 'm', name: 'em mờ' },
  { letter: 'N', key: 'n', name: 'en nờ' },
  { letter: 'O', key: 'o', name: 'o' },
  { letter: 'Ô', key: 'oo', name: 'ô' },
  { letter: 'Ơ', key: 'ow', name: 'ơ' },
  { letter: 'P', key: 'p', name: 'pê' },
  { letter: 'Q', key: 'q', name: 'quy' },
  { letter: 'R', key: 'r', name: 'e rờ' },
  { letter: 'S', key: 's', name: 'ét xì' },
  { letter: 'T', key: 't', name: 'tê' },
  { letter: 'U', key: 'u', name: 'u' },
  { letter: 'Ư', key: 'uw', name: 'ư' },
  { letter: 'V', key: 'v', name: 'vê' },
  { letter: 'W', key: 'w', name: 'vê kép' },
  { letter: 'X', key: 'x', name: 'ích xì' },
  { letter: 'Y', key: 'y', name: 'i dài' },
  { letter: 'Z', key: 'z', name: 'dét' },
];

const byLetter = new Map(letters.map((entry) => [entry.letter, entry]));

export interface LetterClip {
  clipId: string;
  name: string;
}

/** The clip id and spoken name of one letter (either case), or null if it is not a letter we read. */
export function letterClip(letter: string): LetterClip | null {
  const entry = byLetter.get(letter.normalize('NFC').toLocaleUpperCase('vi'));
  return entry ? { clipId: `letter-${entry.key}`, name: entry.name } : null;
}

/** Every letter clip, in alphabet order. */
export function allLetterClips(): LetterClip[] {
  return letters.map((entry) => ({ clipId: `letter-${entry.key}`, name: entry.name }));
}

/** The upper-case letters we can read, in alphabet order. */
export function readableLetters(): string[] {
  return letters.map((entry) => entry.letter);
}
