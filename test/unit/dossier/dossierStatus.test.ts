import { describe, expect, it } from 'vitest';
import { dossierStatusSchema } from '@contract';
import {
  dossierStatus,
  dossierStatusCodes,
  dossierStatusName,
  dossierStatuses,
  hasResult,
  isClosedStatus,
  isDossierStatus,
  isDueDateRunning,
  isWaitingOnCitizen,
} from '@domain/dossier';

const codesWhere = (predicate: (status: number) => boolean) => dossierStatusCodes.filter(predicate);

describe('the national dossier statuses (TrangThaiHoSo)', () => {
  it('are the codes 1 to 10, in order, each with one name and one official Vietnamese name', () => {
    expect(dossierStatusCodes).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const code of dossierStatusCodes) {
      const name = dossierStatusName(code)!;
      expect(dossierStatus[name]).toBe(code);
      expect(dossierStatuses[code]).toMatch(/\p{L}/u);
    }
    expect(new Set(dossierStatusCodes.map(dossierStatusName)).size).toBe(10);
    expect(new Set(Object.values(dossierStatuses)).size).toBe(10);
  });

  it('a supplement request is 5, "Yêu cầu bổ sung giấy tờ"; a returned result is 10, "Đã trả kết quả"', () => {
    expect(dossierStatus.supplementRequested).toBe(5);
    expect(dossierStatuses[dossierStatus.supplementRequested]).toBe('Yêu cầu bổ sung giấy tờ');
    expect(dossierStatusName(10)).toBe('returned');
    expect(dossierStatuses[10]).toBe('Đã trả kết quả');
  });

  it('a number outside the list is no status, and has no name', () => {
    for (const value of [0, 11, -1, 2.5, Number.NaN]) {
      expect(isDossierStatus(value)).toBe(false);
      expect(dossierStatusName(value)).toBeUndefined();
    }
    expect(isDossierStatus(7)).toBe(true);
  });

  it('the contract accepts exactly the domain codes', () => {
    for (const code of dossierStatusCodes) expect(dossierStatusSchema.safeParse(code).success).toBe(true);
    for (const value of [0, 11, 2.5, '2']) expect(dossierStatusSchema.safeParse(value).success).toBe(false);
  });
});

describe('what a status says about the dossier', () => {
  it('a due date runs while received, processing, waiting for a fee or processed; a supplement request pauses it', () => {
    expect(codesWhere(isDueDateRunning)).toEqual([2, 4, 6, 9]);
  });

  it('a supplement request and a financial obligation wait on the citizen', () => {
    expect(codesWhere(isWaitingOnCitizen)).toEqual([5, 6]);
  });

  it('a processed or returned dossier has its result', () => {
    expect(codesWhere(hasResult)).toEqual([9, 10]);
  });

  it('refused, withdrawn, stopped and returned dossiers are closed: nothing moves them on', () => {
    expect(codesWhere(isClosedStatus)).toEqual([3, 7, 8, 10]);
    expect(isClosedStatus(11)).toBe(false);
  });
});
