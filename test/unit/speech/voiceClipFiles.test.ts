/**
 * The committed clips in resources/voice/vi/ match the code: the manifest lists
 * exactly allClipIds(), each with the text the code says it speaks, and every file
 * is a valid mono 16-bit WAV of the manifest's duration. (The clips are made with
 * espeak-ng by main/tools/generateVoiceClips.ts; CI only checks what was committed.)
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allClipIds } from '@domain/speech/announcement';
import { allVoiceClips } from '@domain/speech/voiceClips';

const voiceDir = join(import.meta.dirname, '..', '..', '..', 'resources', 'voice', 'vi');

interface ManifestEntry {
  id: string;
  file: string;
  durationMs: number;
  text: string | null;
}

const manifest = JSON.parse(readFileSync(join(voiceDir, 'manifest.json'), 'utf8')) as { language: string; sampleRate: number; clips: ManifestEntry[] };

/** The header fields of a WAV file, read independently of the code that wrote it. */
function wavHeader(bytes: Buffer) {
  const dataAt = bytes.indexOf('data', 12, 'ascii');
  return {
    riff: bytes.toString('ascii', 0, 4),
    wave: bytes.toString('ascii', 8, 12),
    riffSize: bytes.readUInt32LE(4),
    fmt: bytes.toString('ascii', 12, 16),
    format: bytes.readUInt16LE(20),
    channels: bytes.readUInt16LE(22),
    sampleRate: bytes.readUInt32LE(24),
    byteRate: bytes.readUInt32LE(28),
    bitsPerSample: bytes.readUInt16LE(34),
    dataSize: dataAt < 0 ? -1 : bytes.readUInt32LE(dataAt + 4),
    dataStart: dataAt + 8,
  };
}

describe('the committed Vietnamese voice clips', () => {
  it('the manifest lists exactly allClipIds(), in order', () => {
    expect(manifest.language).toBe('vi');
    expect(manifest.clips.map((clip) => clip.id)).toEqual(allClipIds());
  });

  it('each clip says the text the code expects of it', () => {
    expect(manifest.clips.map((clip) => ({ id: clip.id, text: clip.text }))).toEqual(allVoiceClips());
  });

  it('the folder holds no WAV the manifest does not list', () => {
    const wavs = readdirSync(voiceDir).filter((file) => file.endsWith('.wav'));
    expect(wavs.sort()).toEqual(manifest.clips.map((clip) => clip.file).sort());
  });

  it('every file is a mono 16-bit PCM RIFF/WAVE of the manifest duration (±20 ms)', () => {
    for (const clip of manifest.clips) {
      expect(clip.file).toBe(`${clip.id}.wav`);
      const bytes = readFileSync(join(voiceDir, clip.file));
      const header = wavHeader(bytes);
      expect({ id: clip.id, ...header }).toMatchObject({
        id: clip.id,
        riff: 'RIFF',
        wave: 'WAVE',
        riffSize: bytes.length - 8,
        fmt: 'fmt ',
        format: 1,
        channels: 1,
        sampleRate: manifest.sampleRate,
        byteRate: manifest.sampleRate * 2,
        bitsPerSample: 16,
        dataSize: bytes.length - header.dataStart,
      });
      const actualMs = (header.dataSize / 2 / header.sampleRate) * 1000;
      expect(Math.abs(actualMs - clip.durationMs), clip.id).toBeLessThanOrEqual(20);
      expect(clip.durationMs, clip.id).toBeGreaterThan(100);
    }
  });

  it('the clips are not silent', () => {
    for (const clip of manifest.clips) {
      const bytes = readFileSync(join(voiceDir, clip.file));
      const { dataStart } = wavHeader(bytes);
      let peak = 0;
      for (let offset = dataStart; offset + 1 < bytes.length; offset += 2) peak = Math.max(peak, Math.abs(bytes.readInt16LE(offset)));
      expect(peak, clip.id).toBeGreaterThan(0.2 * 32767);
    }
  });

  it('stay small enough to ship with the app (under 3.5 MB in all)', () => {
    const total = manifest.clips.reduce((sum, clip) => sum + statSync(join(voiceDir, clip.file)).size, 0);
    expect(total).toBeLessThan(3.5 * 1024 * 1024);
  });
});
