/**
 * The station's devices end to end, with serialport's mock binding standing in
 * for the cable: the kiosk's ticket reaches the thermal printer as ESC/POS raster,
 * paper out becomes an alert while the kiosk still shows the number, and a CCCD
 * read by a station-attached scanner reaches the counter's screens.
 */
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import type { DevicesStatus, EventMessage, EventPayload, HidScanners, IssuedTicket } from '@contract';
import { SerialTicketPrinter, type SerialBinding } from '../../main/devices/printer/serialTicketPrinter';
import { createSerialScanner, nodeHidLoader, type Scanner } from '../../main/devices/scanner';
import { MockBinding, type MockPortBinding } from '../devices/printer/mockBinding';
import { PluggableMockBinding } from '../devices/scanner/mockSerialBinding';
import { FakeNodeHid, scannerPos } from '../devices/scanner/fakeNodeHid';
import { cccdStandardReports } from '../devices/scanner/hidPosFixtures';
import { expectError, expectOk, loginAs, seedDemoInto, testStation, type TestStation } from '../helpers/testStation';

const STATUS_REQUEST = Buffer.of(0x10, 0x04, 0x04);
const paperOk = 0x12;
const paperOut = 0x72;

/** A thermal printer at the end of the mock cable: it answers the paper-status question. */
function printerEnd() {
  const state = { answer: paperOk, opened: [] as MockPortBinding[] };
  const binding: SerialBinding = {
    list: () => MockBinding.list(),
    async open(options) {
      const port = await MockBinding.open(options);
      state.opened.push(port);
      const write = port.write.bind(port);
      port.write = async (buffer: Buffer) => {
        await write(buffer);
        if (buffer.equals(STATUS_REQUEST)) port.emitData(Buffer.of(state.answer));
      };
      return port;
    },
  };
  return { state, binding, printed: () => Buffer.concat(state.opened.map((p) => p.recording)) };
}

let station: TestStation | null = null;
afterEach(async () => {
  await station?.close();
  station = null;
  MockBinding.reset();
});

const devicesConfig = {
  ticketPrinter: { kind: 'serial', path: '/dev/ttyUSB-ticket', baudRate: 115200, widthDots: 576 },
  documentPrinterQueue: null,
  scanners: [{ kind: 'serial', path: '/dev/ttyACM-scanner', baudRate: 9600, counterId: 2 }],
  publicUrl: 'http://192.168.1.10:8686',
};

async function stationWithDevices() {
  MockBinding.reset();
  MockBinding.createPort('/dev/ttyUSB-ticket', { echo: false, record: true });
  MockBinding.createPort('/dev/ttyACM-scanner', { echo: false, record: false });
  const printer = printerEnd();
  const scannerLine = new PluggableMockBinding();
  station = await testStation({
    devices: {
      makeTicketPrinter: (config) => new SerialTicketPrinter({ path: config.kind === 'serial' ? config.path : '', baudRate: 115200, binding: printer.binding }),
      makeScanner: (config) => {
        if (config.kind !== 'serial') throw new Error('this station has serial scanners only');
        return createSerialScanner({ path: config.path, baudRate: config.baudRate, binding: scannerLine, idleGapMs: null });
      },
    },
  });
  await seedDemoInto(station);
  const admin = await loginAs(station, 'admin', 'quantri');
  const events: EventMessage[] = [];
  station.events.subscribe((event) => events.push(event));
  const status = expectOk(await station.call('devices.configure', devicesConfig, admin)) as DevicesStatus;
  return { station, admin, printer, scannerLine, events, status };
}

