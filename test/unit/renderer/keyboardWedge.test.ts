import { describe, expect, it } from 'vitest';
import {
  KeyboardWedgeDetector,
  wedgeScanOf,
  wedgeVietnameseLostMessage,
  type WedgeKeyEvent,
  type WedgeVerdict,
} from '../../../renderer/src/scanner/keyboardWedge';

/** Key events for `text`, one every `gapMs`, starting at `at`; "⏎" stands for Enter. */
function keys(text: string, gapMs: number, at = 1_000): WedgeKeyEvent[] {
  return [...text].map((char, index) => ({ key: char === '⏎' ? 'Enter' : char, timeStamp: at + index * gapMs }));
}

/**
 * Plays the events the way the counter screen would: what reached the focused
 * field (passed keys, minus retracted ones, plus restored text) and the scans.
 */
function play(detector: KeyboardWedgeDetector, events: WedgeKeyEvent[]) {
  let field = '';
  const scans: ReturnType<typeof wedgeScanOf>[] = [];
  const verdicts: WedgeVerdict[] = [];
  const apply = (verdict: WedgeVerdict, key?: string) => {
    verdicts.push(verdict);
    if (verdict.retract > 0) field = field.slice(0, -verdict.retract);
    field += verdict.restore;
    if (verdict.scan) scans.push(verdict.scan);
    if (key !== undefined && !verdict.swallow && [...key].length === 1) field += key;
  };
  for (const event of events) apply(detector.key(event), event.key);
  return {
    verdicts,
    scans,
    field: () => field,
    flush: (now: number) => apply(detector.flush(now)),
  };
}

const cccdAsAWedgeTypesIt = '001090123456|012345678|Nguy?n V?n A|01011990|Nam|Ph??ng B?n Ngh?, Qu?n 1, TP. H? Ch? Minh|15042021';

describe('keyboard wedge: telling a scanner from a person', () => {
  it('a fast burst ending with Enter is a scan: the text comes out and nothing lands in the field', () => {
    const session = play(new KeyboardWedgeDetector(), keys('HS-000123-2026⏎', 4));
    expect(session.scans.map((scan) => scan.text)).toEqual(['HS-000123-2026']);
    expect(session.field()).toBe('');
    // The first key reached the field before the burst could be seen; the second takes it back.
    expect(session.verdicts[0]).toMatchObject({ swallow: false, retract: 0 });
    expect(session.verdicts[1]).toMatchObject({ swallow: true, retract: 1 });
    expect(session.verdicts.slice(2).every((verdict) => verdict.swallow && verdict.retract === 0)).toBe(true);
  });

  it('the Enter that ends a scan is swallowed, so it does not submit the form', () => {
    const session = play(new KeyboardWedgeDetector(), keys('8934563138164⏎', 3));
    expect(session.verdicts.at(-1)).toMatchObject({ swallow: true, scan: { text: '8934563138164' } });
  });

  it('slow human typing is never touched: every key passes, Enter included', () => {
    const session = play(new KeyboardWedgeDetector(), keys('Nguyen Van A⏎', 120));
    expect(session.scans).toEqual([]);
    expect(session.verdicts.every((verdict) => !verdict.swallow && verdict.retract === 0 && verdict.restore === '')).toBe(true);
    expect(session.field()).toBe('Nguyen Van A');
  });

  it('a fast typist rolling two keys gets both letters back, in order, when the burst stops', () => {
    const detector = new KeyboardWedgeDetector();
    const session = play(detector, [
      { key: 't', timeStamp: 1_000 },
      { key: 'h', timeStamp: 1_012 },
      { key: 'e', timeStamp: 1_140 },
    ]);
    expect(session.field()).toBe('the');
    expect(session.scans).toEqual([]);
  });

  it('a burst that stops without Enter is given back when the caller flushes at the time it was told', () => {
    const detector = new KeyboardWedgeDetector();
    const session = play(detector, keys('ab', 10));
    expect(session.field()).toBe('');
    const flushAt = session.verdicts.at(-1)!.flushAt!;
    expect(flushAt).toBe(1_040);
    session.flush(flushAt - 1);
    expect(session.field()).toBe('');
    session.flush(flushAt);
    expect(session.field()).toBe('ab');
  });

  it('a short fast burst before Enter is typing ("ok⏎"): the letters come back and Enter passes', () => {
    const session = play(new KeyboardWedgeDetector(), keys('ok⏎', 10));
    expect(session.scans).toEqual([]);
    expect(session.field()).toBe('ok');
    expect(session.verdicts.at(-1)).toMatchObject({ swallow: false, restore: 'ok' });
  });

  it('Shift between characters (upper case from a US-keyboard scanner) does not break a burst', () => {
    const events: WedgeKeyEvent[] = [];
    let at = 0;
    for (const char of 'HS-ABC') {
      if (/[A-Z]/.test(char)) events.push({ key: 'Shift', timeStamp: (at += 2) });
      events.push({ key: char, timeStamp: (at += 3) });
    }
    events.push({ key: 'Enter', timeStamp: (at += 3) });
    expect(play(new KeyboardWedgeDetector(), events).scans.map((scan) => scan.text)).toEqual(['HS-ABC']);
  });

  it('Backspace in the middle of a burst gives the held letters back to the person', () => {
    const session = play(new KeyboardWedgeDetector(), [...keys('abc', 5), { key: 'Backspace', timeStamp: 1_012 }]);
    expect(session.verdicts.at(-1)).toMatchObject({ swallow: false, restore: 'abc' });
  });

  it('the gap, the minimum length and the end keys are settings (a scanner with a Tab suffix)', () => {
    const detector = new KeyboardWedgeDetector({ maxGapMs: 50, minLength: 3, endKeys: ['Tab'] });
    const session = play(detector, [...keys('A12', 40), { key: 'Tab', timeStamp: 1_120 }]);
    expect(session.scans.map((scan) => scan.text)).toEqual(['A12']);
  });
});

