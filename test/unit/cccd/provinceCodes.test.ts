import { describe, expect, it } from 'vitest';
import { birthProvinceName, birthRegistrationProvinces, validatePersonalNumber } from '@domain/cccd';

describe('province codes of personal numbers (the 63 provinces before 2025)', () => {
  it('lists 63 distinct 3-digit codes in ascending order, from 001 Hà Nội to 096 Cà Mau', () => {
    const codes = birthRegistrationProvinces.map((p) => p.code);
    expect(codes).toHaveLength(63);
    expect(new Set(codes).size).toBe(63);
    expect(codes.every((code) => /^0\d\d$/.test(code))).toBe(true);
    expect([...codes].sort()).toEqual(codes);
    expect(birthRegistrationProvinces[0]).toEqual({ code: '001', name: 'Hà Nội' });
    expect(birthRegistrationProvinces.at(-1)).toEqual({ code: '096', name: 'Cà Mau' });
  });

  it('keeps the names in NFC so they compare equal to normalised card text', () => {
    for (const { name } of birthRegistrationProvinces) expect(name).toBe(name.normalize('NFC'));
  });

  it('names a code, and knows none for codes never assigned', () => {
    expect(birthProvinceName('079')).toBe('TP. Hồ Chí Minh');
    expect(birthProvinceName('046')).toBe('Thừa Thiên Huế');
    for (const code of ['000', '003', '005', '099', '1', '01']) expect(birthProvinceName(code)).toBeUndefined();
  });

  it('accepts a personal number from every listed province', () => {
    for (const { code, name } of birthRegistrationProvinces) {
      expect(validatePersonalNumber(`${code}090000001`).provinceName).toBe(name);
    }
  });
});
