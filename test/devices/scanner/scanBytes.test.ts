import { describe, expect, it } from 'vitest';
import { decodeScanBytes } from '../../../main/devices/scanner/scanBytes';
import { cccdText } from './cccdFixtures';

describe('turning the bytes of a scan into text', () => {
  it('UTF-8 bytes carry Vietnamese intact', () => {
    const scan = decodeScanBytes(new TextEncoder().encode(cccdText), { source: 'serial' });
    expect(scan).toEqual({ kind: 'text', text: cccdText, source: 'serial', symbology: null });
  });

  it('bytes that are not UTF-8 give a garbled scan, never replacement characters', () => {
    // "Nguyễn" in Windows-1258 (a scanner set to a Vietnamese code page): 0xDE is not a UTF-8 lead byte here.
    const windows1258 = Uint8Array.of(0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e);
    expect(decodeScanBytes(windows1258, { source: 'serial' })).toEqual({
      kind: 'garbled',
      reason: 'invalid_utf8',
      byteLength: 7,
      source: 'serial',
      symbology: null,
    });
  });

  it('a UTF-8 letter cut short at the end of the scan is garbled too', () => {
    const truncated = new TextEncoder().encode('Nguyễ').subarray(0, -1);
    expect(decodeScanBytes(truncated, { source: 'hid-pos', symbology: ']Q1' })).toMatchObject({ kind: 'garbled', symbology: ']Q1' });
  });

  it('decomposed letters come out composed, and a byte-order mark is dropped', () => {
    const decomposed = `\uFEFF${'Nguyễn'.normalize('NFD')}`;
    expect(decodeScanBytes(new TextEncoder().encode(decomposed), { source: 'serial' })).toMatchObject({ kind: 'text', text: 'Nguyễn' });
  });
});
