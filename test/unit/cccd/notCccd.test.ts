import { describe, expect, it } from 'vitest';
import { parseCccdQr } from '@domain/cccd';
import { refusal } from './refusal';

const example = '001090123456|012345678|Nguyễn Văn A|01011990|Nam|Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|15042021';
const female = '079303123456||Trần Thị Ánh|12082003|Nữ|Xã Đắk Mil, Đắk Lắk|01072021';

/** CRC-16/CCITT-FALSE, the checksum EMVCo QR payloads end with. */
function emvCrc(text: string): string {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}
const vietQrBody = '00020101021238540010A00000072701240006970436011000123456780208QRIBFTTA530370454061000005802VN6304';
const vietQr = vietQrBody + emvCrc(vietQrBody);

describe('a QR that is not a CCCD gets the not_cccd reason and a short hint', () => {
  it.each([
    ['a link', 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', 'đường liên kết'],
    ['a link without scheme', 'www.example.vn/tra-cuu?ma=1|2|3|4|5|6|7', 'đường liên kết'],
    ['a link with pipes', 'http://a.vn/?x=001090123456|1|2|3|4|5|6', 'đường liên kết'],
    ['a VietQR payment code', vietQr, 'VietQR'],
    ['random text', 'Xin chào các bạn', 'không phải mã QR của thẻ căn cước'],
    ['a number alone', '001090123456', 'không phải mã QR của thẻ căn cước'],
    ['an empty scan', '', 'Không đọc được dữ liệu'],
    ['a scan of only CR/LF', '\r\n', 'Không đọc được dữ liệu'],
    ['a partial scan', '001090123456|012345678|Nguyễn Văn A', 'chỉ đọc được một phần (3/7'],
    ['a huge paste', `${example}|${'x'.repeat(5000)}`, 'quá dài'],
  ])('%s', (_, payload, hint) => {
    const error = refusal(() => parseCccdQr(payload));
    expect(error.reason).toBe('not_cccd');
    expect(error.field).toBe('payload');
    expect(error.code).toBe('CCCD_INVALID');
    expect(error.messageVi).toContain(hint);
    expect(error.messageVi.length).toBeLessThan(160);
  });

  it('refuses values that are not strings the same way (a JavaScript caller may pass anything)', () => {
    for (const value of [undefined, null, 42, {}, ['a|b']]) {
      expect(refusal(() => parseCccdQr(value as unknown as string)).reason).toBe('not_cccd');
    }
  });
});

describe('a card QR mangled by a keyboard-wedge scanner gets the garbled reason and the fix', () => {
  const cases: [string, string][] = [
    ['letters the scanner could not type became "?"', example.replace('Nguyễn Văn', 'Nguy?n V?n')],
    ['letters became the replacement character', example.replace('ễ', '\uFFFD')],
    ['"Nữ" lost its letter', female.replace('Nữ', 'N')],
    ['"Nữ" lost its marks', female.replace('Nữ', 'Nu')],
    ['"Nữ" became "N?"', female.replace('Nữ', 'N?')],
    ['UTF-8 read as Windows-1252', new TextDecoder('windows-1252').decode(new TextEncoder().encode(female))],
    ['UTF-8 read as Latin-1', Buffer.from(example, 'utf8').toString('latin1')],
    ['UTF-8 read as Windows-1258', new TextDecoder('windows-1258').decode(new TextEncoder().encode(example))],
    ['a control character inside a field', example.replace('Văn', 'V\u0008ăn')],
    ['every letter lost its diacritics', example.normalize('NFD').replace(/\p{M}/gu, '').replace('Đ', 'D')],
    ['the scanner dropped every letter it could not type', example.replace(/[^\p{ASCII}]/gu, '')],
  ];
  it.each(cases)('%s', (_, payload) => {
    const error = refusal(() => parseCccdQr(payload));
    expect(error.reason).toBe('garbled');
    expect(error.messageVi).toContain('HID-POS');
  });

  it('does not mistake Vietnamese capitals (Ã, Ă, Â) for mojibake', () => {
    const card = parseCccdQr(example.replace('Nguyễn Văn A', 'NGÔ THỊ ÃNH ĂN LÂM'));
    expect(card.fullName).toBe('NGÔ THỊ ÃNH ĂN LÂM');
  });

  it('ignores garbling in fields after the seventh', () => {
    expect(parseCccdQr(`${example}|N?u\uFFFD`).idNumber).toBe('001090123456');
  });
});
