import type { CccdCard } from './cccdCard';
import { checkIssuedAfterBirth, checkNotAfterToday, readCardDate, readToday } from './cardDates';
import { readAddress, readFullName, readGender, readOldIdNumber } from './cardFields';
import { isoDateOf } from './civilDate';
import { checkBirthAgainstNumber, checkGenderAgainstNumber, decodePersonalNumber } from './personalNumber';
import { splitCardPayload } from './qrPayload';

export interface ParseCccdQrOptions {
  /** YYYY-MM-DD in Vietnam. The domain reads no clock: dates after it are refused only when it is given. */
  today?: string;
}

/**
 * The card behind a CCCD / thẻ căn cước QR:
 * `number|old CMND|full name|ddMMyyyy birth|Nam/Nữ|address|ddMMyyyy issue[|…]`.
 * Fields are checked in the order they are printed, each against its own rule, then
 * against the personal number, so the officer hears about the first thing wrong.
 * Throws CccdError (code CCCD_INVALID) with a reason; nothing else escapes for any
 * input string.
 */
export function parseCccdQr(payload: string, options: ParseCccdQrOptions = {}): CccdCard {
  const today = readToday(options.today);
  const [idField, oldIdField, nameField, birthField, genderField, addressField, issueField] = splitCardPayload(payload);

  const number = decodePersonalNumber(idField, 'qr');
  const oldIdNumber = readOldIdNumber(oldIdField);
  const fullName = readFullName(nameField);
  const dateOfBirth = readCardDate(birthField, 'dateOfBirth');
  checkNotAfterToday(dateOfBirth, today, 'dateOfBirth', 'qr');
  checkBirthAgainstNumber(number, dateOfBirth, 'qr');
  const gender = readGender(genderField);
  checkGenderAgainstNumber(number, gender, 'qr');
  const address = readAddress(addressField);
  const issueDate = readCardDate(issueField, 'issueDate');
  checkIssuedAfterBirth(issueDate, dateOfBirth);
  checkNotAfterToday(issueDate, today, 'issueDate', 'qr');

  return {
    idNumber: number.idNumber,
    oldIdNumber,
    fullName,
    dateOfBirth: isoDateOf(dateOfBirth),
    gender,
    address,
    issueDate: isoDateOf(issueDate),
  };
}