describe('keyboard wedge: Vietnamese that did not survive', () => {
  it('a CCCD typed by a wedge with "?" for each letter it could not type is flagged', () => {
    const session = play(new KeyboardWedgeDetector(), keys(`${cccdAsAWedgeTypesIt}⏎`, 2));
    expect(session.scans).toEqual([{ text: cccdAsAWedgeTypesIt, looksLikeCccd: true, vietnameseLost: true }]);
    expect(wedgeVietnameseLostMessage).toBe(
      'Máy quét đang ở chế độ bàn phím, không đọc được tiếng Việt — hãy chuyển sang chế độ HID-POS hoặc USB-serial',
    );
  });

  it('a CCCD whose letters were silently dropped is flagged too: a card address always has diacritics', () => {
    expect(wedgeScanOf('001090123456|012345678|Nguyn Vn A|01011990|Nam|Phng Bn Ngh, Qun 1, TP. H Ch Minh|15042021')).toMatchObject({
      looksLikeCccd: true,
      vietnameseLost: true,
    });
  });

  it('Alt+numpad codes leave digits in the name, which no name has', () => {
    expect(wedgeScanOf('001090123456|012345678|Nguy0234n V0226n A|01011990|Nam|Phường Bến Nghé|15042021').vietnameseLost).toBe(true);
  });

  it('an intact CCCD (a wedge on a Vietnamese keyboard layout) and non-CCCD scans are not flagged', () => {
    expect(
      wedgeScanOf('001090123456|012345678|Nguyễn Văn A|01011990|Nam|Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|15042021'),
    ).toEqual({
      text: '001090123456|012345678|Nguyễn Văn A|01011990|Nam|Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|15042021',
      looksLikeCccd: true,
      vietnameseLost: false,
    });
    expect(wedgeScanOf('HS-000123-2026?')).toEqual({ text: 'HS-000123-2026?', looksLikeCccd: false, vietnameseLost: false });
  });
});
