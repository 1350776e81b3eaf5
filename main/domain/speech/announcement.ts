/**
 * What the hall hears when a ticket is called: a chime, then
 * "Mời công dân có số thứ tự a không một năm đến quầy số ba" — or "Mời lại …" for a
 * recall. The ticket is read as its letters then its digits one by one (as queue
 * systems in Vietnamese offices do: "không một năm" cannot be misheard as "mười
 * lăm"); the counter is read as a number ("quầy số mười hai").
 *
 * The result is both the sentence and the clip ids that speak it, built from the
 * same segments, so the text shown or logged is exactly what the clips say.
 */
import { AppError } from '../errors';
import { letterClip } from './letterNames';
import {
  callOpeningClip,
  chimeClip,
  counterNumberClip,
  counterPhraseClip,
  digitClip,
  largestCounterReadAsNumber,
  recallOpeningClip,
  type VoiceClip,
} from './voiceClips';

export { allClipIds } from './voiceClips';

export interface AnnouncementCall {
  /** As printed on the ticket: the area prefix then digits, e.g. "A015". */
  ticketNumber: string;
  counterNumber: number;
  /** A second call for the same ticket: "Mời lại …". */
  recall: boolean;
}

export interface Announcement {
  /** The spoken sentence, e.g. "Mời công dân có số thứ tự a không một năm đến quầy số ba." */
  text: string;
  /** Clip ids to play in order, starting with the chime. */
  clips: string[];
}

function unreadable(what: string, detail: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { detail: `Cannot announce ${what}: ${detail}`, message });
}

/** The letter clips then the digit clips of a ticket number; "A015" → a, 0, 1, 5. */
function ticketClips(ticketNumber: string): VoiceClip[] {
  const normalised = ticketNumber.normalize('NFC').trim();
  const parts = /^(\p{L}*)([0-9]+)$/u.exec(normalised);
  const message = `Số thứ tự "${ticketNumber}" không đọc thành lời được: số thứ tự phải gồm chữ cái rồi đến chữ số.`;
  if (!parts) throw unreadable('ticket', `"${ticketNumber}" is not letters followed by digits`, message);
  const letters = [...(parts[1] ?? '')].map((letter) => {
    const clip = letterClip(letter);
    if (!clip) throw unreadable('ticket', `no Vietnamese name for the letter "${letter}"`, message);
    return { id: clip.clipId, text: clip.name };
  });
  const digits = [...(parts[2] ?? '')].map((digit) => digitClip(Number(digit)));
  return [...letters, ...digits];
}

/** "mười hai" for counter 12; counters past 99 (none in a commune) are read digit by digit. */
function counterClips(counterNumber: number): VoiceClip[] {
  if (!Number.isInteger(counterNumber) || counterNumber < 1) {
    throw unreadable('counter', `counter number ${counterNumber} is not a positive integer`, `Số quầy "${counterNumber}" không hợp lệ.`);
  }
  if (counterNumber <= largestCounterReadAsNumber) return [counterNumberClip(counterNumber)];
  return [...String(counterNumber)].map((digit) => digitClip(Number(digit)));
}

function sentenceOf(segments: readonly VoiceClip[]): string {
  const words = segments.flatMap((segment) => (segment.text === null ? [] : [segment.text])).join(' ');
  return `${words.charAt(0).toLocaleUpperCase('vi')}${words.slice(1)}.`;
}

/** The sentence and clip sequence announcing `call`. Throws VALIDATION_FAILED for a ticket or counter it cannot read. */
export function announcementFor(call: AnnouncementCall): Announcement {
  const segments = [
    chimeClip,
    call.recall ? recallOpeningClip : callOpeningClip,
    ...ticketClips(call.ticketNumber),
    counterPhraseClip,
    ...counterClips(call.counterNumber),
  ];
  return { text: sentenceOf(segments), clips: segments.map((segment) => segment.id) };
}
