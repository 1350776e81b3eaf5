/**
 * The national dossier statuses (TrangThaiHoSo), by name, with their codes and
 * official Vietnamese names: the one place a status number is written. Everything
 * else (rules, services, sync, the contract, the screens) says
 * `dossierStatus.supplementRequested`, never 5.
 */

export const dossierStatus = {
  registered: 1,
  received: 2,
  refused: 3,
  processing: 4,
  supplementRequested: 5,
  financialObligation: 6,
  withdrawn: 7,
  stopped: 8,
  processed: 9,
  returned: 10,
} as const;

export type DossierStatusName = keyof typeof dossierStatus;
export type DossierStatus = (typeof dossierStatus)[DossierStatusName];

const names = Object.keys(dossierStatus) as DossierStatusName[];

/** Every code, in the national order (the contract's schemas are built from it). */
export const dossierStatusCodes = names.map((name) => dossierStatus[name]) as readonly DossierStatus[];

/** The official names, as the province and the printed papers spell them. */
export const dossierStatuses: Readonly<Record<DossierStatus, string>> = {
  [dossierStatus.registered]: 'Mới đăng ký',
  [dossierStatus.received]: 'Được tiếp nhận',
  [dossierStatus.refused]: 'Không được tiếp nhận',
  [dossierStatus.processing]: 'Đang xử lý',
  [dossierStatus.supplementRequested]: 'Yêu cầu bổ sung giấy tờ',
  [dossierStatus.financialObligation]: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  [dossierStatus.withdrawn]: 'Công dân yêu cầu rút hồ sơ',
  [dossierStatus.stopped]: 'Dừng xử lý',
  [dossierStatus.processed]: 'Đã xử lý xong',
  [dossierStatus.returned]: 'Đã trả kết quả',
};

export function isDossierStatus(value: number): value is DossierStatus {
  return (dossierStatusCodes as readonly number[]).includes(value);
}

/** The name of a code (`5` → `supplementRequested`); undefined for a number outside the list. */
export function dossierStatusName(code: number): DossierStatusName | undefined {
  return names.find((name) => dossierStatus[name] === code);
}

const among =
  (...members: DossierStatusName[]) =>
  (status: number): boolean =>
    members.some((name) => dossierStatus[name] === status);

/**
 * Received and not yet settled, with the clock running: what a due date (and so
 * "overdue" and a new appointment) applies to. A supplement request pauses the
 * clock; a financial obligation does not.
 */
export const isDueDateRunning = among('received', 'processing', 'financialObligation', 'processed');

/** The next step is the citizen's: bring the missing papers or pay. */
export const isWaitingOnCitizen = among('supplementRequested', 'financialObligation');

/** The result exists: processed by the province, or already handed over. */
export const hasResult = among('processed', 'returned');
