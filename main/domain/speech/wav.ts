/**
 * Mono 16-bit PCM WAV files: the format of the voice clips. Pure byte work on
 * Uint8Array (no Node Buffer), so the clip generator and any checker share it.
 */

export interface PcmAudio {
  sampleRate: number;
  /** Mono samples, -32768…32767. */
  samples: Int16Array;
}

const headerBytes = 44;

/** A canonical 44-byte-header RIFF/WAVE file holding `audio`. */
export function encodeWav(audio: PcmAudio): Uint8Array {
  const dataBytes = audio.samples.length * 2;
  const bytes = new Uint8Array(headerBytes + dataBytes);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => [...text].forEach((char, i) => view.setUint8(offset + i, char.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, audio.sampleRate, true);
  view.setUint32(28, audio.sampleRate * 2, true); // byte rate
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  audio.samples.forEach((sample, i) => view.setInt16(headerBytes + i * 2, sample, true));
  return bytes;
}

function chunkId(view: DataView, offset: number): string {
  return String.fromCharCode(view.getUint8(offset), view.getUint8(offset + 1), view.getUint8(offset + 2), view.getUint8(offset + 3));
}

/**
 * The audio of a mono 16-bit PCM WAV file. Tolerates the "unknown length" sizes a
 * streaming writer puts in the header (espeak-ng --stdout) by reading to the end.
 */
export function decodeWav(bytes: Uint8Array): PcmAudio {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12 || chunkId(view, 0) !== 'RIFF' || chunkId(view, 8) !== 'WAVE') {
    throw new RangeError('Not a RIFF/WAVE file');
  }
  let sampleRate: number | null = null;
  for (let offset = 12; offset + 8 <= bytes.byteLength; ) {
    const id = chunkId(view, offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ') {
      const format = view.getUint16(body, true);
      const channels = view.getUint16(body + 2, true);
      const bits = view.getUint16(body + 14, true);
      if (format !== 1 || channels !== 1 || bits !== 16) {
        throw new RangeError(`Expected mono 16-bit PCM, got format ${format}, ${channels} channels, ${bits} bits`);
      }
      sampleRate = view.getUint32(body + 4, true);
    } else if (id === 'data') {
      if (sampleRate === null) throw new RangeError('WAV data chunk before its fmt chunk');
      const length = Math.min(size, bytes.byteLength - body) & ~1;
      const samples = new Int16Array(length / 2);
      for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(body + i * 2, true);
      return { sampleRate, samples };
    }
    offset = body + size + (size % 2);
  }
  throw new RangeError('WAV file has no data chunk');
}

/** How long `audio` plays, in whole milliseconds. */
export function durationMs(audio: PcmAudio): number {
  return Math.round((audio.samples.length * 1000) / audio.sampleRate);
}
