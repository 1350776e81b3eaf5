/** What a serial scanner sends for the front of a CCCD: the QR's UTF-8 bytes, then its CR LF suffix. */
export const cccdLine =
  '001090123456|012345678|Nguyễn Văn A|01011990|Nam|Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|15042021\r\n';
export const cccdText = cccdLine.slice(0, -2);

/** A card without an old CMND number and a longer address: 157 bytes, three HID-POS reports. */
export const longCccdText =
  '079185001234||Trần Thị Bích Ngọc|15081985|Nữ|Số 12 đường Nguyễn Huệ, Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh|20062022';

/** Splits bytes at the given offsets, as a serial driver hands them over in chunks. */
export function chunksAt(bytes: Uint8Array, ...offsets: number[]): Buffer[] {
  const cuts = [0, ...offsets, bytes.length];
  return cuts.slice(1).map((end, index) => Buffer.from(bytes.subarray(cuts[index], end)));
}
