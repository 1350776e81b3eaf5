import { describe, expect, it } from 'vitest';
import {
  digitByDigitWords,
  digitsInWords,
  largestReadableNumber,
  numberInWords,
  numberWords,
  type NumberReadingStyle,
} from '@domain/speech/vietnameseNumbers';

const southern: NumberReadingStyle = { fourAfterTens: 'bốn', zeroTens: 'lẻ', thousand: 'ngàn' };

describe('Vietnamese numbers: the first hundred', () => {
  it.each([
    [0, 'không'],
    [1, 'một'],
    [2, 'hai'],
    [3, 'ba'],
    [4, 'bốn'],
    [5, 'năm'],
    [6, 'sáu'],
    [7, 'bảy'],
    [8, 'tám'],
    [9, 'chín'],
  ])('%i on its own is "%s"', (value, words) => {
    expect(numberInWords(value)).toBe(words);
  });

  it('10 is "mười", and 11–19 are "mười" + the units, with 15 "mười lăm" and 14 "mười bốn"', () => {
    expect(Array.from({ length: 10 }, (_, i) => numberInWords(10 + i))).toEqual([
      'mười',
      'mười một',
      'mười hai',
      'mười ba',
      'mười bốn',
      'mười lăm',
      'mười sáu',
      'mười bảy',
      'mười tám',
      'mười chín',
    ]);
  });

  it('round tens from 20 are "<digit> mươi", with no mốt/lăm/tư on the tens digit', () => {
    expect([20, 30, 40, 50, 60, 70, 80, 90].map((value) => numberInWords(value))).toEqual([
      'hai mươi',
      'ba mươi',
      'bốn mươi',
      'năm mươi',
      'sáu mươi',
      'bảy mươi',
      'tám mươi',
      'chín mươi',
    ]);
  });

  it('1 after "mươi" is "mốt" (21, 31 … 91), but 11 stays "mười một"', () => {
    expect(numberInWords(21)).toBe('hai mươi mốt');
    expect(numberInWords(31)).toBe('ba mươi mốt');
    expect(numberInWords(91)).toBe('chín mươi mốt');
    expect(numberInWords(11)).toBe('mười một');
  });

  it('5 after "mười"/"mươi" is "lăm" (15, 25 … 95), never the colloquial "nhăm"', () => {
    expect(numberInWords(15)).toBe('mười lăm');
    expect(numberInWords(25)).toBe('hai mươi lăm');
    expect(numberInWords(55)).toBe('năm mươi lăm');
    expect(numberInWords(95)).toBe('chín mươi lăm');
    expect(numberInWords(45)).not.toContain('nhăm');
  });

  it('4 after "mươi" is "tư" by default (24 = hai mươi tư) and "bốn" in the southern style', () => {
    expect(numberInWords(24)).toBe('hai mươi tư');
    expect(numberInWords(94)).toBe('chín mươi tư');
    expect(numberInWords(24, southern)).toBe('hai mươi bốn');
    expect(numberInWords(14)).toBe('mười bốn');
    expect(numberInWords(44)).toBe('bốn mươi tư');
  });

  it('other units after "mươi" keep their own names', () => {
    expect(numberInWords(22)).toBe('hai mươi hai');
    expect(numberInWords(37)).toBe('ba mươi bảy');
    expect(numberInWords(66)).toBe('sáu mươi sáu');
    expect(numberInWords(99)).toBe('chín mươi chín');
  });
});

describe('Vietnamese numbers: hundreds', () => {
  it.each([
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [104, 'một trăm linh bốn'],
    [105, 'một trăm linh năm'],
    [109, 'một trăm linh chín'],
    [110, 'một trăm mười'],
    [111, 'một trăm mười một'],
    [114, 'một trăm mười bốn'],
    [115, 'một trăm mười lăm'],
    [120, 'một trăm hai mươi'],
    [121, 'một trăm hai mươi mốt'],
    [124, 'một trăm hai mươi tư'],
    [125, 'một trăm hai mươi lăm'],
    [150, 'một trăm năm mươi'],
    [155, 'một trăm năm mươi lăm'],
    [199, 'một trăm chín mươi chín'],
    [200, 'hai trăm'],
    [404, 'bốn trăm linh bốn'],
    [500, 'năm trăm'],
    [505, 'năm trăm linh năm'],
    [515, 'năm trăm mười lăm'],
    [555, 'năm trăm năm mươi lăm'],
    [909, 'chín trăm linh chín'],
    [999, 'chín trăm chín mươi chín'],
  ])('%i is "%s"', (value, words) => {
    expect(numberInWords(value)).toBe(words);
  });

  it('a zero tens digit is "linh" by default and "lẻ" in the southern style (105)', () => {
    expect(numberInWords(105, southern)).toBe('một trăm lẻ năm');
  });
});

