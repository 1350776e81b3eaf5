import { describe, expect, it } from 'vitest';
import { AppError } from '@domain/errors';
import { parseCccdQr } from '@domain/cccd';
import { refusal } from './refusal';

// Synthetic data only (the example of domain.md and variations of it).
const fields = {
  idNumber: '001090123456',
  oldId: '012345678',
  name: 'Nguyễn Văn A',
  birth: '01011990',
  gender: 'Nam',
  address: 'Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh',
  issue: '15042021',
};
type Fields = typeof fields;
const qr = (changes: Partial<Fields> = {}) => {
  const f = { ...fields, ...changes };
  return [f.idNumber, f.oldId, f.name, f.birth, f.gender, f.address, f.issue].join('|');
};
const example = '001090123456|012345678|Nguyễn Văn A|01011990|Nam|Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|15042021';

describe('parseCccdQr: the card layout', () => {
  it('reads the seven fields of the example card into the documented shape', () => {
    expect(qr()).toBe(example);
    const card = parseCccdQr(example);
    expect(card).toEqual({
      idNumber: '001090123456',
      oldIdNumber: '012345678',
      fullName: 'Nguyễn Văn A',
      dateOfBirth: '1990-01-01',
      gender: 'male',
      address: 'Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh',
      issueDate: '2021-04-15',
    });
    // The CLI prints this object as JSON: the key order is part of the output.
    expect(Object.keys(card)).toEqual(['idNumber', 'oldIdNumber', 'fullName', 'dateOfBirth', 'gender', 'address', 'issueDate']);
  });

  it('gives null for an empty old CMND field', () => {
    expect(parseCccdQr(qr({ oldId: '' })).oldIdNumber).toBeNull();
  });

  it('ignores fields after the seventh, whatever they hold', () => {
    expect(parseCccdQr(`${example}|extra|more data?|`)).toEqual(parseCccdQr(example));
    expect(parseCccdQr(`${example}|`)).toEqual(parseCccdQr(example));
  });

  it('strips the CR/LF a scanner appends, surrounding whitespace and a UTF-8 BOM', () => {
    for (const raw of [`${example}\r\n`, `${example}\n`, `${example}\r`, `  ${example}\t \r\n`, `\uFEFF${example}\r\n`, `\u0002${example}\u0003`]) {
      expect(parseCccdQr(raw)).toEqual(parseCccdQr(example));
    }
  });

  it('normalises decomposed (NFD) text to NFC before reading it', () => {
    const decomposed = qr({ gender: 'Nữ', idNumber: '001190123456' }).normalize('NFD');
    expect(decomposed).not.toBe(decomposed.normalize('NFC'));
    const card = parseCccdQr(decomposed);
    expect(card.gender).toBe('female');
    expect(card.fullName).toBe('Nguyễn Văn A');
    expect(card.fullName).toBe(card.fullName.normalize('NFC'));
    expect(card.address).toBe(fields.address);
  });

  it('accepts Nam and Nữ in any case', () => {
    for (const word of ['Nam', 'NAM', 'nam', 'nAm']) expect(parseCccdQr(qr({ gender: word })).gender).toBe('male');
    for (const word of ['Nữ', 'NỮ', 'nữ', 'nỮ']) expect(parseCccdQr(qr({ gender: word, idNumber: '001190123456' })).gender).toBe('female');
  });

  it('collapses repeated spaces in the name', () => {
    expect(parseCccdQr(qr({ name: '  Nguyễn   Văn \t A ' })).fullName).toBe('Nguyễn Văn A');
  });

  it('keeps names with the apostrophe and hyphen of ethnic-minority names', () => {
    expect(parseCccdQr(qr({ name: "H'Hen Niê" })).fullName).toBe("H'Hen Niê");
    expect(parseCccdQr(qr({ name: 'Ksor-Y Phương' })).fullName).toBe('Ksor-Y Phương');
  });

  it('reads a card born on 29 February of a leap year', () => {
    const card = parseCccdQr(qr({ idNumber: '079304123456', birth: '29022004', gender: 'Nữ', oldId: '' }));
    expect(card.dateOfBirth).toBe('2004-02-29');
  });

  it('reads people born in the 2000s (digits 2/3) and the 2100s (digits 4/5)', () => {
    expect(parseCccdQr(qr({ idNumber: '001210123456', birth: '05062010', issue: '01072024' })).dateOfBirth).toBe('2010-06-05');
    const future = parseCccdQr(qr({ idNumber: '001501123456', birth: '05062101', gender: 'Nữ', issue: '05062101' }));
    expect(future).toMatchObject({ dateOfBirth: '2101-06-05', gender: 'female' });
  });

  it('accepts a card issued on the day of birth', () => {
    expect(parseCccdQr(qr({ issue: fields.birth })).issueDate).toBe('1990-01-01');
  });
});

