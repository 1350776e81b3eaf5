import { describe, expect, it } from 'vitest';
import { ScanFramer, type Frame } from '../../../main/devices/scanner/scanFramer';
import { chunksAt, cccdLine, cccdText } from './cccdFixtures';

const utf8 = (text: string) => new TextEncoder().encode(text);
const texts = (frames: Frame[]) => frames.map((frame) => (frame.kind === 'scan' ? new TextDecoder().decode(frame.bytes) : `<overlong ${frame.byteLength}>`));

describe('cutting a serial byte stream into scans', () => {
  it('a CR LF suffix ends a scan once, without an empty scan for the LF', () => {
    const framer = new ScanFramer();
    expect(texts(framer.push(utf8(cccdLine)))).toEqual([cccdText]);
    expect(framer.hasPending()).toBe(false);
  });

  it('CR alone, LF alone and CR LF all end a scan', () => {
    const framer = new ScanFramer();
    expect(texts(framer.push(utf8('A1\rB2\nC3\r\nD4\n\r')))).toEqual(['A1', 'B2', 'C3', 'D4']);
  });

  it('a scan split across chunks, even inside a Vietnamese letter, comes out whole', () => {
    const bytes = utf8(cccdLine);
    const insideE = bytes.indexOf(0xe1) + 1; // between the bytes of "ễ"
    const framer = new ScanFramer();
    const frames = chunksAt(bytes, 5, insideE, bytes.length - 1).flatMap((chunk) => framer.push(chunk));
    expect(texts(frames)).toEqual([cccdText]);
  });

  it('a suffix split from its scan (CR in one chunk, LF in the next) gives one scan', () => {
    const framer = new ScanFramer();
    const bytes = utf8(cccdLine);
    expect(texts(framer.push(bytes.subarray(0, bytes.length - 1)))).toEqual([cccdText]);
    expect(texts(framer.push(bytes.subarray(bytes.length - 1)))).toEqual([]);
  });

  it('several scans in one chunk come out in order, and a trailing partial scan waits', () => {
    const framer = new ScanFramer();
    expect(texts(framer.push(utf8(`${cccdLine}8934563138164\r\nHS-0001`)))).toEqual([cccdText, '8934563138164']);
    expect(framer.hasPending()).toBe(true);
    expect(texts(framer.push(utf8('23\r\n')))).toEqual(['HS-000123']);
  });

  it('without a suffix, the pending bytes are the scan when the caller says the scanner went quiet', () => {
    const framer = new ScanFramer();
    expect(framer.push(utf8(cccdText))).toEqual([]);
    const frame = framer.takePending();
    expect(frame && texts([frame])).toEqual([cccdText]);
    expect(framer.takePending()).toBeNull();
  });

  it('a runaway scan is refused once, and the stream recovers at the next suffix', () => {
    const framer = new ScanFramer({ maxScanBytes: 16 });
    expect(texts(framer.push(utf8('0123456789')))).toEqual([]);
    expect(texts(framer.push(utf8('0123456789')))).toEqual(['<overlong 20>']);
    expect(texts(framer.push(utf8('still the same scan\r\nOK\r\n')))).toEqual(['OK']);
  });

  it('terminators are configurable (a scanner framing scans with ETX)', () => {
    const framer = new ScanFramer({ terminators: [0x03] });
    expect(texts(framer.push(utf8('\u0002ABC\u0003\u0002DEF\u0003')))).toEqual(['\u0002ABC', '\u0002DEF']);
  });
});
