/**
 * HID-POS input reports as node-hid hands them over (report ID first), written
 * out byte by byte for the layouts in hidPosReport.ts. Synthetic — made from the
 * documented layouts, not captured from a device — but exact to them: a recorded
 * report from a real scanner can be pasted next to these when one is available.
 *
 * Standard layout (64 bytes): 0 report ID 02 · 1 length · 2–4 AIM "]Q1" (5d 51 31)
 * · 5–60 data · 61 code ID ("s" 73 = QR) · 62 reserved · 63 flags (01 = more follows).
 * Newland layout (64 bytes read, 63 used): 0 report ID 02 · 1 length · 2–57 data
 * · 58–61 reserved · 62 Newland code ID ("Q" 51 = QR).
 */
const hex = (text: string) => Buffer.from(text.replace(/\s+/g, ''), 'hex');

/** cccdText (112 bytes of UTF-8): exactly two full reports, the first flagged "more data follows". */
export const cccdStandardReports = [
  hex(
    '02 38 5d 51 31 30 30 31 30 39 30 31 32 33 34 35' +
    '36 7c 30 31 32 33 34 35 36 37 38 7c 4e 67 75 79' +
    'e1 bb 85 6e 20 56 c4 83 6e 20 41 7c 30 31 30 31' +
    '31 39 39 30 7c 4e 61 6d 7c 50 68 c6 b0 73 00 01'
  ),
  hex(
    '02 38 5d 51 31 e1 bb 9d 6e 67 20 42 e1 ba bf 6e' +
    '20 4e 67 68 c3 a9 2c 20 51 75 e1 ba ad 6e 20 31' +
    '2c 20 54 50 2e 20 48 e1 bb 93 20 43 68 c3 ad 20' +
    '4d 69 6e 68 7c 31 35 30 34 32 30 32 31 73 00 00'
  ),
];

/** longCccdText (157 bytes): three reports; "ố" (e1 bb 91) is cut after its first byte by the end of report 1. */
export const longCccdStandardReports = [
  hex(
    '02 38 5d 51 31 30 37 39 31 38 35 30 30 31 32 33' +
    '34 7c 7c 54 72 e1 ba a7 6e 20 54 68 e1 bb 8b 20' +
    '42 c3 ad 63 68 20 4e 67 e1 bb 8d 63 7c 31 35 30' +
    '38 31 39 38 35 7c 4e e1 bb af 7c 53 e1 73 00 01'
  ),
  hex(
    '02 38 5d 51 31 bb 91 20 31 32 20 c4 91 c6 b0 e1' +
    'bb 9d 6e 67 20 4e 67 75 79 e1 bb 85 6e 20 48 75' +
    'e1 bb 87 2c 20 50 68 c6 b0 e1 bb 9d 6e 67 20 42' +
    'e1 ba bf 6e 20 4e 67 68 c3 a9 2c 20 51 73 00 01'
  ),
  hex(
    '02 2d 5d 51 31 75 e1 ba ad 6e 20 31 2c 20 54 68' +
    'c3 a0 6e 68 20 70 68 e1 bb 91 20 48 e1 bb 93 20' +
    '43 68 c3 ad 20 4d 69 6e 68 7c 32 30 30 36 32 30' +
    '32 32 00 00 00 00 00 00 00 00 00 00 00 73 00 00'
  ),
];

/** An EAN-13 on a dossier receipt: one report, AIM "]E0", code ID "d" (64), NUL padding after 13 data bytes. */
export const ean13StandardReport = hex(
    '02 0d 5d 45 30 38 39 33 34 35 36 33 31 33 38 31' +
    '36 34 00 00 00 00 00 00 00 00 00 00 00 00 00 00' +
    '00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00' +
    '00 00 00 00 00 00 00 00 00 00 00 00 00 64 00 00'
);

/** longCccdText for a Newland scanner: 56 + 56 + 45 bytes, no continuation flag; the short last report ends it. */
export const longCccdNewlandReports = [
  hex(
    '02 38 30 37 39 31 38 35 30 30 31 32 33 34 7c 7c' +
    '54 72 e1 ba a7 6e 20 54 68 e1 bb 8b 20 42 c3 ad' +
    '63 68 20 4e 67 e1 bb 8d 63 7c 31 35 30 38 31 39' +
    '38 35 7c 4e e1 bb af 7c 53 e1 00 00 00 00 51 00'
  ),
  hex(
    '02 38 bb 91 20 31 32 20 c4 91 c6 b0 e1 bb 9d 6e' +
    '67 20 4e 67 75 79 e1 bb 85 6e 20 48 75 e1 bb 87' +
    '2c 20 50 68 c6 b0 e1 bb 9d 6e 67 20 42 e1 ba bf' +
    '6e 20 4e 67 68 c3 a9 2c 20 51 00 00 00 00 51 00'
  ),
  hex(
    '02 2d 75 e1 ba ad 6e 20 31 2c 20 54 68 c3 a0 6e' +
    '68 20 70 68 e1 bb 91 20 48 e1 bb 93 20 43 68 c3' +
    'ad 20 4d 69 6e 68 7c 32 30 30 36 32 30 32 32 00' +
    '00 00 00 00 00 00 00 00 00 00 00 00 00 00 51 00'
  ),
];

/** cccdText for a Newland scanner: two full reports and nothing says the second is the last; an idle gap ends it. */
export const cccdNewlandReports = [
  hex(
    '02 38 30 30 31 30 39 30 31 32 33 34 35 36 7c 30' +
    '31 32 33 34 35 36 37 38 7c 4e 67 75 79 e1 bb 85' +
    '6e 20 56 c4 83 6e 20 41 7c 30 31 30 31 31 39 39' +
    '30 7c 4e 61 6d 7c 50 68 c6 b0 00 00 00 00 51 00'
  ),
  hex(
    '02 38 e1 bb 9d 6e 67 20 42 e1 ba bf 6e 20 4e 67' +
    '68 c3 a9 2c 20 51 75 e1 ba ad 6e 20 31 2c 20 54' +
    '50 2e 20 48 e1 bb 93 20 43 68 c3 ad 20 4d 69 6e' +
    '68 7c 31 35 30 34 32 30 32 31 00 00 00 00 51 00'
  ),
];

/** A report with another ID on the same interface (a reply to a vendor command): not scan data. */
export const vendorReplyReport = hex(
    'fd 05 16 4d 0d 4f 4b 00 00 00 00 00 00 00 00 00' +
    '00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00' +
    '00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00' +
    '00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00',
);
