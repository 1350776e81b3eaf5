/**
 * The "ding-dong" before each call: two soft bell tones, 880 Hz (A5) then 660 Hz
 * (E5), the falling interval people in a waiting hall recognise as "a number is
 * being called". Synthesised here so the app ships no third-party sound.
 *
 * Each tone is a sine with a quieter second partial (a bell, not a beep), a 5 ms
 * attack so it does not click and an exponential decay; the second tone starts
 * while the first rings out.
 */
import type { PcmAudio } from './wav';

interface BellTone {
  frequency: number;
  startMs: number;
  lengthMs: number;
}

const tones: readonly BellTone[] = [
  { frequency: 880, startMs: 0, lengthMs: 900 },
  { frequency: 660, startMs: 450, lengthMs: 1100 },
];

/** Peak level of the chime as a fraction of full scale: below the speech, so it does not startle. */
const level = 0.45;
const attackMs = 5;
/** Time for a tone to fall to 1/e of its start. */
const decayMs = 280;
const secondPartial = { ratio: 2, gain: 0.25 };

/** The two-tone chime at `sampleRate`. */
export function chimeAudio(sampleRate: number): PcmAudio {
  const totalMs = Math.max(...tones.map((tone) => tone.startMs + tone.lengthMs));
  const mix = new Float64Array(Math.round((totalMs * sampleRate) / 1000));
  for (const tone of tones) {
    const start = Math.round((tone.startMs * sampleRate) / 1000);
    const length = Math.round((tone.lengthMs * sampleRate) / 1000);
    for (let i = 0; i < length && start + i < mix.length; i++) {
      const t = i / sampleRate;
      const ms = t * 1000;
      const attack = Math.min(1, ms / attackMs);
      // The last 20 ms fade to exactly zero so the tone ends without a step.
      const release = Math.min(1, (tone.lengthMs - ms) / 20);
      const envelope = attack * release * Math.exp(-ms / decayMs);
      const wave =
        Math.sin(2 * Math.PI * tone.frequency * t) + secondPartial.gain * Math.sin(2 * Math.PI * tone.frequency * secondPartial.ratio * t);
      mix[start + i] = (mix[start + i] ?? 0) + (envelope * wave) / (1 + secondPartial.gain);
    }
  }
  let peak = 0;
  for (const value of mix) peak = Math.max(peak, Math.abs(value));
  const scale = (level * 32767) / (peak || 1);
  return { sampleRate, samples: Int16Array.from(mix, (value) => Math.round(value * scale)) };
}