describe('Vietnamese numbers: thousands', () => {
  it.each([
    [1000, 'một nghìn'],
    [1001, 'một nghìn không trăm linh một'],
    [1005, 'một nghìn không trăm linh năm'],
    [1010, 'một nghìn không trăm mười'],
    [1015, 'một nghìn không trăm mười lăm'],
    [1021, 'một nghìn không trăm hai mươi mốt'],
    [1050, 'một nghìn không trăm năm mươi'],
    [1100, 'một nghìn một trăm'],
    [1105, 'một nghìn một trăm linh năm'],
    [1234, 'một nghìn hai trăm ba mươi tư'],
    [2000, 'hai nghìn'],
    [2024, 'hai nghìn không trăm hai mươi tư'],
    [2025, 'hai nghìn không trăm hai mươi lăm'],
    [5555, 'năm nghìn năm trăm năm mươi lăm'],
    [10_000, 'mười nghìn'],
    [10_005, 'mười nghìn không trăm linh năm'],
    [15_000, 'mười lăm nghìn'],
    [21_000, 'hai mươi mốt nghìn'],
    [24_024, 'hai mươi tư nghìn không trăm hai mươi tư'],
    [100_000, 'một trăm nghìn'],
    [101_101, 'một trăm linh một nghìn một trăm linh một'],
    [105_000, 'một trăm linh năm nghìn'],
    [999_999, 'chín trăm chín mươi chín nghìn chín trăm chín mươi chín'],
  ])('%i is "%s"', (value, words) => {
    expect(numberInWords(value)).toBe(words);
  });

  it('thousands are "ngàn" in the southern style, with every other southern choice', () => {
    expect(numberInWords(2024, southern)).toBe('hai ngàn không trăm hai mươi bốn');
    expect(numberInWords(1005, southern)).toBe('một ngàn không trăm lẻ năm');
  });

  it('returns the words as a list, one per spoken syllable', () => {
    expect(numberWords(1005)).toEqual(['một', 'nghìn', 'không', 'trăm', 'linh', 'năm']);
  });
});

/**
 * An independent reader of the words back into a number. If every number from 0 to
 * 999,999 reads back to itself, the words are never ambiguous and every rule above
 * holds across the whole range, not only at the spot checks.
 */
function valueOfWords(words: readonly string[]): number {
  const digit: Record<string, number> = { không: 0, một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9 };
  const thousandAt = words.indexOf('nghìn');
  const group = (part: readonly string[]): number => {
    let value = 0;
    let rest = [...part];
    if (rest[1] === 'trăm') {
      value += 100 * digit[rest[0]!]!;
      rest = rest.slice(2);
      if (rest[0] === 'linh') return value + digit[rest[1]!]!;
    }
    if (rest[0] === 'mười') return value + 10 + (rest[1] === undefined ? 0 : digit[rest[1]]!);
    if (rest[1] === 'mươi') return value + 10 * digit[rest[0]!]! + (rest[2] === undefined ? 0 : digit[rest[2]]!);
    return value + (rest[0] === undefined ? 0 : digit[rest[0]]!);
  };
  if (thousandAt < 0) return group(words);
  return 1000 * group(words.slice(0, thousandAt)) + group(words.slice(thousandAt + 1));
}

describe('Vietnamese numbers: the rules hold over the whole range', () => {
  const everyNumber = (visit: (value: number, words: string[]) => void) => {
    for (let value = 0; value <= largestReadableNumber; value += value < 20_000 ? 1 : 7) visit(value, numberWords(value));
    visit(largestReadableNumber, numberWords(largestReadableNumber));
  };

  it('every number reads back to itself', () => {
    everyNumber((value, words) => {
      if (valueOfWords(words) !== value) expect(`${value}: ${words.join(' ')}`).toBe(String(value));
    });
  });

  it('"mốt" and "tư" come only right after "mươi", "lăm" only after "mười"/"mươi"', () => {
    everyNumber((value, words) => {
      words.forEach((word, i) => {
        const before = words[i - 1];
        const ok = (word !== 'mốt' && word !== 'tư') || before === 'mươi';
        const lamOk = word !== 'lăm' || before === 'mươi' || before === 'mười';
        if (!ok || !lamOk) expect(`${value}: ${words.join(' ')}`).toBe('a reading that follows the rules');
      });
    });
  });

  it('"linh" comes only between "trăm" and a single units word', () => {
    everyNumber((value, words) => {
      words.forEach((word, i) => {
        if (word !== 'linh') return;
        const next = words[i + 1];
        if (words[i - 1] !== 'trăm' || next === undefined || !['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'].includes(next)) {
          expect(`${value}: ${words.join(' ')}`).toBe('linh between trăm and a digit');
        }
      });
    });
  });

  it('refuses what it cannot read: negatives, fractions, a million and more', () => {
    expect(() => numberWords(-1)).toThrow(RangeError);
    expect(() => numberWords(1.5)).toThrow(RangeError);
    expect(() => numberWords(1_000_000)).toThrow(RangeError);
    expect(() => numberWords(Number.NaN)).toThrow(RangeError);
  });
});

describe('digit-by-digit reading (ticket numbers)', () => {
  it('reads each digit by its own name, leading zeros included: "015" is "không một năm"', () => {
    expect(digitsInWords('015')).toBe('không một năm');
    expect(digitByDigitWords('015')).toEqual(['không', 'một', 'năm']);
  });

  it('never uses the in-number forms mốt, lăm, tư, linh', () => {
    expect(digitsInWords('2145')).toBe('hai một bốn năm');
    expect(digitsInWords('0123456789')).toBe('không một hai ba bốn năm sáu bảy tám chín');
  });

  it('refuses anything but ASCII digits', () => {
    expect(() => digitByDigitWords('')).toThrow(RangeError);
    expect(() => digitByDigitWords('A15')).toThrow(RangeError);
    expect(() => digitByDigitWords('1 5')).toThrow(RangeError);
  });
});
