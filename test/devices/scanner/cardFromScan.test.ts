import { describe, expect, it } from 'vitest';
import { cardFromScan } from '../../../main/devices/scanner/cardFromScan';
import type { ScanResult } from '../../../main/devices/scanner/scanner';
import { cccdText } from './cccdFixtures';

const scanOf = (text: string): ScanResult => ({ kind: 'text', text, source: 'hid-pos', symbology: ']Q1' });

describe('from a scan to the intake form', () => {
  it('a CCCD scan gives the card', () => {
    expect(cardFromScan(scanOf(cccdText))).toEqual({
      kind: 'card',
      card: {
        idNumber: '001090123456',
        oldIdNumber: '012345678',
        fullName: 'Nguyễn Văn A',
        dateOfBirth: '1990-01-01',
        gender: 'male',
        address: 'Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh',
        issueDate: '2021-04-15',
      },
    });
  });

  it('a VietQR payment code is refused as "not a card", saying what it is', () => {
    const vietQr = '00020101021238570010A00000072701270006970436011300110123456780208QRIBFTTA53037045802VN6304ABCD';
    const result = cardFromScan(scanOf(vietQr));
    expect(result).toMatchObject({ kind: 'refused', error: { code: 'CCCD_INVALID', reason: 'not_cccd' } });
    expect(result.kind === 'refused' && result.error.messageVi).toContain('VietQR');
  });

  it('a CCCD whose letters a keyboard wedge turned into "?" is refused as garbled', () => {
    const wedged = '001090123456|012345678|Nguy?n V?n A|01011990|Nam|Ph??ng B?n Ngh?, Qu?n 1, TP. H? Ch? Minh|15042021';
    expect(cardFromScan(wedged)).toMatchObject({ kind: 'refused', error: { reason: 'garbled' } });
  });

  it('bytes that were not UTF-8 are refused as garbled, with advice on the scanner setting', () => {
    const result = cardFromScan({ kind: 'garbled', reason: 'invalid_utf8', byteLength: 120, source: 'serial', symbology: null });
    expect(result).toMatchObject({ kind: 'refused', error: { reason: 'garbled', field: 'payload' } });
    expect(result.kind === 'refused' && result.error.messageVi).toContain('UTF-8');
    expect(result.kind === 'refused' && result.error.detail).toBe('Scan of 120 bytes from serial is not valid UTF-8 (reason: garbled)');
  });

  it('a runaway scan is refused as not a card', () => {
    expect(cardFromScan({ kind: 'garbled', reason: 'too_long', byteLength: 5000, source: 'serial', symbology: null })).toMatchObject({
      kind: 'refused',
      error: { reason: 'not_cccd' },
    });
  });

  it('the date of today is passed on, so a card issued "tomorrow" is refused', () => {
    expect(cardFromScan(scanOf(cccdText), { today: '2021-04-14' })).toMatchObject({ kind: 'refused', error: { reason: 'issue_date' } });
  });
});
