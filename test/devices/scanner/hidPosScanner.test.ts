/**
 * The HID-POS scanner against a fake node-hid: recorded-layout reports go in
 * through the device's 'data' event, scans and statuses come out.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardFromScan } from '../../../main/devices/scanner/cardFromScan';
import { createHidPosScanner, type HidPosScannerOptions } from '../../../main/devices/scanner/hidPosScanner';
import { stopWaitMs } from '../../../main/devices/scanner/supervisedScanner';
import { newlandHidPosLayout } from '../../../main/devices/scanner/hidPosReport';
import { loadNodeHid, nodeHidLoader, pickHidPosScanner } from '../../../main/devices/scanner/hidTransport';
import type { Scanner, TextScan } from '../../../main/devices/scanner/scanner';
import { isScannerError } from '../../../main/devices/scanner/scannerError';
import { cccdText, longCccdText } from './cccdFixtures';
import { FakeNodeHid, keyboard, scannerPos, scannerVendorInterface } from './fakeNodeHid';
import { cccdNewlandReports, cccdStandardReports, ean13StandardReport, longCccdStandardReports, vendorReplyReport } from './hidPosFixtures';
import { ManualTimers } from '../../helpers/manualTimers';
import { nextEvent, recordEvents } from './scannerEvents';

let hid: FakeNodeHid;
let timers: ManualTimers;
const started: Scanner[] = [];

beforeEach(() => {
  hid = new FakeNodeHid();
  timers = new ManualTimers();
});

afterEach(async () => {
  for (const scanner of started.splice(0)) await scanner.stop();
});

function hidScanner(options: Partial<HidPosScannerOptions> = {}) {
  const scanner = createHidPosScanner({ loadHid: async () => hid, timers, ...options });
  started.push(scanner);
  return { scanner, events: recordEvents(scanner) };
}

describe('choosing the HID-POS interface', () => {
  it('takes the interface with usage page 0x8C / usage 0x02, not the keyboard or the vendor interface', () => {
    expect(pickHidPosScanner([keyboard, scannerVendorInterface, scannerPos])).toEqual(scannerPos);
    expect(pickHidPosScanner([keyboard, scannerVendorInterface])).toBeNull();
  });

  it('honours a vendor/product or path filter', () => {
    expect(pickHidPosScanner([scannerPos], { vendorId: 0x05e0 })).toBeNull();
    expect(pickHidPosScanner([scannerPos], { vendorId: 0x0c2e, productId: 0x0b8f })).toEqual(scannerPos);
    expect(pickHidPosScanner([scannerPos, { ...scannerPos, path: '/dev/hidraw9' }], { path: '/dev/hidraw9' })?.path).toBe('/dev/hidraw9');
  });

  it('takes a device whose platform reports no usage page only when it was named', () => {
    const unknownUsage = { ...scannerPos, usagePage: 0, usage: 0 };
    expect(pickHidPosScanner([unknownUsage])).toBeNull();
    expect(pickHidPosScanner([unknownUsage], { vendorId: 0x0c2e, productId: 0x0b8f })).toEqual(unknownUsage);
  });
});

describe('HID-POS scanner', () => {
  it('opens the scanner interface and turns its reports into a CCCD scan with its symbology', async () => {
    const { scanner, events } = hidScanner();
    await scanner.start();
    expect(events.statuses).toMatchObject([{ state: 'connected', message: 'Máy quét đã sẵn sàng (HID-POS).' }]);
    expect(hid.current().path).toBe('/dev/hidraw1');

    const scanned = nextEvent(scanner, 'scan');
    hid.send(...cccdStandardReports);
    const [text, scan] = await scanned;
    expect(text).toBe(cccdText);
    expect(scan).toEqual({ kind: 'text', text: cccdText, source: 'hid-pos', symbology: ']Q1' } satisfies TextScan);
    expect(cardFromScan(scan)).toMatchObject({ kind: 'card', card: { idNumber: '001090123456', fullName: 'Nguyễn Văn A' } });
  });

  it('three reports with a letter cut between two, a vendor reply in between, then a barcode: two scans', async () => {
    const { scanner, events } = hidScanner();
    await scanner.start();
    hid.send(longCccdStandardReports[0]!, vendorReplyReport, longCccdStandardReports[1]!, longCccdStandardReports[2]!, ean13StandardReport);
    expect(events.scans).toEqual([longCccdText, '8934563138164']);
    expect(cardFromScan(longCccdText)).toMatchObject({ kind: 'card', card: { fullName: 'Trần Thị Bích Ngọc', gender: 'female' } });
  });

  it('a Newland scan that fills its last report ends after the idle gap', async () => {
    const { scanner, events } = hidScanner({ layout: newlandHidPosLayout, idleGapMs: 100 });
    await scanner.start();
    hid.send(...cccdNewlandReports);
    timers.advance(99);
    expect(events.scans).toEqual([]);
    timers.advance(1);
    expect(events.scans).toEqual([cccdText]);
  });

  it('data that is not UTF-8 is a garbled scan', async () => {
    const { scanner, events } = hidScanner();
    await scanner.start();
    const windows1258 = Buffer.from(ean13StandardReport);
    windows1258[1] = 7;
    windows1258.set([0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e], 5);
    hid.send(windows1258);
    expect(events.scans).toEqual([]);
    expect(events.garbled).toEqual([{ kind: 'garbled', reason: 'invalid_utf8', byteLength: 7, source: 'hid-pos', symbology: ']E0' }]);
  });

  it('unplugged: disconnected, not found while away, connected when back, and scans flow again', async () => {
    const { scanner, events } = hidScanner();
    await scanner.start();
    const firstDevice = hid.current();

    const lost = nextEvent(scanner, 'status');
    hid.unplug();
    expect(await lost).toMatchObject(['disconnected', { fault: 'unplugged', retryInMs: 500 }]);
    expect(firstDevice.closed).toBe(true);

    const missing = nextEvent(scanner, 'status');
    timers.advance(500);
    expect(await missing).toMatchObject(['disconnected', { fault: 'not_found', retryInMs: 1_000 }]);

    hid.plugIn();
    const back = nextEvent(scanner, 'status');
    timers.advance(1_000);
    expect((await back)[0]).toBe('connected');

    hid.send(...cccdStandardReports);
    expect(events.scans).toEqual([cccdText]);
    expect(events.statuses.map((status) => status.state)).toEqual(['connected', 'disconnected', 'disconnected', 'connected']);
  });

  it('a device the OS will not open (hidraw permissions, exclusive use) is an error, retried', async () => {
    hid.refusal = new TypeError('cannot open device with path /dev/hidraw1');
    const { scanner, events } = hidScanner({ match: { vendorId: 0x0c2e, productId: 0x0b8f } });
    await scanner.start();
    expect(events.statuses).toMatchObject([{ state: 'error', fault: 'cannot_open', retryInMs: 500 }]);
    expect(events.statuses[0]!.message).toContain('(HID-POS 0c2e:0b8f)');
    hid.refusal = null;
    const connected = nextEvent(scanner, 'status');
    timers.advance(500);
    expect((await connected)[0]).toBe('connected');
  });

  it('stop closes the device', async () => {
    const { scanner } = hidScanner();
    await scanner.start();
    const device = hid.current();
    await scanner.stop();
    expect(device.closed).toBe(true);
  });

  it('stop does not wait for a device that hangs on open; the device is closed when the open finally returns', async () => {
    let driverAnswers!: (module: FakeNodeHid) => void;
    const { scanner } = hidScanner({ loadHid: () => new Promise<FakeNodeHid>((resolve) => (driverAnswers = resolve)) });
    void scanner.start();
    let stopped = false;
    const stopping = scanner.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    timers.advance(stopWaitMs);
    await stopping;
    expect(stopped).toBe(true);
    driverAnswers(hid);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(hid.opened).toHaveLength(1);
    expect(hid.opened[0]!.closed).toBe(true);
  });
});

describe('node-hid, the driver', () => {
  it('the installed node-hid loads and lists the HID devices of this machine (none here)', async () => {
    const hid = await loadNodeHid();
    expect(Array.isArray(hid.devices())).toBe(true);
  });

  const notInstalled = nodeHidLoader(() => Promise.reject(Object.assign(new Error("Cannot find package 'node-hid'"), { code: 'ERR_MODULE_NOT_FOUND' })));

  it('on a machine without it, loading fails with a typed driver_missing error; a module of another shape too', async () => {
    const failure: unknown = await notInstalled().catch((error: unknown) => error);
    expect(isScannerError(failure) && failure.fault).toBe('driver_missing');
    expect((failure as Error).message).toBe('UNAVAILABLE: SCANNER_DRIVER_MISSING: node-hid is not installed');
    const odd: unknown = await nodeHidLoader(async () => ({ default: {} }))().catch((error: unknown) => error);
    expect((odd as Error).message).toBe('UNAVAILABLE: SCANNER_DRIVER_MISSING: node-hid loaded without devices() and HID');
  });

  it('a scanner without the driver says so once and does not retry: waiting will not install it', async () => {
    const scanner = createHidPosScanner({ timers, loadHid: notInstalled });
    started.push(scanner);
    const events = recordEvents(scanner);
    await scanner.start();
    expect(events.statuses).toEqual([
      {
        state: 'error',
        fault: 'driver_missing',
        retryInMs: null,
        message:
          'Máy tính này chưa cài thành phần đọc máy quét ở chế độ HID-POS. ' +
          'Hãy chuyển máy quét sang chế độ USB-serial (cổng COM) hoặc báo quản trị viên.',
        detail: 'SCANNER_DRIVER_MISSING: node-hid is not installed (no retry)',
      },
    ]);
    expect(timers.waiting()).toEqual([]);
  });
});
