import type { Gender } from './cccdCard';
import { CccdError } from './cccdError';
import { garbledScan } from './qrPayload';

/** The rules on the text fields of a card QR (the number and dates have their own modules). */

const nineDigits = /^\d{9}$/;

/** The old 9-digit CMND; the field is empty on cards of people who never had one. */
export function readOldIdNumber(field: string): string | null {
  if (field === '') return null;
  if (!nineDigits.test(field)) {
    throw new CccdError('old_id', 'oldIdNumber', {
      message: 'Số CMND cũ trên mã QR phải gồm đúng 9 chữ số (hoặc để trống).',
      detail: `Old identity card number is not exactly 9 digits (got ${field.length} characters)`,
    });
  }
  return field;
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Letters (with their marks), spaces, and the apostrophe, hyphen and dot some ethnic-minority names use. */
const nameCharacters = /^[\p{L}\p{M} '’.-]+$/u;
const aLetter = /\p{L}/u;

export function readFullName(field: string): string {
  const name = collapseSpaces(field);
  if (name === '') {
    throw new CccdError('name', 'fullName', { message: 'Họ tên trên mã QR bị trống.', detail: 'Full name is empty' });
  }
  if (!nameCharacters.test(name) || !aLetter.test(name)) {
    throw new CccdError('name', 'fullName', {
      message: 'Họ tên trên mã QR có ký tự không phải chữ cái (chữ số hoặc ký hiệu).',
      detail: 'Full name contains characters other than letters, spaces and name punctuation',
    });
  }
  return name;
}

/**
 * "Nam" or "Nữ", any case. A short word starting with N that is neither ("N", "Nu",
 * "Nõ") is what a keyboard-wedge scanner makes of "Nữ": that is a scanner problem,
 * not a wrong card, and the officer is told how to fix the scanner.
 */
export function readGender(field: string): Gender {
  const word = field.toLowerCase();
  if (word === 'nam') return 'male';
  if (word === 'nữ') return 'female';
  if (/^n.{0,2}$/u.test(word)) throw garbledScan();
  throw new CccdError('gender', 'gender', {
    message: 'Giới tính trên mã QR phải là "Nam" hoặc "Nữ".',
    detail: 'Gender is neither Nam nor Nu',
  });
}

export function readAddress(field: string): string {
  const address = collapseSpaces(field);
  if (address === '') {
    throw new CccdError('address', 'address', { message: 'Địa chỉ trên mã QR bị trống.', detail: 'Address is empty' });
  }
  return address;
}
