/**
 * Why a scanner is not delivering scans, told once in Vietnamese for the counter
 * and in English for the logs. Drivers report failures as free text (serialport's
 * native binding: "Error: Permission denied, cannot open /dev/ttyACM0"; Windows:
 * "Opening COM3: Access denied"; node-hid: "cannot open device with path …"), so
 * they are sorted here, in one place, into a closed list the UI can branch on.
 */
import { AppError } from '@domain/errors';
import type { ScannerState } from './scanner';

export const scannerFaults = [
  /** Nothing at the configured port / no HID-POS scanner attached. */
  'not_found',
  /** It was connected and went away (cable pulled, scanner reset, USB hub power). */
  'unplugged',
  /** The OS refused access (Linux: not in the dialout group, or no udev rule for hidraw). */
  'permission',
  /** Another program holds the port (a vendor tool, a second copy of the app). */
  'busy',
  /** The HID driver (node-hid) is not installed on this machine. */
  'driver_missing',
  /** node-hid could not open the device and does not say why (permission or exclusive use). */
  'cannot_open',
  /** Anything else the driver threw. */
  'io',
] as const;

export type ScannerFault = (typeof scannerFaults)[number];

const retrying = 'Phần mềm sẽ tự kết nối lại.';

function messageFor(fault: ScannerFault, device: string): string {
  switch (fault) {
    case 'not_found':
      return `Chưa thấy máy quét (${device}). Hãy kiểm tra dây cáp USB của máy quét. ${retrying}`;
    case 'unplugged':
      return `Máy quét đã bị ngắt kết nối (${device}). Hãy cắm lại dây cáp USB. ${retrying}`;
    case 'permission':
      return (
        `Tài khoản trên máy tính này không có quyền dùng máy quét (${device}). ` +
        'Hãy nhờ quản trị viên cấp quyền (Linux: thêm tài khoản vào nhóm dialout hoặc cài quy tắc udev, rồi đăng nhập lại).'
      );
    case 'busy':
      return `Máy quét (${device}) đang được một chương trình khác sử dụng. Hãy đóng chương trình đó. ${retrying}`;
    case 'driver_missing':
      return (
        'Máy tính này chưa cài thành phần đọc máy quét ở chế độ HID-POS. ' +
        'Hãy chuyển máy quét sang chế độ USB-serial (cổng COM) hoặc báo quản trị viên.'
      );
    case 'cannot_open':
      return (
        `Không mở được máy quét (${device}): thiết bị đang được chương trình khác sử dụng ` +
        `hoặc tài khoản chưa có quyền truy cập. ${retrying}`
      );
    case 'io':
      return `Máy quét gặp lỗi khi truyền dữ liệu (${device}). ${retrying}`;
  }
}

/** A missing or unplugged device is a normal state of the counter; the rest needs someone to act. */
export function stateOfFault(fault: ScannerFault): Exclude<ScannerState, 'connected'> {
  return fault === 'not_found' || fault === 'unplugged' ? 'disconnected' : 'error';
}

/**
 * The scanner failure as an AppError. UNAVAILABLE until the contract has device
 * codes (proposed: SCANNER_UNAVAILABLE); the detail starts with SCANNER_<FAULT>
 * so logs can tell them apart.
 */
export class ScannerError extends AppError {
  readonly fault: ScannerFault;

  constructor(fault: ScannerFault, device: string, detail: string) {
    super('UNAVAILABLE', { message: messageFor(fault, device), detail: `SCANNER_${fault.toUpperCase()}: ${detail}` });
    this.name = 'ScannerError';
    this.fault = fault;
  }
}

export function isScannerError(value: unknown): value is ScannerError {
  return value instanceof ScannerError;
}

interface DriverError {
  message?: unknown;
  code?: unknown;
  disconnected?: unknown;
  disconnect?: unknown;
}

/** Most specific first: "Access denied" on Windows means another program has the COM port open. */
const faultPatterns: ReadonlyArray<[ScannerFault, RegExp]> = [
  ['permission', /\b(?:EACCES|EPERM)\b|permission denied|operation not permitted/i],
  ['busy', /\bEBUSY\b|busy|cannot lock port|port is locked|resource temporarily unavailable|access denied/i],
  ['not_found', /\b(?:ENOENT|ENODEV)\b|no such file|file not found|no such device|does not exist|not found/i],
  ['cannot_open', /cannot open device/i],
];

/** Which fault a driver error is, from its code or, failing that, its wording. */
export function scannerFaultOf(error: unknown): ScannerFault {
  if (isScannerError(error)) return error.fault;
  const driverError = (typeof error === 'object' && error !== null ? error : {}) as DriverError;
  if (driverError.disconnected === true || driverError.disconnect === true) return 'unplugged';
  const code = typeof driverError.code === 'string' ? driverError.code : '';
  const text = `${code} ${typeof driverError.message === 'string' ? driverError.message : String(error)}`;
  for (const [fault, pattern] of faultPatterns) if (pattern.test(text)) return fault;
  return 'io';
}

/** The driver error as a ScannerError for `device`, keeping the driver's own words in the detail. */
export function scannerErrorOf(error: unknown, device: string, fault: ScannerFault = scannerFaultOf(error)): ScannerError {
  if (isScannerError(error) && error.fault === fault) return error;
  const said = error instanceof Error ? error.message : String(error);
  return new ScannerError(fault, device, `${device}: ${said}`);
}
