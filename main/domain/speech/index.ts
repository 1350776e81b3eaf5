/**
 * Hall announcements in Vietnamese, offline: numbers read as words, the sentence
 * and clip sequence of a call, and the PCM/WAV pieces the clip generator is built
 * from. The board plays the clips with its own queue (renderer/src/voice/).
 */
export { digitByDigitWords, digitsInWords, digitWord, largestReadableNumber, numberInWords, numberWords, standardReading } from './vietnameseNumbers';
export type { NumberReadingStyle } from './vietnameseNumbers';
export { allLetterClips, letterClip, readableLetters } from './letterNames';
export type { LetterClip } from './letterNames';
export { allClipIds, allVoiceClips, largestCounterReadAsNumber } from './voiceClips';
export type { VoiceClip } from './voiceClips';
export { announcementFor } from './announcement';
export type { Announcement, AnnouncementCall } from './announcement';
export { chimeAudio } from './chime';
export { decodeWav, durationMs, encodeWav } from './wav';
export type { PcmAudio } from './wav';
export { amplify, defaultTrim, peakOf, resample, trimSilence } from './pcmEdits';
export type { TrimOptions } from './pcmEdits';
