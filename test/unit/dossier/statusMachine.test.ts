import { describe, expect, it } from 'vitest';
import { AppError } from '@domain/errors';
import {
  assertMove,
  canMove,
  canTakeDossierAction,
  dossierCounterActions,
  dossierStatus,
  dossierStatusCodes,
  statusToResume,
  type DossierCounterAction,
  type DossierStatus,
  type StatusSource,
} from '@domain/dossier';

// The moves as the national codes spell them: the table before statuses had names.
const expectedMoves: { from: (number | null)[]; to: number; source: StatusSource }[] = [
  { from: [null, 1], to: 2, source: 'counter' },
  { from: [null, 1], to: 3, source: 'counter' },
  { from: [2, 4], to: 5, source: 'counter' },
  { from: [2, 4, 5, 6], to: 7, source: 'counter' },
  { from: [2, 4, 9], to: 10, source: 'counter' },
  { from: [5], to: 2, source: 'counter' },
  { from: [5], to: 4, source: 'counter' },
  { from: [2, 5, 6], to: 4, source: 'province' },
  { from: [4], to: 5, source: 'province' },
  { from: [4], to: 6, source: 'province' },
  { from: [2, 4, 5, 6], to: 8, source: 'province' },
  { from: [2, 4, 6], to: 9, source: 'province' },
  { from: [9], to: 10, source: 'province' },
];

function refusal(from: DossierStatus | null, to: DossierStatus, source: StatusSource) {
  try {
    assertMove(from, to, source);
    return undefined;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, messageVi: error.messageVi, detail: error.detail };
  }
}

const allowedBy = (action: DossierCounterAction) => dossierStatusCodes.filter((status) => canTakeDossierAction(action, status));

describe('who may move a dossier from which status to which', () => {
  it('answers every pair of statuses, for the counter and the province, as the national table does', () => {
    for (const source of ['counter', 'province'] as const) {
      for (const from of [null, ...dossierStatusCodes]) {
        for (const to of dossierStatusCodes) {
          const expected = expectedMoves.some((m) => m.to === to && m.source === source && m.from.includes(from));
          expect(canMove(from, to, source), `${from} -> ${to} by ${source}`).toBe(expected);
        }
      }
    }
  });

  it('a new dossier is received or refused at the counter, never straight into processing', () => {
    expect(canMove(null, dossierStatus.received, 'counter')).toBe(true);
    expect(canMove(null, dossierStatus.refused, 'counter')).toBe(true);
    expect(canMove(null, dossierStatus.processing, 'counter')).toBe(false);
  });

  it('a status the province decides is refused at the counter with a sentence saying so', () => {
    expect(refusal(dossierStatus.received, dossierStatus.processed, 'counter')).toEqual({
      code: 'INVALID_STATE',
      messageVi: 'Trạng thái "Đã xử lý xong" do hệ thống một cửa cấp tỉnh cập nhật, không đặt tại quầy.',
      detail: 'Dossier status 2 -> 9 not allowed from counter',
    });
  });

  it('a move nobody may make names both statuses', () => {
    expect(refusal(dossierStatus.returned, dossierStatus.received, 'counter')?.messageVi).toBe(
      'Không thể chuyển hồ sơ từ trạng thái "Đã trả kết quả" sang "Được tiếp nhận".',
    );
    expect(refusal(null, dossierStatus.returned, 'province')?.messageVi).toBe('Không thể chuyển hồ sơ từ trạng thái chưa có sang "Đã trả kết quả".');
    expect(refusal(dossierStatus.processing, dossierStatus.supplementRequested, 'province')).toBeUndefined();
  });
});

describe('what the counter may do in which status', () => {
  it('returns a result once processed, or on the spot from received or processing', () => {
    expect(allowedBy('returnResult')).toEqual([2, 4, 9]);
  });

  it('records a supplement only while one is asked for, and asks only while the dossier is worked on', () => {
    expect(allowedBy('recordSupplement')).toEqual([5]);
    expect(allowedBy('requestSupplement')).toEqual([2, 4]);
  });

  it('sets a new date wherever a due date runs', () => {
    expect(allowedBy('postpone')).toEqual([2, 4, 6, 9]);
  });

  it('records a withdrawal until the result exists or the dossier is closed', () => {
    expect(allowedBy('withdraw')).toEqual([2, 4, 5, 6]);
  });

  it('receives or refuses only a dossier the counter has not yet decided on', () => {
    expect(allowedBy('receive')).toEqual([1]);
    expect(allowedBy('refuse')).toEqual([1]);
  });

  it('every action but postpone is a move the table allows the counter', () => {
    for (const action of dossierCounterActions.filter((a) => a !== 'postpone')) {
      for (const from of allowedBy(action)) {
        expect(dossierStatusCodes.some((to: DossierStatus) => to !== from && canMove(from, to, 'counter')), `${action} from ${from}`).toBe(true);
      }
    }
  });

  it('a supplement brings the dossier back to processing if it was there, else to received', () => {
    expect(statusToResume(dossierStatus.processing)).toBe(dossierStatus.processing);
    expect(statusToResume(dossierStatus.received)).toBe(dossierStatus.received);
    expect(statusToResume(null)).toBe(dossierStatus.received);
  });
});
