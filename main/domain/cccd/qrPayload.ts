import { CccdError } from './cccdError';

/**
 * From the raw text a scanner delivered to the seven card fields, or a refusal that
 * says what was scanned instead. Field contents are judged elsewhere.
 */

/** A card QR is about 150 characters; anything far longer is not one, and is not worth normalising. */
export const maxPayloadLength = 2000;

export const cardFieldCount = 7;

export type CardFields = readonly [
  idNumber: string,
  oldIdNumber: string,
  fullName: string,
  dateOfBirth: string,
  gender: string,
  address: string,
  issueDate: string,
];

/** Whitespace, BOM and control characters (serial scanners frame scans with STX/ETX, CR, LF) at either end. */
const edgeNoise = /^[\s\uFEFF\p{Cc}]+|[\s\uFEFF\p{Cc}]+$/gu;

/**
 * NFC first, because scanners and keyboards may send decomposed letters and every
 * later comparison ("Nữ", name letters) assumes composed ones; then the noise at the edges.
 */
export function normaliseScannedText(raw: string): string {
  return raw.normalize('NFC').replace(edgeNoise, '');
}

const scanAgain = 'Hãy quét mã QR ở mặt trước thẻ căn cước.';
const notACardMessage = `Mã QR này không phải mã QR của thẻ căn cước / CCCD. ${scanAgain}`;

function notCccd(message: string, detail: string): CccdError {
  return new CccdError('not_cccd', 'payload', { message, detail });
}

const urlPattern = /^(?:[a-z][a-z\d+.-]*:\/\/|www\.)/i;
/** EMVCo merchant-presented QR (VietQR, bank transfers): "000201…" ending in the CRC tag 63 04 XXXX. */
const emvcoPattern = /^000201[\s\S]*6304[\dA-Fa-f]{4}$/;
const twelveDigits = /^\d{12}$/;

/** Explains a scan that is not a card QR, naming what it is when we can tell. */
function refuseForeignPayload(text: string, fields: readonly string[]): CccdError {
  if (text === '') return notCccd(`Không đọc được dữ liệu từ mã QR. ${scanAgain}`, 'Payload is empty');
  if (urlPattern.test(text)) {
    return notCccd(`Mã QR này là một đường liên kết, không phải mã QR của thẻ căn cước. ${scanAgain}`, 'Payload is a URL');
  }
  if (emvcoPattern.test(text)) {
    return notCccd(
      `Mã QR này là mã thanh toán (VietQR), không phải mã QR của thẻ căn cước. ${scanAgain}`,
      'Payload is an EMVCo/VietQR payment code',
    );
  }
  if (fields.length > 1 && twelveDigits.test(fields[0]?.trim() ?? '')) {
    return notCccd(
      `Mã QR chỉ đọc được một phần (${fields.length}/${cardFieldCount} trường thông tin). Hãy quét lại.`,
      `Payload has ${fields.length} of ${cardFieldCount} fields`,
    );
  }
  return notCccd(notACardMessage, 'Payload has no card layout');
}

/**
 * Signs that Vietnamese letters were mangled between the card and us: the
 * replacement character, a "?" where a keyboard-wedge scanner could not type a
 * letter, control characters (other than tab) inside a field, or UTF-8 read as
 * Windows-1252/1258 ("Nguyá»…n" for "Nguyễn"). The mojibake test looks for a UTF-8 lead byte shown as
 * a letter (Ã Ă Ä Å Æ) followed by a continuation byte shown as a symbol, or "á" +
 * "º"/"»": pairs that never occur in Vietnamese text.
 */
const garblingSigns =
  /[\uFFFD?]|(?!\t)\p{Cc}|[ÃĂÄÅÆ][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]|á[º»]/u;

/**
 * A card address always names its ward or commune (Phường, Xã, Thị trấn, Đặc khu…)
 * with Vietnamese letters; an address of plain ASCII lost its diacritics on the way,
 * as when a keyboard-wedge scanner sends only the letters it can type.
 */
const notAscii = /[^\p{ASCII}]/u;
function lostItsDiacritics(address: string): boolean {
  return address !== '' && !notAscii.test(address);
}

export function garbledScan(): CccdError {
  return new CccdError('garbled', 'payload', {
    message:
      'Mã QR đọc được bị sai chữ tiếng Việt, thường do máy quét đang ở chế độ bàn phím. ' +
      'Hãy chuyển máy quét sang chế độ HID-POS hoặc cổng COM (USB-serial) rồi quét lại.',
    detail: 'Card fields contain garbled text (keyboard-wedge scanner or wrong encoding)',
  });
}

/**
 * The seven card fields of a scanned payload, each trimmed. Fields after the
 * seventh are ignored (newer cards may append some), and so are their contents.
 */
export function splitCardPayload(raw: string): CardFields {
  // JavaScript callers (the CLI, a device driver) may hand over anything.
  if (typeof raw !== 'string') throw notCccd(notACardMessage, 'Payload is not text');
  if (raw.length > maxPayloadLength) {
    throw notCccd(
      `Dữ liệu quét được quá dài, không phải mã QR của thẻ căn cước. ${scanAgain}`,
      `Payload is longer than ${maxPayloadLength} characters`,
    );
  }
  const text = normaliseScannedText(raw);
  const fields = text.split('|');
  const foreign = fields.length < cardFieldCount || urlPattern.test(text) || emvcoPattern.test(text);
  if (foreign) throw refuseForeignPayload(text, fields);
  const card = fields.slice(0, cardFieldCount).map((field) => field.trim()) as unknown as CardFields;
  if (card.some((field) => garblingSigns.test(field)) || lostItsDiacritics(card[5])) throw garbledScan();
  return card;
}