describe('station devices', () => {
  it('the kiosk ticket is printed as an ESC/POS raster with its tracking QR address', async () => {
    const { station, printer, status } = await stationWithDevices();
    expect(status.trackingBaseUrl).toBe('http://192.168.1.10:8686');
    const ticket = expectOk(await station.call('queue.issueTicket', { areaId: 1, priority: 'elderly' })) as IssuedTicket;
    expect(ticket).toMatchObject({ number: 'A001', printed: true, printProblem: null });
    const bytes = printer.printed();
    expect(bytes.subarray(0, 3)).toEqual(STATUS_REQUEST); // paper checked first
    expect(bytes.includes(Buffer.of(0x1d, 0x76, 0x30, 0x00))).toBe(true); // GS v 0 raster
    expect(bytes.subarray(-4)).toEqual(Buffer.of(0x1d, 0x56, 0x42, 0x00)); // partial cut
  });

  it('out of paper: the kiosk still shows the number, the admin and counters get an alert, a counter reprints later', async () => {
    const { station, printer, events } = await stationWithDevices();
    printer.state.answer = paperOut;
    const ticket = expectOk(await station.call('queue.issueTicket', { areaId: 1, priority: null })) as IssuedTicket;
    expect(ticket.printed).toBe(false);
    expect(ticket.printProblem).toMatch(/hết giấy/);
    expect(events.filter((e) => e.name === 'devices.alert').map((e) => e.payload)).toEqual([
      expect.objectContaining({ device: 'ticket_printer', state: 'paper_out' }),
    ]);
    const admin = await loginAs(station, 'admin', 'quantri');
    expect((expectOk(await station.call('devices.status', {}, admin)) as DevicesStatus).ticketPrinter.state).toBe('paper_out');

    printer.state.answer = paperOk;
    const officer = await loginAs(station, 'officer', 'tiepnhan1');
    expect(expectOk(await station.call('queue.reprintTicket', { ticketId: ticket.id }, officer))).toEqual({ printed: true, problem: null });
    expect(station.services.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'ticket.reprint'").get()).toEqual({ n: 1 });
  });

  it("a CCCD read by the station's scanner fills counter 2's form; a non-CCCD QR gives the reason, never the bytes", async () => {
    const { scannerLine, events } = await stationWithDevices();
    await new Promise((resolve) => setTimeout(resolve, 20)); // the scanner opens its port
    scannerLine.opened!.emitData(Buffer.from('001090123456|012345678|Nguyễn Văn A|01011990|Nam|Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|15042021\r\n'));
    scannerLine.opened!.emitData(Buffer.from('https://vi.wikipedia.org/\r\n'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const scans = events.filter((e) => e.name === 'scanner.scanned').map((e) => e.payload);
    expect(scans).toEqual([
      { kind: 'card', counterId: 2, card: expect.objectContaining({ idNumber: '001090123456', fullName: 'Nguyễn Văn A', dateOfBirth: '1990-01-01' }) },
      { kind: 'refused', counterId: 2, message: expect.stringMatching(/không phải mã QR của thẻ căn cước/), reason: 'not_cccd' },
    ]);
  });

  it('a HID-POS scanner chosen by its USB id fills its counter\'s form; one that is not plugged in shows why on the admin screen', async () => {
    const hid = new FakeNodeHid();
    station = await testStation({ devices: { loadHid: async () => hid } });
    await seedDemoInto(station);
    const admin = await loginAs(station, 'admin', 'quantri');
    const events: EventMessage[] = [];
    station.events.subscribe((event) => events.push(event));
    const config = {
      ...devicesConfig,
      ticketPrinter: null,
      scanners: [
        { kind: 'hid', usbId: '0C2E:0B8F', counterId: 3 },
        { kind: 'hid', usbId: '05e0:1200', counterId: 1 },
      ],
    };
    // Saving answers with each scanner's first connection attempt.
    expect((expectOk(await station.call('devices.configure', config, admin)) as DevicesStatus).scanners).toEqual([
      { path: 'HID-POS 0c2e:0b8f', counterId: 3, state: 'connected', message: null },
      { path: 'HID-POS 05e0:1200', counterId: 1, state: 'disconnected', message: expect.stringMatching(/Chưa thấy máy quét \(HID-POS 05e0:1200\)/) },
    ]);
    // The scanner's HID-POS interface was opened, not its keyboard or vendor interface.
    expect(hid.current().path).toBe('/dev/hidraw1');
    hid.send(...cccdStandardReports);
    expect(events.filter((e) => e.name === 'scanner.scanned').map((e) => e.payload)).toEqual([
      { kind: 'card', counterId: 3, card: expect.objectContaining({ idNumber: '001090123456', fullName: 'Nguyễn Văn A' }) },
    ]);
    const saved = (expectOk(await station.call('devices.status', {}, admin)) as DevicesStatus).config.scanners;
    expect(saved[0]).toEqual({ kind: 'hid', usbId: '0c2e:0b8f', counterId: 3 });
  });

  it('each counter sees whether its station scanner works, and hears when that changes', async () => {
    const hid = new FakeNodeHid();
    station = await testStation({ devices: { loadHid: async () => hid } });
    await seedDemoInto(station);
    const admin = await loginAs(station, 'admin', 'quantri');
    const officer = await loginAs(station, 'officer', 'tiepnhan1');
    const changes: number[][] = [];
    station.events.subscribe((event) => event.name === 'devices.scannersChanged' && changes.push([...(event.payload as EventPayload<'devices.scannersChanged'>).counterIds].sort()));
    const scanners = [
      { kind: 'hid', usbId: '0c2e:0b8f', counterId: 3 },
      { kind: 'hid', usbId: '05e0:1200', counterId: 1 },
    ];
    expectOk(await station.call('devices.configure', { ...devicesConfig, ticketPrinter: null, scanners }, admin));
    // Saving tells both counters to look again.
    expect(changes.at(-1)).toEqual([1, 3]);
    const of = async (counterId: number) => expectOk(await station!.call('devices.counterScanners', { counterId }, officer));
    expect(await of(3)).toEqual([{ label: 'HID-POS 0c2e:0b8f', state: 'connected', message: null }]);
    expect(await of(1)).toEqual([{ label: 'HID-POS 05e0:1200', state: 'disconnected', message: expect.stringMatching(/Chưa thấy máy quét \(HID-POS 05e0:1200\)/) }]);
    expect(await of(2)).toEqual([]);

    // Counter 3's cable is pulled: counter 3 hears, and sees why.
    changes.length = 0;
    hid.unplug();
    await expect.poll(() => changes.at(0)).toEqual([3]);
    // (Its reconnection attempts may tell counter 3 again, with a new reason; never another counter.)
    expect(changes.every((ids) => ids.length === 1 && ids[0] === 3)).toBe(true);
    expect(await of(3)).toEqual([{ label: 'HID-POS 0c2e:0b8f', state: 'disconnected', message: expect.any(String) }]);

    // Removing the scanners from the settings tells both counters, which then have none.
    changes.length = 0;
    expectOk(await station.call('devices.configure', { ...devicesConfig, ticketPrinter: null, scanners: [] }, admin));
    expect(changes.at(-1)).toEqual([1, 3]);
    expect(await of(3)).toEqual([]);
    // The kiosk and the hall board (no login) cannot ask.
    expect(expectError(await station.call('devices.counterScanners', { counterId: 3 })).code).toBe('UNAUTHENTICATED');
  });

  it('lists the HID-POS scanners plugged in, once each, for the admin to pick; says so when the driver is missing', async () => {
    const hid = new FakeNodeHid();
    // A second scanner, without a manufacturer string; the first one lists two interfaces.
    hid.attached.push({ ...scannerPos, vendorId: 0x05e0, productId: 0x1200, path: '/dev/hidraw3', manufacturer: '', product: 'Symbol Bar Code Scanner' });
    station = await testStation({ devices: { loadHid: async () => hid } });
    await seedDemoInto(station);
    const admin = await loginAs(station, 'admin', 'quantri');
    expect(expectOk(await station.call('devices.hidScanners', {}, admin))).toEqual({
      available: true,
      message: null,
      scanners: [
        { usbId: '0c2e:0b8f', name: 'Honeywell Imaging & Mobility – Honeywell Scanner' },
        { usbId: '05e0:1200', name: 'Symbol Bar Code Scanner' },
      ],
    });
    const officer = await loginAs(station, 'officer', 'tiepnhan1');
    expect(expectError(await station.call('devices.hidScanners', {}, officer)).code).toBe('FORBIDDEN');
    await station.close();

    const missing = nodeHidLoader(() => Promise.reject(Object.assign(new Error('not installed'), { code: 'ERR_MODULE_NOT_FOUND' })));
    station = await testStation({ devices: { loadHid: missing } });
    await seedDemoInto(station);
    const without = expectOk(await station.call('devices.hidScanners', {}, await loginAs(station, 'admin', 'quantri'))) as HidScanners;
    expect(without).toEqual({ available: false, message: expect.stringMatching(/^Máy tính này chưa cài thành phần đọc máy quét ở chế độ HID-POS/), scanners: [] });
  });

  it('two saves at once are applied one after the other: the scanners of the first are stopped, not left holding their port', async () => {
    const made: { path: string; running: boolean }[] = [];
    const fakeScanner = (path: string): Scanner => {
      const entry = { path, running: false };
      made.push(entry);
      const scanner = Object.assign(new EventEmitter(), {
        start: async () => {
          entry.running = true;
          await new Promise((resolve) => setTimeout(resolve, 5)); // the port takes a moment to open
        },
        stop: async () => {
          entry.running = false;
        },
      });
      return scanner as unknown as Scanner;
    };
    station = await testStation({ devices: { makeScanner: (config) => fakeScanner(config.kind === 'serial' ? config.path : 'hid') } });
    await seedDemoInto(station);
    const admin = await loginAs(station, 'admin', 'quantri');
    const saving = (path: string) => station!.call('devices.configure', { ...devicesConfig, ticketPrinter: null, scanners: [{ kind: 'serial', path, baudRate: 9600, counterId: 2 }] }, admin);
    await Promise.all([saving('/dev/ttyACM0'), saving('/dev/ttyACM1')]);
    expect(made.filter((scanner) => scanner.running).map((scanner) => scanner.path)).toEqual(['/dev/ttyACM1']);
  });

  it('a save that fails half-way leaves no stopped scanner shown as working, and its counter is told', async () => {
    let failing = false;
    const made = (): Scanner => {
      if (failing) throw new Error('driver crashed');
      const scanner = Object.assign(new EventEmitter(), {
        start: async () => void scanner.emit('status', 'connected', { message: '', fault: null }),
        stop: async () => {},
      });
      return scanner as unknown as Scanner;
    };
    station = await testStation({ devices: { makeScanner: made } });
    await seedDemoInto(station);
    const admin = await loginAs(station, 'admin', 'quantri');
    const officer = await loginAs(station, 'officer', 'tiepnhan1');
    const changes: number[][] = [];
    station.events.subscribe((event) => event.name === 'devices.scannersChanged' && changes.push([...(event.payload as EventPayload<'devices.scannersChanged'>).counterIds]));
    const saving = (path: string) => station!.call('devices.configure', { ...devicesConfig, ticketPrinter: null, scanners: [{ kind: 'serial', path, baudRate: 9600, counterId: 2 }] }, admin);
    expectOk(await saving('/dev/ttyACM0'));
    expect(expectOk(await station.call('devices.counterScanners', { counterId: 2 }, officer))).toEqual([{ label: '/dev/ttyACM0', state: 'connected', message: null }]);

    failing = true;
    changes.length = 0;
    expect((await saving('/dev/ttyACM1')).ok).toBe(false);
    expect(changes.at(-1)).toEqual([2]);
    expect(expectOk(await station.call('devices.counterScanners', { counterId: 2 }, officer))).toEqual([]);
  });

  it('a HID-POS USB id that is not VID:PID is refused in Vietnamese and nothing is saved', async () => {
    station = await testStation({ devices: { loadHid: async () => new FakeNodeHid() } });
    await seedDemoInto(station);
    const admin = await loginAs(station, 'admin', 'quantri');
    const error = expectError(await station.call('devices.configure', { ...devicesConfig, ticketPrinter: null, scanners: [{ kind: 'hid', usbId: '0c2e-0b8f', counterId: 3 }] }, admin));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues).toEqual([{ path: 'scanners.0.usbId', message: expect.stringMatching(/^Mã USB gồm mã hãng và mã sản phẩm/) }]);
    expect((expectOk(await station.call('devices.status', {}, admin)) as DevicesStatus).config.scanners).toEqual([]);
  });

  it('a keyboard-wedge scan typed into the form is checked by the station the same way', async () => {
    station = await testStation();
    await seedDemoInto(station);
    const officer = await loginAs(station, 'officer', 'tiepnhan1');
    const card = expectOk(await station.call('scanner.parse', { payload: '001090123456||Nguyễn Văn A|01011990|Nam|Phường Bến Nghé, Quận 1|15042021' }, officer));
    expect(card).toMatchObject({ oldIdNumber: null, gender: 'male' });
    expect(expectError(await station.call('scanner.parse', { payload: '001090123456||Nguy?n V?n A|01011990|Nam|Ph??ng B?n Ngh?|15042021' }, officer)).code).toBe('CCCD_INVALID');
  });

  it('configuring devices is for admins only and is audited', async () => {
    const { station } = await stationWithDevices();
    const officer = await loginAs(station, 'officer', 'tiepnhan1');
    expect(expectError(await station.call('devices.configure', devicesConfig, officer)).code).toBe('FORBIDDEN');
    expect(station.services.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'devices.configure'").get()).toEqual({ n: 1 });
  });
});
