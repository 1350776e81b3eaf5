import { AppError } from '../errors';
import { CccdError, onQr, type CccdSource } from './cccdError';
import {
  compareCivilDates,
  displayDateOf,
  isRealDate,
  splitCardDate,
  splitIsoDate,
  type CivilDate,
} from './civilDate';

/**
 * The rules on the two dates of a card. The domain reads no clock, so "not in the
 * future" is checked only when the caller hands in today's date.
 */

type CardDateField = 'dateOfBirth' | 'issueDate';

const wording: Record<CardDateField, { vi: string; en: string; reason: 'date_of_birth' | 'issue_date' }> = {
  dateOfBirth: { vi: 'Ngày sinh', en: 'Date of birth', reason: 'date_of_birth' },
  issueDate: { vi: 'Ngày cấp', en: 'Issue date', reason: 'issue_date' },
};

function refuse(field: CardDateField, message: string, detail: string): CccdError {
  return new CccdError(wording[field].reason, field, { message, detail: `${wording[field].en} ${detail}` });
}

function requireRealDate(date: CivilDate, field: CardDateField): CivilDate {
  if (!isRealDate(date)) {
    throw refuse(field, `${wording[field].vi} ${displayDateOf(date)} không có thật.`, 'is not a real calendar date');
  }
  return date;
}

/** A date field of the QR: ddMMyyyy, a day that exists. */
export function readCardDate(text: string, field: CardDateField): CivilDate {
  const date = splitCardDate(text);
  if (!date) {
    throw refuse(
      field,
      `${wording[field].vi}${onQr('qr')} phải gồm 8 chữ số theo thứ tự ngày, tháng, năm (ví dụ 01011990).`,
      'is not 8 digits ddMMyyyy',
    );
  }
  return requireRealDate(date, field);
}

/** A date typed at the counter (as a date input delivers it): YYYY-MM-DD, a day that exists. */
export function readEnteredDate(text: string, field: CardDateField): CivilDate {
  const date = typeof text === 'string' ? splitIsoDate(text.trim()) : undefined;
  if (!date) {
    throw refuse(field, `${wording[field].vi} phải có dạng năm-tháng-ngày (ví dụ 1990-01-01).`, 'is not YYYY-MM-DD');
  }
  return requireRealDate(date, field);
}

/**
 * The caller's "today" (YYYY-MM-DD, Vietnam time), or undefined when none was given.
 * A wrong value is the caller's mistake, not the card's, hence not a CccdError.
 */
export function readToday(today: string | undefined): CivilDate | undefined {
  if (today === undefined) return undefined;
  const date = typeof today === 'string' ? splitIsoDate(today) : undefined;
  if (!date || !isRealDate(date)) {
    throw new AppError('VALIDATION_FAILED', { detail: 'today must be a real calendar date written YYYY-MM-DD' });
  }
  return date;
}

export function checkNotAfterToday(date: CivilDate, today: CivilDate | undefined, field: CardDateField, source: CccdSource): void {
  if (today && compareCivilDates(date, today) > 0) {
    throw refuse(
      field,
      `${wording[field].vi}${onQr(source)} (${displayDateOf(date)}) ở sau ngày hôm nay (${displayDateOf(today)}).`,
      'is after today',
    );
  }
}

/** A card is issued on or after the day its holder was born. */
export function checkIssuedAfterBirth(issueDate: CivilDate, dateOfBirth: CivilDate): void {
  if (compareCivilDates(issueDate, dateOfBirth) < 0) {
    throw refuse(
      'issueDate',
      `Ngày cấp ${displayDateOf(issueDate)} trước ngày sinh ${displayDateOf(dateOfBirth)}.`,
      'is before the date of birth',
    );
  }
}
