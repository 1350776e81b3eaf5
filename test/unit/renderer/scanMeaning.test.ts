import { describe, expect, it } from 'vitest';
import { wedgeScanOf } from '../../../renderer/src/scanner/keyboardWedge';
import { meaningOfScan, ticketTokenOf } from '../../../renderer/src/scanner/scanMeaning';
import { ratingTargetOf, ratingTargetOfSearch } from '../../../renderer/src/screens/rating/ratingTarget';

const card = '038090001234||Nguyễn Văn Đức|12051990|Nam|Thôn Đông, xã Đông Sơn, tỉnh Thanh Hóa|15042021';

describe('what a scan at the counter is', () => {
  it('an intact CCCD goes to the station to be parsed, with its ID number at hand', () => {
    expect(meaningOfScan(wedgeScanOf(card))).toEqual({ kind: 'cccd', payload: card, idNumber: '038090001234' });
  });

  it('a CCCD whose Vietnamese a keyboard-mode scanner lost is not parsed: the officer is told to switch modes', () => {
    const garbled = '038090001234||Nguy?n V?n ??c|12051990|Nam|Th?n ??ng, x? ??ng S?n|15042021';
    expect(meaningOfScan(wedgeScanOf(garbled))).toEqual({ kind: 'cccdGarbled', idNumber: '038090001234' });
  });

  it('the QR of a receipt is its dossier code', () => {
    expect(meaningOfScan(wedgeScanOf('000.17.22.H56-260520-0003'))).toEqual({ kind: 'dossierCode', code: '000.17.22.H56-260520-0003' });
  });

  it('a queue ticket’s QR (the tracking address) is recognised and not mistaken for anything else', () => {
    expect(meaningOfScan(wedgeScanOf('http://192.168.1.10:8686/t/AbCdEfGh12345678_-x'))).toEqual({ kind: 'ticket', token: 'AbCdEfGh12345678_-x' });
  });

  it('a product bar code or a half-typed burst is of no use to the counter', () => {
    expect(meaningOfScan(wedgeScanOf('8934563138164'))).toEqual({ kind: 'unknown' });
    expect(meaningOfScan(wedgeScanOf('038090001234|'))).toEqual({ kind: 'unknown' });
  });
});

describe('what the citizen enters on the rating screen', () => {
  it('a dossier code, typed in lower case or with spaces around', () => {
    expect(ratingTargetOf('  000.17.22.h56-260520-0003 ')).toEqual({ dossierCode: '000.17.22.H56-260520-0003' });
  });

  it('a ticket QR: the tracking address or the bare token', () => {
    expect(ratingTargetOf('http://192.168.1.10:8686/t/AbCdEfGh12345678')).toEqual({ ticketToken: 'AbCdEfGh12345678' });
    expect(ticketTokenOf('AbCdEfGh12345678')).toBe('AbCdEfGh12345678');
  });

  it('anything else is refused before asking the station', () => {
    expect(ratingTargetOf('abc')).toBeNull();
    expect(ratingTargetOf('')).toBeNull();
  });

  it('the counter opens the screen with ?ma=<code> or ?ve=<token>', () => {
    expect(ratingTargetOfSearch(new URLSearchParams('ma=000.17.22.H56-260520-0003'))).toEqual({ dossierCode: '000.17.22.H56-260520-0003' });
    expect(ratingTargetOfSearch(new URLSearchParams('ve=AbCdEfGh12345678'))).toEqual({ ticketToken: 'AbCdEfGh12345678' });
    expect(ratingTargetOfSearch(new URLSearchParams(''))).toBeNull();
  });
});
