import { describe, expect, it } from 'vitest';
import { reconnectDelay } from '../../../main/devices/scanner/reconnectDelay';
import { ScannerError, scannerErrorOf, scannerFaultOf, stateOfFault } from '../../../main/devices/scanner/scannerError';

describe('sorting driver errors into scanner faults', () => {
  it.each([
    // serialport's native binding (Linux/macOS), as its C++ formats them
    ['Error: Permission denied, cannot open /dev/ttyACM0', 'permission'],
    ['Error: No such file or directory, cannot open /dev/ttyACM0', 'not_found'],
    ['Error Resource temporarily unavailable Cannot lock port', 'busy'],
    ['Error: Device or resource busy, cannot open /dev/ttyUSB0', 'busy'],
    // serialport on Windows: a COM port held by another program is "Access denied"
    ['Opening COM3: Access denied', 'busy'],
    ['Opening COM7: File not found', 'not_found'],
    // @serialport/binding-mock
    ["Port does not exist - please call MockBinding.createPort('/dev/ttyACM0') first", 'not_found'],
    ['Port is locked cannot open', 'busy'],
    // node-hid
    ['cannot open device with path /dev/hidraw1', 'cannot_open'],
    ['could not read from HID device', 'io'],
  ] as const)('"%s" is %s', (message, fault) => {
    expect(scannerFaultOf(new Error(message))).toBe(fault);
  });

  it('an errno code decides before the wording', () => {
    expect(scannerFaultOf(Object.assign(new Error('open failed'), { code: 'EACCES' }))).toBe('permission');
    expect(scannerFaultOf(Object.assign(new Error('open failed'), { code: 'EBUSY' }))).toBe('busy');
  });

  it("serialport's disconnect errors are an unplug", () => {
    expect(scannerFaultOf(Object.assign(new Error('bad file descriptor'), { disconnected: true }))).toBe('unplugged');
    expect(scannerFaultOf(Object.assign(new Error('ENXIO'), { disconnect: true }))).toBe('unplugged');
  });

  it('a missing or unplugged scanner is "disconnected"; what needs someone to act is "error"', () => {
    expect(stateOfFault('not_found')).toBe('disconnected');
    expect(stateOfFault('unplugged')).toBe('disconnected');
    expect(['permission', 'busy', 'driver_missing', 'cannot_open', 'io'].map((fault) => stateOfFault(fault as never))).toEqual(
      Array(5).fill('error'),
    );
  });

  it('the error is an AppError: Vietnamese message for the counter, English detail with the driver words', () => {
    const error = scannerErrorOf(new Error('Error: Permission denied, cannot open /dev/ttyACM0'), '/dev/ttyACM0');
    expect(error).toBeInstanceOf(ScannerError);
    expect(error.code).toBe('UNAVAILABLE');
    expect(error.fault).toBe('permission');
    expect(error.messageVi).toMatch(/^Tài khoản trên máy tính này không có quyền dùng máy quét \(\/dev\/ttyACM0\)/);
    expect(error.detail).toBe('SCANNER_PERMISSION: /dev/ttyACM0: Error: Permission denied, cannot open /dev/ttyACM0');
  });
});

describe('reconnect back-off', () => {
  it('doubles from the first delay up to the ceiling', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((failures) => reconnectDelay(failures))).toEqual([500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });
});
