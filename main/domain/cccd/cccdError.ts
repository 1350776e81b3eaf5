import { AppError } from '../errors';
import type { CccdCard } from './cccdCard';

/**
 * Why a scanned card or a typed personal number was refused. The UI branches on it
 * (e.g. 'garbled' → explain how to switch the scanner mode, 'not_cccd' → "scan the
 * card, not that"), so it is a closed list rather than text to match on.
 */
export const cccdFailureReasons = [
  /** Not a card QR at all: a link, a VietQR payment code, random text, a partial scan. */
  'not_cccd',
  /** Looks like a card QR whose Vietnamese letters were mangled on the way (keyboard-wedge scanner). */
  'garbled',
  /** The personal number is not exactly 12 digits. */
  'id_format',
  /** Digits 1–3 name no province. */
  'province',
  /** Digit 4 is not 0–5, or names another century than the date of birth. */
  'century_gender',
  /** Digits 5–6 are not the last two digits of the birth year. */
  'birth_year',
  /** Date of birth malformed, not a real day, or after today. */
  'date_of_birth',
  /** Gender is not Nam/Nữ, or disagrees with digit 4. */
  'gender',
  /** Issue date malformed, not a real day, before the birth or after today. */
  'issue_date',
  /** The old CMND number is present but not 9 digits. */
  'old_id',
  /** The full name is empty or holds characters no name has. */
  'name',
  /** The address is empty. */
  'address',
] as const;

export type CccdFailureReason = (typeof cccdFailureReasons)[number];

/** The card field a failure points at, named as in the parse result; 'payload' when the whole scan is at fault. */
export type CccdField = keyof CccdCard | 'payload';

/**
 * Where the data came from, because the wording differs: a QR is scanned, a
 * number at the counter is typed. The rules are the same.
 */
export type CccdSource = 'qr' | 'entry';

/** " trên mã QR" for scanned data, nothing for typed data: "Giới tính trên mã QR không khớp…". */
export function onQr(source: CccdSource): string {
  return source === 'qr' ? ' trên mã QR' : '';
}

/**
 * The one error of this module: an AppError with code CCCD_INVALID, plus the
 * machine-readable reason and the field at fault. The message (Vietnamese) may show
 * the offending value to the officer; the detail (English, for logs) never carries
 * personal data and ends with the reason so it survives the trip over the wire.
 * The field also travels as the single `issues` entry, so a form can mark it.
 */
export class CccdError extends AppError {
  readonly reason: CccdFailureReason;
  readonly field: CccdField;

  constructor(reason: CccdFailureReason, field: CccdField, text: { message: string; detail: string }) {
    super('CCCD_INVALID', {
      message: text.message,
      detail: `${text.detail} (reason: ${reason})`,
      issues: [{ path: field, message: text.message }],
    });
    this.name = 'CccdError';
    this.reason = reason;
    this.field = field;
  }
}