describe('parseCccdQr: each refusal has its own reason and message', () => {
  it('is a CCCD_INVALID AppError with the field at fault', () => {
    const error = refusal(() => parseCccdQr(qr({ idNumber: '00109012345' })));
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('CCCD_INVALID');
    expect(error.status).toBe(400);
    expect(error.reason).toBe('id_format');
    expect(error.field).toBe('idNumber');
    expect(error.toPayload()).toMatchObject({ code: 'CCCD_INVALID', issues: [{ path: 'idNumber' }] });
    expect(error.detail).toContain('(reason: id_format)');
  });

  it.each([
    ['11 digits', '00109012345'],
    ['13 digits', '0010901234567'],
    ['a letter', '00109012345A'],
    ['spaces inside', '001 090 123 456'],
    ['empty', ''],
    ['full-width digits', '００１０９０１２３４５６'],
  ])('the personal number must be exactly 12 digits (%s)', (_, idNumber) => {
    const error = refusal(() => parseCccdQr(qr({ idNumber })));
    expect(error.reason).toBe('id_format');
    expect(error.messageVi).toBe('Số định danh trên mã QR phải gồm đúng 12 chữ số.');
  });

  it('the province code must exist', () => {
    const error = refusal(() => parseCccdQr(qr({ idNumber: '099090123456' })));
    expect(error.reason).toBe('province');
    expect(error.messageVi).toBe('Mã tỉnh 099 trong số định danh không tồn tại.');
    for (const code of ['000', '003', '097', '100', '999']) {
      expect(refusal(() => parseCccdQr(qr({ idNumber: `${code}090123456` }))).reason).toBe('province');
    }
  });

  it('digit 4 must be 0–5', () => {
    for (const digit of ['6', '7', '8', '9']) {
      const error = refusal(() => parseCccdQr(qr({ idNumber: `001${digit}90123456` })));
      expect(error.reason).toBe('century_gender');
      expect(error.messageVi).toContain(`(${digit})`);
    }
  });

  it('digit 4 must name the century of the date of birth', () => {
    const error = refusal(() => parseCccdQr(qr({ idNumber: '001290123456' })));
    expect(error.reason).toBe('century_gender');
    expect(error.field).toBe('dateOfBirth');
    expect(error.messageVi).toContain('2000–2099');
    expect(refusal(() => parseCccdQr(qr({ birth: '01011890', idNumber: '001090123456' }))).reason).toBe('century_gender');
  });

  it('digits 5–6 must be the last two digits of the birth year', () => {
    const error = refusal(() => parseCccdQr(qr({ idNumber: '001091123456' })));
    expect(error.reason).toBe('birth_year');
    expect(error.messageVi).toBe('Năm sinh 1990 trên mã QR không khớp với chữ số thứ 5–6 của số định danh (91).');
  });

  it('the gender must agree with digit 4', () => {
    const woman = refusal(() => parseCccdQr(qr({ gender: 'Nữ' })));
    expect(woman.reason).toBe('gender');
    expect(woman.messageVi).toContain('Giới tính trên mã QR (Nữ) không khớp với chữ số thứ 4 của số định danh');
    expect(refusal(() => parseCccdQr(qr({ idNumber: '001190123456', gender: 'Nam' }))).reason).toBe('gender');
  });

  it('the gender must be Nam or Nữ', () => {
    for (const gender of ['Male', 'F', '', 'Không rõ']) {
      const error = refusal(() => parseCccdQr(qr({ gender })));
      expect(error.reason, gender).toBe('gender');
      expect(error.messageVi).toBe('Giới tính trên mã QR phải là "Nam" hoặc "Nữ".');
    }
  });

  it.each([
    ['31/02/1990', '31021990'],
    ['29/02/1990', '29021990'],
    ['31/04/1990', '31041990'],
    ['00/01/1990', '00011990'],
    ['01/13/1990', '01131990'],
  ])('the date of birth must exist (%s)', (display, birth) => {
    const error = refusal(() => parseCccdQr(qr({ birth })));
    expect(error.reason).toBe('date_of_birth');
    expect(error.messageVi).toBe(`Ngày sinh ${display} không có thật.`);
  });

  it('29 February exists only in leap years (1900 was not one, 2000 was)', () => {
    expect(refusal(() => parseCccdQr(qr({ idNumber: '001000123456', birth: '29021900' }))).reason).toBe('date_of_birth');
    expect(parseCccdQr(qr({ idNumber: '001200123456', birth: '29022000' })).dateOfBirth).toBe('2000-02-29');
  });

  it.each(['1011990', '010119900', '01-01-1990', '1990-01-01', 'ngày 1', ''])('the date of birth must be 8 digits ddMMyyyy (%j)', (birth) => {
    const error = refusal(() => parseCccdQr(qr({ birth })));
    expect(error.reason).toBe('date_of_birth');
    expect(error.messageVi).toContain('phải gồm 8 chữ số');
  });

  it('the issue date must exist and be 8 digits', () => {
    const unreal = refusal(() => parseCccdQr(qr({ issue: '30022021' })));
    expect(unreal.reason).toBe('issue_date');
    expect(unreal.messageVi).toBe('Ngày cấp 30/02/2021 không có thật.');
    expect(refusal(() => parseCccdQr(qr({ issue: '2021' }))).reason).toBe('issue_date');
  });

  it('the issue date may not be before the birth', () => {
    const error = refusal(() => parseCccdQr(qr({ issue: '31121989' })));
    expect(error.reason).toBe('issue_date');
    expect(error.messageVi).toBe('Ngày cấp 31/12/1989 trước ngày sinh 01/01/1990.');
  });

  it('the old CMND, when present, must be 9 digits', () => {
    for (const oldId of ['01234567', '0123456789', '01234567X', '001090123456']) {
      const error = refusal(() => parseCccdQr(qr({ oldId })));
      expect(error.reason, oldId).toBe('old_id');
      expect(error.field).toBe('oldIdNumber');
    }
  });

  it('the name must be letters', () => {
    expect(refusal(() => parseCccdQr(qr({ name: '   ' }))).messageVi).toBe('Họ tên trên mã QR bị trống.');
    for (const name of ['Nguyễn Văn 1', 'Nguyễn <b>A</b>', "'-.", 'Nguyễn_Văn']) {
      expect(refusal(() => parseCccdQr(qr({ name }))).reason, name).toBe('name');
    }
  });

  it('the address may not be empty', () => {
    const error = refusal(() => parseCccdQr(qr({ address: ' ' })));
    expect(error.reason).toBe('address');
    expect(error.messageVi).toBe('Địa chỉ trên mã QR bị trống.');
  });

  it('reports the first field at fault, in the order the card prints them', () => {
    expect(refusal(() => parseCccdQr(qr({ idNumber: '1', birth: 'x' }))).reason).toBe('id_format');
    expect(refusal(() => parseCccdQr(qr({ oldId: '1', birth: 'x' }))).reason).toBe('old_id');
    expect(refusal(() => parseCccdQr(qr({ birth: 'x', issue: 'x' }))).reason).toBe('date_of_birth');
  });

  it('never puts personal data in the English detail', () => {
    const cases: Partial<Fields>[] = [
      { idNumber: '099090123456' },
      { idNumber: '001091123456' },
      { gender: 'Nữ' },
      { birth: '31021990' },
      { issue: '31121989' },
      { oldId: '01234567' },
      { name: 'Nguyễn Văn 1' },
    ];
    for (const change of cases) {
      const { detail } = refusal(() => parseCccdQr(qr(change)));
      expect(detail).toMatch(/^[\x20-\x7E]+$/);
      expect(detail).not.toMatch(/\d{4}/);
      for (const value of [...Object.values(fields), ...Object.values(change)]) {
        if (value.length >= 3 && !/^(Nam|Nữ)$/.test(value)) expect(detail).not.toContain(value);
      }
    }
  });
});

describe('parseCccdQr: today, given by the caller', () => {
  it('refuses a date of birth or an issue date after today, and only when today is given', () => {
    const issuedTomorrow = qr({ issue: '16042021' });
    expect(parseCccdQr(issuedTomorrow).issueDate).toBe('2021-04-16');
    const error = refusal(() => parseCccdQr(issuedTomorrow, { today: '2021-04-15' }));
    expect(error.reason).toBe('issue_date');
    expect(error.messageVi).toBe('Ngày cấp trên mã QR (16/04/2021) ở sau ngày hôm nay (15/04/2021).');
    expect(parseCccdQr(qr(), { today: '2021-04-15' }).issueDate).toBe('2021-04-15');

    const bornLater = qr({ idNumber: '001230123456', birth: '01012030', issue: '01012030' });
    expect(refusal(() => parseCccdQr(bornLater, { today: '2025-01-01' })).reason).toBe('date_of_birth');
  });

  it('treats a malformed today as the caller’s mistake, not the card’s', () => {
    for (const today of ['2021-02-30', '15/04/2021', '']) {
      let thrown: unknown;
      try {
        parseCccdQr(example, { today });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(AppError);
      expect((thrown as AppError).code).toBe('VALIDATION_FAILED');
    }
  });
});
