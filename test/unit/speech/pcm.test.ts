import { describe, expect, it } from 'vitest';
import { chimeAudio } from '@domain/speech/chime';
import { amplify, peakOf, resample, trimSilence } from '@domain/speech/pcmEdits';
import { decodeWav, durationMs, encodeWav, type PcmAudio } from '@domain/speech/wav';

/** Strength of one frequency in a stretch of samples (Goertzel), 0…1 of full scale. */
function strengthAt(samples: Int16Array, sampleRate: number, frequency: number): number {
  const coefficient = 2 * Math.cos((2 * Math.PI * frequency) / sampleRate);
  let previous = 0;
  let beforePrevious = 0;
  for (const sample of samples) {
    const current = sample / 32768 + coefficient * previous - beforePrevious;
    beforePrevious = previous;
    previous = current;
  }
  const power = previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
  return (2 * Math.sqrt(power)) / samples.length;
}

function tone(frequency: number, sampleRate: number, ms: number, level = 0.5): PcmAudio {
  const samples = Int16Array.from({ length: Math.round((ms * sampleRate) / 1000) }, (_, i) =>
    Math.round(level * 32767 * Math.sin((2 * Math.PI * frequency * i) / sampleRate)),
  );
  return { sampleRate, samples };
}

describe('WAV files', () => {
  it('round-trips mono 16-bit PCM through a 44-byte RIFF/WAVE header', () => {
    const audio: PcmAudio = { sampleRate: 16_000, samples: Int16Array.from([0, 1, -1, 32767, -32768, 1234]) };
    const bytes = encodeWav(audio);
    expect(bytes.length).toBe(44 + 12);
    expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe('RIFF');
    expect(new TextDecoder().decode(bytes.slice(8, 12))).toBe('WAVE');
    expect(decodeWav(bytes)).toEqual(audio);
  });

  it('reads a streamed WAV whose header does not know its length, as espeak-ng --stdout writes', () => {
    const bytes = encodeWav({ sampleRate: 22_050, samples: Int16Array.from([5, 6, 7]) });
    new DataView(bytes.buffer).setUint32(4, 0x7fffffff, true);
    new DataView(bytes.buffer).setUint32(40, 0x7fffffff, true);
    expect(Array.from(decodeWav(bytes).samples)).toEqual([5, 6, 7]);
  });

  it('refuses what is not mono 16-bit PCM WAV', () => {
    expect(() => decodeWav(new TextEncoder().encode('ID3 not a wave file'))).toThrow(RangeError);
    const stereo = encodeWav({ sampleRate: 8000, samples: new Int16Array(4) });
    new DataView(stereo.buffer).setUint16(22, 2, true);
    expect(() => decodeWav(stereo)).toThrow(/mono 16-bit/);
  });

  it('gives the duration in milliseconds', () => {
    expect(durationMs({ sampleRate: 16_000, samples: new Int16Array(8000) })).toBe(500);
  });
});

describe('PCM edits', () => {
  it('trims leading and trailing silence but keeps a little air around the sound', () => {
    const rate = 1000;
    const samples = new Int16Array(1000);
    samples.fill(10_000, 300, 500);
    const trimmed = trimSilence({ sampleRate: rate, samples }, { threshold: 400, leadMs: 15, tailMs: 40, fadeMs: 5 });
    expect(trimmed.samples.length).toBe(15 + 200 + 40);
    expect(trimmed.samples[0]).toBe(0);
    expect(trimmed.samples[15 + 100]).toBe(10_000);
  });

  it('trims silence to nothing', () => {
    expect(trimSilence({ sampleRate: 16_000, samples: new Int16Array(500) }).samples.length).toBe(0);
  });

  it('resampling keeps a speech tone and its length', () => {
    const resampled = resample(tone(1000, 22_050, 500), 16_000);
    expect(resampled.sampleRate).toBe(16_000);
    expect(resampled.samples.length).toBe(8000);
    expect(strengthAt(resampled.samples.slice(1000, 7000), 16_000, 1000)).toBeCloseTo(0.5, 1);
  });

  it('resampling down removes what the new rate cannot hold instead of folding it back', () => {
    // 10 kHz cannot exist at 16 kHz; naive decimation would fold it to 6 kHz.
    const resampled = resample(tone(10_000, 22_050, 500), 16_000);
    expect(strengthAt(resampled.samples.slice(1000, 7000), 16_000, 6000)).toBeLessThan(0.02);
  });

  it('amplifies and clamps to the 16-bit range', () => {
    const louder = amplify({ sampleRate: 8000, samples: Int16Array.from([100, -100, 20_000]) }, 2);
    expect(Array.from(louder.samples)).toEqual([200, -200, 32767]);
    expect(peakOf(louder)).toBe(32767);
  });
});

describe('the chime', () => {
  const rate = 16_000;
  const chime = chimeAudio(rate);
  const window = (fromMs: number, toMs: number) => chime.samples.slice((fromMs * rate) / 1000, (toMs * rate) / 1000);

  it('rings 880 Hz first, then 660 Hz over the fading first tone', () => {
    expect(strengthAt(window(20, 300), rate, 880)).toBeGreaterThan(5 * strengthAt(window(20, 300), rate, 660));
    expect(strengthAt(window(600, 900), rate, 660)).toBeGreaterThan(3 * strengthAt(window(600, 900), rate, 880));
  });

  it('starts and ends in silence (no click) and stays well below full scale', () => {
    expect(Math.abs(chime.samples[0] ?? 1)).toBeLessThan(100);
    expect(Math.abs(chime.samples.at(-1) ?? 1)).toBeLessThan(100);
    expect(peakOf(chime)).toBeLessThan(0.5 * 32767);
    expect(peakOf(chime)).toBeGreaterThan(0.3 * 32767);
  });

  it('is the same every time it is made', () => {
    expect(chimeAudio(rate)).toEqual(chime);
  });
});
