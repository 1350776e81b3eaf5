/**
 * A USB-serial scanner through @serialport/binding-mock: bytes go in where the
 * scanner would send them (`emitData` on the opened port), scans and statuses
 * come out. Back-off and idle gaps run on manual timers.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardFromScan } from '../../../main/devices/scanner/cardFromScan';
import type { Scanner } from '../../../main/devices/scanner/scanner';
import { createSerialScanner, type SerialScannerOptions } from '../../../main/devices/scanner/serialScanner';
import { chunksAt, cccdLine, cccdText } from './cccdFixtures';
import { ManualTimers } from '../../helpers/manualTimers';
import { MockBinding, PluggableMockBinding } from './mockSerialBinding';
import { nextEvent, recordEvents } from './scannerEvents';

const PATH = '/dev/ttyACM0';
let binding: PluggableMockBinding;
let timers: ManualTimers;
const started: Scanner[] = [];

beforeEach(() => {
  MockBinding.reset();
  MockBinding.createPort(PATH, { echo: false, record: true });
  binding = new PluggableMockBinding();
  timers = new ManualTimers();
});

afterEach(async () => {
  for (const scanner of started.splice(0)) await scanner.stop();
});

function serialScanner(options: Partial<SerialScannerOptions> = {}) {
  const scanner = createSerialScanner({ path: PATH, binding, timers, ...options });
  started.push(scanner);
  return { scanner, events: recordEvents(scanner) };
}

/** The scanner sends bytes; resolves when the port has read them all (the mock reads on the next tick). */
async function send(...chunks: Array<Buffer | string>): Promise<void> {
  for (const chunk of chunks) {
    binding.opened!.emitData(Buffer.from(chunk));
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('USB-serial scanner', () => {
  it('opens the port at 9600 baud and says it is connected', async () => {
    const { scanner, events } = serialScanner();
    await scanner.start();
    expect(events.statuses).toEqual([
      { state: 'connected', fault: null, message: 'Máy quét đã sẵn sàng (/dev/ttyACM0).', detail: '/dev/ttyACM0: connected', retryInMs: null },
    ]);
    expect(binding.opened!.openOptions.baudRate).toBe(9600);
  });

  it('the baud rate is configurable for RS-232 scanners', async () => {
    const { scanner } = serialScanner({ baudRate: 115200 });
    await scanner.start();
    expect(binding.opened!.openOptions.baudRate).toBe(115200);
  });

  it('a CCCD line arrives as UTF-8 text, and the intake gets the card', async () => {
    const { scanner } = serialScanner();
    await scanner.start();
    const scanned = nextEvent(scanner, 'scan');
    await send(cccdLine);
    const [text, scan] = await scanned;
    expect(text).toBe(cccdText);
    expect(scan).toEqual({ kind: 'text', text: cccdText, source: 'serial', symbology: null });
    expect(cardFromScan(scan)).toEqual({
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

  it('the same line split across chunks (inside "ễ", and between CR and LF) is one scan', async () => {
    const { scanner, events } = serialScanner();
    await scanner.start();
    const bytes = Buffer.from(cccdLine, 'utf8');
    const insideE = bytes.indexOf(0xe1) + 2;
    await send(...chunksAt(bytes, 7, insideE, 60, bytes.length - 1));
    expect(events.scans).toEqual([cccdText]);
  });

  it('two scans in one chunk are two scans, in order', async () => {
    const { scanner, events } = serialScanner();
    await scanner.start();
    await send(`8934563138164\r\n${cccdLine}`);
    expect(events.scans).toEqual(['8934563138164', cccdText]);
  });

  it('a scanner that sends no suffix: the scan ends after the idle gap, not before', async () => {
    const { scanner, events } = serialScanner({ idleGapMs: 50 });
    await scanner.start();
    const bytes = Buffer.from(cccdText, 'utf8');
    await send(bytes.subarray(0, 40));
    timers.advance(49);
    await send(bytes.subarray(40));
    timers.advance(49);
    expect(events.scans).toEqual([]);
    timers.advance(1);
    expect(events.scans).toEqual([cccdText]);
  });

  it('with the idle gap switched off, a scan waits for its suffix however long it takes', async () => {
    const { scanner, events } = serialScanner({ idleGapMs: null });
    await scanner.start();
    await send('HS-0001');
    timers.advance(60_000);
    expect(events.scans).toEqual([]);
    await send('23\r');
    expect(events.scans).toEqual(['HS-000123']);
  });

  it('bytes that are not UTF-8 arrive as a garbled scan, not as text with replacement characters', async () => {
    const { scanner, events } = serialScanner();
    await scanner.start();
    await send(Buffer.of(0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e, 0x0d, 0x0a));
    expect(events.scans).toEqual([]);
    expect(events.garbled).toEqual([{ kind: 'garbled', reason: 'invalid_utf8', byteLength: 7, source: 'serial', symbology: null }]);
    expect(cardFromScan(events.garbled[0]!)).toMatchObject({ kind: 'refused', error: { reason: 'garbled', field: 'payload' } });
  });

  it('a non-CCCD QR gives the intake a clear reason', async () => {
    const { scanner } = serialScanner();
    await scanner.start();
    const scanned = nextEvent(scanner, 'scan');
    await send('https://dichvucong.gov.vn/p/home/dvc-trang-chu.html\r\n');
    const [, scan] = await scanned;
    const result = cardFromScan(scan);
    expect(result.kind).toBe('refused');
    if (result.kind === 'refused') {
      expect(result.error.reason).toBe('not_cccd');
      expect(result.error.messageVi).toContain('đường liên kết');
    }
  });

  it('pulling the cable: disconnected, retried with back-off, and scans flow again once it is back', async () => {
    const { scanner, events } = serialScanner({ reconnect: { firstDelayMs: 500, factor: 2, maxDelayMs: 4_000 } });
    await scanner.start();

    const lost = nextEvent(scanner, 'status');
    binding.unplug();
    expect((await lost)[0]).toBe('disconnected');
    expect(events.statuses.at(-1)).toMatchObject({
      fault: 'unplugged',
      message: 'Máy quét đã bị ngắt kết nối (/dev/ttyACM0). Hãy cắm lại dây cáp USB. Phần mềm sẽ tự kết nối lại.',
      retryInMs: 500,
    });
    expect(timers.waiting()).toEqual([500]);

    // Still unplugged at the first retry: the port is not there, and the wait doubles.
    const stillMissing = nextEvent(scanner, 'status');
    timers.advance(500);
    expect(await stillMissing).toMatchObject(['disconnected', { fault: 'not_found', retryInMs: 1_000 }]);

    binding.plugIn();
    const back = nextEvent(scanner, 'status');
    timers.advance(999);
    expect(binding.opens).toBe(2);
    timers.advance(1);
    expect((await back)[0]).toBe('connected');
    expect(binding.opens).toBe(3);

    await send(cccdLine);
    expect(events.scans).toEqual([cccdText]);
    expect(events.statuses.map((status) => status.state)).toEqual(['connected', 'disconnected', 'disconnected', 'connected']);
  });

  it('the back-off stops growing at its ceiling, and a successful connection starts it over', async () => {
    const { scanner, events } = serialScanner({ reconnect: { firstDelayMs: 500, factor: 2, maxDelayMs: 2_000 } });
    binding.unplug();
    await scanner.start();
    for (const wait of [500, 1_000, 2_000, 2_000]) {
      const status = nextEvent(scanner, 'status');
      timers.advance(wait);
      await status;
    }
    expect(events.statuses.map((status) => status.retryInMs)).toEqual([500, 1_000, 2_000, 2_000, 2_000]);
    binding.plugIn();
    const connected = nextEvent(scanner, 'status');
    timers.advance(2_000);
    await connected;
    const lost = nextEvent(scanner, 'status');
    binding.unplug();
    expect((await lost)[1].retryInMs).toBe(500);
  });

  it('permission denied on /dev/ttyACM0 is an error with advice, retried until it is granted', async () => {
    binding.refuseOpen(new Error('Error: Permission denied, cannot open /dev/ttyACM0'));
    const { scanner, events } = serialScanner();
    await scanner.start();
    expect(events.statuses).toEqual([
      {
        state: 'error',
        fault: 'permission',
        message:
          'Tài khoản trên máy tính này không có quyền dùng máy quét (/dev/ttyACM0). ' +
          'Hãy nhờ quản trị viên cấp quyền (Linux: thêm tài khoản vào nhóm dialout hoặc cài quy tắc udev, rồi đăng nhập lại).',
        detail: 'SCANNER_PERMISSION: /dev/ttyACM0: Error: Permission denied, cannot open /dev/ttyACM0 (retry in 500 ms)',
        retryInMs: 500,
      },
    ]);
    binding.allowOpen();
    const connected = nextEvent(scanner, 'status');
    timers.advance(500);
    expect((await connected)[0]).toBe('connected');
  });

  it('a port held by another program is "busy"', async () => {
    binding.refuseOpen(new Error('Error Resource temporarily unavailable Cannot lock port'));
    const { scanner, events } = serialScanner();
    await scanner.start();
    expect(events.statuses[0]).toMatchObject({ state: 'error', fault: 'busy' });
    expect(events.statuses[0]!.message).toContain('đang được một chương trình khác sử dụng');
  });

  it('stop closes the port and cancels a pending retry; nothing is emitted afterwards', async () => {
    const { scanner, events } = serialScanner();
    await scanner.start();
    const port = binding.opened!;
    await scanner.stop();
    expect(port.isOpen).toBe(false);

    binding.unplug();
    const again = serialScanner();
    await again.scanner.start();
    expect(timers.waiting()).toEqual([500]);
    await again.scanner.stop();
    expect(timers.waiting()).toEqual([]);
    expect(events.statuses).toHaveLength(1);
  });

  it('a partial scan is dropped when the port closes under it, not glued to the next scan', async () => {
    const { scanner, events } = serialScanner({ idleGapMs: null });
    await scanner.start();
    await send('0010901234');
    const lost = nextEvent(scanner, 'status');
    binding.unplug();
    await lost;
    binding.plugIn();
    const back = nextEvent(scanner, 'status');
    timers.advance(500);
    await back;
    await send(cccdLine);
    expect(events.scans).toEqual([cccdText]);
  });
});
