/**
 * The finite set of voice clips the hall announcement is made of, each with the
 * exact text it speaks. Announcements are sequences of these ids, so a display
 * board needs nothing but `resources/voice/<language>/<id>.wav`, offline.
 *
 * Whole phrases are single clips ("Mời công dân có số thứ tự") so they keep their
 * natural rhythm; counter numbers 1–99 are whole clips too ("hai mươi mốt" in one
 * breath sounds better than three glued words); ticket numbers are read digit by
 * digit, so ten digit clips cover every ticket.
 */
import { allLetterClips } from './letterNames';
import { digitWord, numberInWords } from './vietnameseNumbers';

export interface VoiceClip {
  id: string;
  /** The words spoken, or null for a sound that is not speech (the chime). */
  text: string | null;
}

export const chimeClip: VoiceClip = { id: 'chime', text: null };
export const callOpeningClip: VoiceClip = { id: 'moi-cong-dan-co-so-thu-tu', text: 'Mời công dân có số thứ tự' };
export const recallOpeningClip: VoiceClip = { id: 'moi-lai-cong-dan-co-so-thu-tu', text: 'Mời lại công dân có số thứ tự' };
export const counterPhraseClip: VoiceClip = { id: 'den-quay-so', text: 'đến quầy số' };

/** Counters up to this number are read as a number ("mười hai"); beyond it, digit by digit. */
export const largestCounterReadAsNumber = 99;

export function digitClip(digit: number): VoiceClip {
  return { id: `digit-${digit}`, text: digitWord(digit) };
}

/** A counter number 1–99 read as a number: 21 → { id: 'num-21', text: 'hai mươi mốt' }. */
export function counterNumberClip(counterNumber: number): VoiceClip {
  if (!Number.isInteger(counterNumber) || counterNumber < 1 || counterNumber > largestCounterReadAsNumber) {
    throw new RangeError(`Counter numbers 1–${largestCounterReadAsNumber} have a number clip, not ${counterNumber}`);
  }
  return { id: `num-${counterNumber}`, text: numberInWords(counterNumber) };
}

/** Every clip an announcement can use, each once: the list the clip generator renders. */
export function allVoiceClips(): VoiceClip[] {
  const digits = Array.from({ length: 10 }, (_, digit) => digitClip(digit));
  const counters = Array.from({ length: largestCounterReadAsNumber }, (_, index) => counterNumberClip(index + 1));
  const letters = allLetterClips().map(({ clipId, name }) => ({ id: clipId, text: name }));
  return [chimeClip, callOpeningClip, recallOpeningClip, counterPhraseClip, ...letters, ...digits, ...counters];
}

/** The ids of `allVoiceClips()`. */
export function allClipIds(): string[] {
  return allVoiceClips().map((clip) => clip.id);
}
