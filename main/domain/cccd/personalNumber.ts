import type { Gender } from './cccdCard';
import { checkNotAfterToday, readEnteredDate, readToday } from './cardDates';
import { CccdError, onQr, type CccdSource } from './cccdError';
import type { CivilDate } from './civilDate';
import { birthProvinceName } from './provinceCodes';

/**
 * The 12-digit personal number (số định danh cá nhân): digits 1–3 the province
 * where the birth was registered, digit 4 gender and century, digits 5–6 the last
 * two digits of the birth year, digits 7–12 random. There is no check digit, so
 * these structural rules are all a counter can verify offline.
 * One set of rules serves both the QR parser and manual entry at the counter.
 */

export interface PersonalNumberFacts {
  readonly idNumber: string;
  readonly provinceCode: string;
  readonly provinceName: string;
  readonly gender: Gender;
  /** First year of the century digit 4 names: 1900, 2000 or 2100. */
  readonly birthCenturyStart: number;
  /** Digits 5–6 as a number, 0–99. */
  readonly birthYearInCentury: number;
}

/** Digit 4: even = male, odd = female; each pair a century from 1900. 6–9 are not assigned. */
const digitFourMeaning: readonly { gender: Gender; centuryStart: number }[] = [
  { gender: 'male', centuryStart: 1900 },
  { gender: 'female', centuryStart: 1900 },
  { gender: 'male', centuryStart: 2000 },
  { gender: 'female', centuryStart: 2000 },
  { gender: 'male', centuryStart: 2100 },
  { gender: 'female', centuryStart: 2100 },
];

const twelveDigits = /^\d{12}$/;

const genderWord: Record<Gender, string> = { male: 'Nam', female: 'Nữ' };

/** Reads what the number itself says, refusing numbers whose structure is impossible. */
export function decodePersonalNumber(idNumber: string, source: CccdSource): PersonalNumberFacts {
  if (!twelveDigits.test(idNumber)) {
    throw new CccdError('id_format', 'idNumber', {
      message: `Số định danh${onQr(source)} phải gồm đúng 12 chữ số.`,
      detail: `Personal number is not exactly 12 digits (got ${idNumber.length} characters)`,
    });
  }
  const provinceCode = idNumber.slice(0, 3);
  const provinceName = birthProvinceName(provinceCode);
  if (provinceName === undefined) {
    throw new CccdError('province', 'idNumber', {
      message: `Mã tỉnh ${provinceCode} trong số định danh không tồn tại.`,
      detail: 'Province code (digits 1-3) is not in the province list',
    });
  }
  const meaning = digitFourMeaning[Number(idNumber[3])];
  if (!meaning) {
    throw new CccdError('century_gender', 'idNumber', {
      message: `Chữ số thứ 4 của số định danh (${idNumber[3]}) không hợp lệ: chỉ có thể từ 0 đến 5.`,
      detail: 'Digit 4 (gender and century) is outside 0-5',
    });
  }
  return {
    idNumber,
    provinceCode,
    provinceName,
    gender: meaning.gender,
    birthCenturyStart: meaning.centuryStart,
    birthYearInCentury: Number(idNumber.slice(4, 6)),
  };
}

/** Digit 4 names the century of the birth, digits 5–6 the year within it. */
export function checkBirthAgainstNumber(facts: PersonalNumberFacts, dateOfBirth: CivilDate, source: CccdSource): void {
  const { birthCenturyStart: from } = facts;
  if (dateOfBirth.year < from || dateOfBirth.year > from + 99) {
    throw new CccdError('century_gender', 'dateOfBirth', {
      message:
        `Năm sinh ${dateOfBirth.year}${onQr(source)} không khớp với chữ số thứ 4 của số định danh ` +
        `(chữ số này cho biết người sinh trong các năm ${from}–${from + 99}).`,
      detail: 'Birth year is outside the century named by digit 4',
    });
  }
  if (dateOfBirth.year % 100 !== facts.birthYearInCentury) {
    throw new CccdError('birth_year', 'dateOfBirth', {
      message:
        `Năm sinh ${dateOfBirth.year}${onQr(source)} không khớp với chữ số thứ 5–6 của số định danh ` +
        `(${facts.idNumber.slice(4, 6)}).`,
      detail: 'Birth year does not end with digits 5-6',
    });
  }
}

export function checkGenderAgainstNumber(facts: PersonalNumberFacts, gender: Gender, source: CccdSource): void {
  if (gender !== facts.gender) {
    throw new CccdError('gender', 'gender', {
      message:
        `Giới tính${onQr(source)} (${genderWord[gender]}) không khớp với chữ số thứ 4 của số định danh ` +
        `(chữ số ${facts.idNumber[3]} là ${genderWord[facts.gender]}).`,
      detail: 'Gender disagrees with digit 4',
    });
  }
}

/** What the counter already knows about the person, to check the number against. */
export interface KnownPersonFacts {
  /** YYYY-MM-DD */
  dateOfBirth?: string;
  gender?: Gender;
  /** YYYY-MM-DD in Vietnam; when given, a date of birth after it is refused. */
  today?: string;
}

/**
 * Checks a personal number typed at the counter, and its agreement with the date of
 * birth and gender when those are known. Spaces are ignored because people read the
 * number out in groups ("001 090 123 456"). Returns what the number says.
 * Throws CccdError (reason and field tell which rule failed).
 */
export function validatePersonalNumber(typed: string, known: KnownPersonFacts = {}): PersonalNumberFacts {
  const today = readToday(known.today);
  const idNumber = typeof typed === 'string' ? typed.replace(/\s+/g, '') : '';
  const facts = decodePersonalNumber(idNumber, 'entry');
  if (known.dateOfBirth !== undefined) {
    const dateOfBirth = readEnteredDate(known.dateOfBirth, 'dateOfBirth');
    checkNotAfterToday(dateOfBirth, today, 'dateOfBirth', 'entry');
    checkBirthAgainstNumber(facts, dateOfBirth, 'entry');
  }
  if (known.gender !== undefined) checkGenderAgainstNumber(facts, known.gender, 'entry');
  return facts;
}
