/**
 * Dossier statuses after the national code list (TrangThaiHoSo) and who may move a
 * dossier between them. The counter receives, refuses, asks for supplements,
 * records them, returns results and records withdrawals; "processing", "financial
 * obligation", "stopped" and "processed" are decided by the province and arrive by
 * sync only.
 *
 * Returning a result is allowed from "processed" (9) and, for procedures the
 * commune settles on the spot (civil status extracts, certifications), straight
 * from "received" (2) or "processing" (4): the province then learns 10 directly.
 */
import { AppError } from '../errors';

export const dossierStatuses = {
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
} as const;

export type DossierStatus = keyof typeof dossierStatuses;
export type StatusSource = 'counter' | 'province';

interface Transition {
  from: readonly (DossierStatus | null)[];
  to: DossierStatus;
  source: StatusSource;
}

const transitions: readonly Transition[] = [
  { from: [null, 1], to: 2, source: 'counter' },
  { from: [null, 1], to: 3, source: 'counter' },
  { from: [2, 4], to: 5, source: 'counter' },
  { from: [2, 4, 5, 6], to: 7, source: 'counter' },
  { from: [2, 4, 9], to: 10, source: 'counter' },
  // Supplement received: back to where it was (recorded by the service).
  { from: [5], to: 2, source: 'counter' },
  { from: [5], to: 4, source: 'counter' },
  { from: [2, 5, 6], to: 4, source: 'province' },
  { from: [4], to: 5, source: 'province' },
  { from: [4], to: 6, source: 'province' },
  { from: [2, 4, 5, 6], to: 8, source: 'province' },
  { from: [2, 4, 6], to: 9, source: 'province' },
  { from: [9], to: 10, source: 'province' },
];

export function isDossierStatus(value: number): value is DossierStatus {
  return Number.isInteger(value) && value >= 1 && value <= 10;
}

export function canMove(from: DossierStatus | null, to: DossierStatus, source: StatusSource): boolean {
  return transitions.some((t) => t.to === to && t.source === source && t.from.includes(from));
}

/** Throws a clear error for a move the rules do not allow. */
export function assertMove(from: DossierStatus | null, to: DossierStatus, source: StatusSource): void {
  if (canMove(from, to, source)) return;
  const fromName = from === null ? 'chưa có' : `"${dossierStatuses[from]}"`;
  const byProvince = transitions.some((t) => t.to === to && t.source === 'province' && t.from.includes(from));
  throw new AppError('INVALID_STATE', {
    message: byProvince
      ? `Trạng thái "${dossierStatuses[to]}" do hệ thống một cửa cấp tỉnh cập nhật, không đặt tại quầy.`
      : `Không thể chuyển hồ sơ từ trạng thái ${fromName} sang "${dossierStatuses[to]}".`,
    detail: `Dossier status ${from ?? 'none'} -> ${to} not allowed from ${source}`,
  });
}
