import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '@domain/text/foldVietnamese';
import { canonicalJson } from '@domain/text/canonicalJson';

describe('Vietnamese folding for search', () => {
  it('"nguyen van duc" finds "Nguyễn Văn Đức": đ folds to d too', () => {
    expect(foldVietnamese('Nguyễn Văn Đức')).toBe('nguyen van duc');
  });

  it('folds decomposed (NFD) input the same as composed input', () => {
    expect(foldVietnamese('Chứng thực'.normalize('NFD'))).toBe(foldVietnamese('Chứng thực'));
  });

  it('collapses runs of spaces and trims', () => {
    expect(foldVietnamese('  Đăng   ký  khai sinh ')).toBe('dang ky khai sinh');
  });
});

describe('canonical JSON', () => {
  it('gives the same text whatever order the keys were added in', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [2, { y: 2, z: 1 }] }, b: 1 }));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });
});
