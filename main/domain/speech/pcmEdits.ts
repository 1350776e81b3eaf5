/**
 * Edits on mono PCM the voice clips need so they flow as one sentence: trim the
 * synthesiser's silence, change the sample rate, set the level.
 */
import type { PcmAudio } from './wav';

export interface TrimOptions {
  /** Samples quieter than this (absolute value) count as silence. */
  threshold: number;
  /** Silence kept before the first sound, so the first consonant is not clipped. */
  leadMs: number;
  /** Silence kept after the last sound, so the word does not end abruptly. */
  tailMs: number;
  /** Linear fade at both cut edges, so a cut never clicks. */
  fadeMs: number;
}

export const defaultTrim: TrimOptions = { threshold: 400, leadMs: 15, tailMs: 40, fadeMs: 5 };

/** `audio` without its leading and trailing silence (empty if it is all silence). */
export function trimSilence(audio: PcmAudio, options: TrimOptions = defaultTrim): PcmAudio {
  const { samples, sampleRate } = audio;
  const loud = (sample: number) => Math.abs(sample) > options.threshold;
  const first = samples.findIndex(loud);
  if (first < 0) return { sampleRate, samples: new Int16Array(0) };
  let last = samples.length - 1;
  while (!loud(samples[last] ?? 0)) last--;
  const start = Math.max(0, first - Math.round((options.leadMs * sampleRate) / 1000));
  const end = Math.min(samples.length, last + 1 + Math.round((options.tailMs * sampleRate) / 1000));
  const trimmed = samples.slice(start, end);
  const fade = Math.min(Math.round((options.fadeMs * sampleRate) / 1000), Math.floor(trimmed.length / 2));
  for (let i = 0; i < fade; i++) {
    const gain = i / fade;
    trimmed[i] = Math.round((trimmed[i] ?? 0) * gain);
    trimmed[trimmed.length - 1 - i] = Math.round((trimmed[trimmed.length - 1 - i] ?? 0) * gain);
  }
  return { sampleRate, samples: trimmed };
}

/** Zero crossings of the windowed sinc on each side: enough for speech, cheap enough for a build tool. */
const sincLobes = 12;

function sinc(x: number): number {
  return x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
}

/**
 * `audio` at another sample rate, band-limited with a Lanczos-windowed sinc so
 * that going down (22.05 → 16 kHz) filters out what the new rate cannot hold
 * instead of folding the hiss of "s" and "x" back into the speech.
 */
export function resample(audio: PcmAudio, sampleRate: number): PcmAudio {
  if (sampleRate === audio.sampleRate) return { sampleRate, samples: audio.samples.slice() };
  const { samples } = audio;
  const step = audio.sampleRate / sampleRate;
  // Cut-off as a fraction of the input's Nyquist frequency: the lower of the two.
  const cutoff = Math.min(1, 1 / step);
  const halfWidth = Math.ceil(sincLobes / cutoff);
  const out = new Int16Array(Math.round(samples.length / step));
  for (let i = 0; i < out.length; i++) {
    const centre = i * step;
    let sum = 0;
    for (let k = Math.floor(centre) - halfWidth + 1; k <= Math.floor(centre) + halfWidth; k++) {
      const sample = samples[k];
      if (sample === undefined) continue;
      const distance = (centre - k) * cutoff;
      sum += sample * cutoff * sinc(distance) * sinc(distance / sincLobes);
    }
    out[i] = Math.max(-32768, Math.min(32767, Math.round(sum)));
  }
  return { sampleRate, samples: out };
}

/** The largest absolute sample value. */
export function peakOf(audio: PcmAudio): number {
  let peak = 0;
  for (const sample of audio.samples) peak = Math.max(peak, Math.abs(sample));
  return peak;
}

/** `audio` multiplied by `gain`, clamped to the 16-bit range. */
export function amplify(audio: PcmAudio, gain: number): PcmAudio {
  const samples = audio.samples.map((sample) => Math.max(-32768, Math.min(32767, Math.round(sample * gain))));
  return { sampleRate: audio.sampleRate, samples };
}
