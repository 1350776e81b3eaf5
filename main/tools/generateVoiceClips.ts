/**
 * `npx tsx main/tools/generateVoiceClips.ts`: renders every clip of
 * `allVoiceClips()` into resources/voice/vi/<id>.wav with espeak-ng's Vietnamese
 * voice (the chime is synthesised here), and writes resources/voice/vi/manifest.json.
 * Run by hand when the clip set changes; the WAVs are committed, so neither the app
 * nor CI needs espeak-ng.
 *
 * Tones carry meaning in Vietnamese ("mười" ten, "mươi" -ty), so each clip's tones
 * are checked: espeak-ng's phoneme output (-x) must give every syllable the tone its
 * diacritics say. A phrase that comes out wrong is synthesised word by word; a word
 * that is wrong on its own stops the run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chimeAudio } from '@domain/speech/chime';
import { amplify, peakOf, resample, trimSilence } from '@domain/speech/pcmEdits';
import { allVoiceClips, type VoiceClip } from '@domain/speech/voiceClips';
import { decodeWav, durationMs, encodeWav, type PcmAudio } from '@domain/speech/wav';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outputDir = join(root, 'resources', 'voice', 'vi');

/** Northern voice (the standard the number words follow), a calm hall pace, default pitch. */
const espeakVoice = { voice: 'vi', wordsPerMinute: 150, pitch: 50 };
/** espeak-ng speaks at 22.05 kHz; 16 kHz keeps the committed clips near 3 MB and loses nothing a hall loudspeaker carries. */
const sampleRate = 16_000;
/** Speech peaks at about -1 dBFS after the common gain. */
const speechPeak = 0.89 * 32767;
/** Pause between words when a phrase has to be glued from single words. */
const wordGapMs = 60;

/** Tone digit espeak-ng's Vietnamese phonemes use for each tone mark; level tone is 1 or 7. */
const toneDigitsOfMark: Record<string, string> = { '\u0300': '2', '\u0301': '3', '\u0309': '4', '\u0303': '5', '\u0323': '6' };

function expectedTones(word: string): string {
  const mark = [...word.normalize('NFD')].find((char) => char in toneDigitsOfMark);
  return mark ? (toneDigitsOfMark[mark] ?? '') : '17';
}

function espeak(args: string[]): Buffer {
  const base = ['-v', espeakVoice.voice, '-s', String(espeakVoice.wordsPerMinute), '-p', String(espeakVoice.pitch)];
  return execFileSync('espeak-ng', [...base, ...args], { maxBuffer: 64 * 1024 * 1024 });
}

/** True when espeak-ng gives every word of `text` the tone its diacritics say. */
function tonesAreRight(text: string): boolean {
  const words = text.split(/\s+/);
  const syllables = espeak(['-q', '-x', text]).toString('utf8').trim().split(/\s+/);
  if (syllables.length !== words.length) return false;
  return syllables.every((syllable, i) => {
    const tones = syllable.match(/[1-7]/g) ?? [];
    return tones.length === 1 && expectedTones(words[i] ?? '').includes(tones[0] ?? '');
  });
}

function spoken(text: string): PcmAudio {
  const wav = espeak(['--stdout', text]);
  return trimSilence(decodeWav(new Uint8Array(wav.buffer, wav.byteOffset, wav.byteLength)));
}

function concatenate(parts: PcmAudio[], gapMs: number): PcmAudio {
  const rate = parts[0]?.sampleRate ?? sampleRate;
  const gap = Math.round((gapMs * rate) / 1000);
  const length = parts.reduce((sum, part) => sum + part.samples.length, 0) + gap * Math.max(0, parts.length - 1);
  const samples = new Int16Array(length);
  let offset = 0;
  for (const part of parts) {
    samples.set(part.samples, offset);
    offset += part.samples.length + gap;
  }
  return { sampleRate: rate, samples };
}

/** The clip's speech, whole if its tones come out right, else word by word. */
function synthesise(clip: VoiceClip & { text: string }): { audio: PcmAudio; wordByWord: boolean } {
  if (tonesAreRight(clip.text)) return { audio: spoken(clip.text), wordByWord: false };
  const words = clip.text.split(/\s+/);
  const wrong = words.filter((word) => !tonesAreRight(word));
  if (wrong.length > 0) throw new Error(`espeak-ng gives the wrong tone to ${wrong.join(', ')} (clip ${clip.id})`);
  return { audio: concatenate(words.map(spoken), wordGapMs), wordByWord: true };
}

function espeakVersion(): string {
  const probe = spawnSync('espeak-ng', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    console.error('espeak-ng is not installed. On Debian/Ubuntu: apt-get update && apt-get install -y espeak-ng');
    process.exit(1);
  }
  return /\d+\.\d+(\.\d+)?/.exec(probe.stdout)?.[0] ?? 'unknown';
}

function main(): void {
  const version = espeakVersion();
  const clips = allVoiceClips();
  const speech = new Map<string, PcmAudio>();
  for (const clip of clips) {
    if (clip.text === null) continue;
    const { audio, wordByWord } = synthesise({ ...clip, text: clip.text });
    if (wordByWord) console.log(`${clip.id}: phrase tones were wrong, synthesised word by word`);
    speech.set(clip.id, audio);
  }
  // One gain for all speech, so clips keep espeak-ng's relative loudness and a
  // sentence glued from them does not jump in level.
  const gain = speechPeak / Math.max(...[...speech.values()].map(peakOf));

  mkdirSync(outputDir, { recursive: true });
  for (const file of readdirSync(outputDir)) if (file.endsWith('.wav')) rmSync(join(outputDir, file));
  const entries = clips.map((clip) => {
    const voiced = speech.get(clip.id);
    const audio = resample(voiced ? amplify(voiced, gain) : chimeAudio(sampleRate), sampleRate);
    const file = `${clip.id}.wav`;
    writeFileSync(join(outputDir, file), encodeWav(audio));
    return { id: clip.id, file, durationMs: durationMs(audio), text: clip.text };
  });
  const manifest = {
    language: 'vi',
    generator: `espeak-ng ${version}, voice ${espeakVoice.voice}, ${espeakVoice.wordsPerMinute} wpm, pitch ${espeakVoice.pitch}; chime synthesised (main/domain/speech/chime.ts)`,
    sampleRate,
    clips: entries,
  };
  writeFileSync(join(outputDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const totalMs = entries.reduce((sum, entry) => sum + entry.durationMs, 0);
  console.log(`Wrote ${entries.length} clips (${(totalMs / 1000).toFixed(1)} s of audio) to ${outputDir}`);
}

main();
