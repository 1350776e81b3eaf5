import { describe, expect, it } from 'vitest';
import { vietnamInstant } from '@domain/time/vietnamTime';
import { formatDong } from '../../main/print/forms/dong';
import { timeLimitPhrase } from '../../main/print/forms/form01Receipt';
import { reprintMarkText, sentenceRuns } from '../../main/print/forms/formParts';
import { fillWording } from '../../main/print/forms/formTemplates';
import {
  clockTime,
  dayMonthYearPhrase,
  hourMinuteDatePhrase,
  numericDate,
  placeAndDateLine,
} from '../../main/print/forms/vietnameseDates';

describe('dates on the forms', () => {
  it('writes days below 10 and the months January and February with a leading zero, as Decree 30 asks', () => {
    expect(dayMonthYearPhrase(vietnamInstant(2026, 2, 5))).toBe('ngày 05 tháng 02 năm 2026');
    expect(dayMonthYearPhrase(vietnamInstant(2026, 11, 23))).toBe('ngày 23 tháng 11 năm 2026');
    expect(dayMonthYearPhrase(vietnamInstant(2026, 3, 9))).toBe('ngày 09 tháng 3 năm 2026');
  });

  it('puts the place before the date in the header line', () => {
    expect(placeAndDateLine('Ba Đình', vietnamInstant(2026, 11, 23, 9, 5))).toBe('Ba Đình, ngày 23 tháng 11 năm 2026');
  });

  it('reads instants in Vietnam time, not the machine zone: 17:30 UTC is half past midnight the next day', () => {
    const instant = new Date('2026-11-23T17:30:00Z');
    expect(hourMinuteDatePhrase(instant)).toBe('00 giờ 30 phút, ngày 24 tháng 11 năm 2026');
    expect(numericDate(instant)).toBe('24/11/2026');
    expect(clockTime(instant)).toBe('00:30');
  });

  it('marks a reprint with its own time', () => {
    expect(reprintMarkText(vietnamInstant(2026, 11, 24, 8, 30))).toBe('Bản in lại – in lúc 08:30 ngày 24/11/2026');
  });
});

describe('money on the forms', () => {
  it('groups thousands with dots and ends with đ', () => {
    expect(formatDong(1_000_000)).toBe('1.000.000 đ');
    expect(formatDong(15_000)).toBe('15.000 đ');
    expect(formatDong(8_000)).toBe('8.000 đ');
    expect(formatDong(500)).toBe('500 đ');
    expect(formatDong(0)).toBe('0 đ');
  });

  it('refuses amounts that are not whole, non-negative đồng', () => {
    expect(() => formatDong(-1)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    expect(() => formatDong(1.5)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});

describe('the legal processing time on the receipt', () => {
  it('counts working days, working hours, or says the same day', () => {
    expect(timeLimitPhrase({ kind: 'working_days', value: 3 })).toBe('03 ngày làm việc');
    expect(timeLimitPhrase({ kind: 'working_days', value: 15 })).toBe('15 ngày làm việc');
    expect(timeLimitPhrase({ kind: 'working_hours', value: 4 })).toBe('04 giờ làm việc');
    expect(timeLimitPhrase({ kind: 'same_day' })).toBe('trong ngày');
  });
});

describe('template sentences', () => {
  it('fill in the office names and leave unknown placeholders visible', () => {
    expect(fillWording('{desk} tiếp nhận hồ sơ của:', { desk: 'Bộ phận Tiếp nhận và Trả kết quả' })).toBe(
      'Bộ phận Tiếp nhận và Trả kết quả tiếp nhận hồ sơ của:',
    );
    expect(fillWording('{desk} và {other}', { desk: 'A' })).toBe('A và {other}');
  });

  it('can carry a bold value inside a fixed sentence', () => {
    expect(sentenceRuns('mã hồ sơ: {code}.', { code: { text: 'X-1', bold: true } })).toEqual([
      'mã hồ sơ: ',
      { text: 'X-1', bold: true },
      '.',
    ]);
  });
});
