import { describe, expect, it } from 'vitest';
import type { AppError } from '@domain/errors';
import { parseCccdQr, validatePersonalNumber } from '@domain/cccd';
import { refusal } from './refusal';

describe('validatePersonalNumber: a number typed at the counter', () => {
  it('says what the number encodes', () => {
    expect(validatePersonalNumber('001090123456')).toEqual({
      idNumber: '001090123456',
      provinceCode: '001',
      provinceName: 'Hà Nội',
      gender: 'male',
      birthCenturyStart: 1900,
      birthYearInCentury: 90,
    });
    expect(validatePersonalNumber('079305000001')).toMatchObject({
      provinceName: 'TP. Hồ Chí Minh',
      gender: 'female',
      birthCenturyStart: 2000,
      birthYearInCentury: 5,
    });
    expect(validatePersonalNumber('096400000001')).toMatchObject({ gender: 'male', birthCenturyStart: 2100 });
  });

  it('ignores the spaces people type when reading the number out in groups', () => {
    expect(validatePersonalNumber(' 001 090 123 456 ').idNumber).toBe('001090123456');
  });

  it('uses the manual-entry wording (no "trên mã QR")', () => {
    expect(refusal(() => validatePersonalNumber('12345')).messageVi).toBe('Số định danh phải gồm đúng 12 chữ số.');
    const gender = refusal(() => validatePersonalNumber('001090123456', { gender: 'female' }));
    expect(gender.reason).toBe('gender');
    expect(gender.messageVi).toBe('Giới tính (Nữ) không khớp với chữ số thứ 4 của số định danh (chữ số 0 là Nam).');
  });

  it('accepts a date of birth and gender that agree with the number', () => {
    expect(validatePersonalNumber('001090123456', { dateOfBirth: '1990-12-31', gender: 'male' }).gender).toBe('male');
    expect(validatePersonalNumber('001303123456', { dateOfBirth: '2003-01-01', gender: 'female', today: '2025-07-01' }).gender).toBe(
      'female',
    );
  });

  it.each([
    ['id_format', '0010901234', {}],
    ['id_format', '00109012345a', {}],
    ['province', '003090123456', {}],
    ['century_gender', '001790123456', {}],
    ['century_gender', '001090123456', { dateOfBirth: '2090-01-01' }],
    ['birth_year', '001090123456', { dateOfBirth: '1991-01-01' }],
    ['gender', '001190123456', { gender: 'male' }],
    ['date_of_birth', '001090123456', { dateOfBirth: '1990-02-29' }],
    ['date_of_birth', '001090123456', { dateOfBirth: '01/01/1990' }],
    ['date_of_birth', '001230123456', { dateOfBirth: '2030-01-01', today: '2025-07-01' }],
  ] as const)('refuses with %s: %s %j', (reason, idNumber, known) => {
    expect(refusal(() => validatePersonalNumber(idNumber, known)).reason).toBe(reason);
  });

  it('names an impossible date of birth as the officer would write it', () => {
    expect(refusal(() => validatePersonalNumber('001090123456', { dateOfBirth: '1990-02-31' })).messageVi).toBe(
      'Ngày sinh 31/02/1990 không có thật.',
    );
  });

  it('refuses a malformed today as a caller mistake', () => {
    let thrown: unknown;
    try {
      validatePersonalNumber('001090123456', { today: 'hôm nay' });
    } catch (error) {
      thrown = error;
    }
    expect((thrown as AppError).code).toBe('VALIDATION_FAILED');
  });
});

describe('the QR parser and manual entry share the number rules', () => {
  // The same defect gives the same reason whether the number was scanned or typed.
  const cases = [
    { idNumber: '00109012345', dateOfBirth: '1990-01-01', gender: 'male' },
    { idNumber: '098090123456', dateOfBirth: '1990-01-01', gender: 'male' },
    { idNumber: '001890123456', dateOfBirth: '1990-01-01', gender: 'male' },
    { idNumber: '001290123456', dateOfBirth: '1990-01-01', gender: 'male' },
    { idNumber: '001089123456', dateOfBirth: '1990-01-01', gender: 'male' },
    { idNumber: '001190123456', dateOfBirth: '1990-01-01', gender: 'male' },
    { idNumber: '001090123456', dateOfBirth: '1990-01-01', gender: 'female' },
    { idNumber: '001090123456', dateOfBirth: '1990-02-30', gender: 'male' },
  ] as const;
  it.each(cases)('$idNumber born $dateOfBirth, $gender', (person) => {
    const [y, m, d] = person.dateOfBirth.split('-');
    const qr = `${person.idNumber}||Lê Thị Hà|${d}${m}${y}|${person.gender === 'male' ? 'Nam' : 'Nữ'}|Xã Ứng Hòa, Hà Nội|01012022`;
    const scanned = refusal(() => parseCccdQr(qr));
    const typed = refusal(() => validatePersonalNumber(person.idNumber, person));
    expect(typed.reason).toBe(scanned.reason);
    expect(typed.field).toBe(scanned.field);
  });
});
