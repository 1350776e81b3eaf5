/**
 * A stand-in for node-hid with the same shape (HID.devices(), new HID.HID(path),
 * 'data' / 'error' events, close()), so the HID-POS scanner is tested without
 * the native module or a device. The test plays the scanner: it sends reports,
 * pulls the cable, refuses to open.
 */
import { EventEmitter } from 'node:events';
import type { HidDeviceHandle, HidDeviceInfo, HidModule } from '../../../main/devices/scanner/hidTransport';

/** A Honeywell scanner in HID-POS mode next to an ordinary keyboard, as HID.devices() lists them on Linux. */
export const keyboard: HidDeviceInfo = {
  vendorId: 0x046d,
  productId: 0xc31c,
  path: '/dev/hidraw0',
  usagePage: 0x01,
  usage: 0x06,
  product: 'USB Keyboard',
  interface: 0,
};
export const scannerPos: HidDeviceInfo = {
  vendorId: 0x0c2e,
  productId: 0x0b8f,
  path: '/dev/hidraw1',
  usagePage: 0x8c,
  usage: 0x02,
  manufacturer: 'Honeywell Imaging & Mobility',
  product: 'Honeywell Scanner',
  interface: 0,
};
export const scannerVendorInterface: HidDeviceInfo = { ...scannerPos, path: '/dev/hidraw2', usagePage: 0xff00, usage: 0x01, interface: 1 };

class FakeHidDevice extends EventEmitter implements HidDeviceHandle {
  closed = false;
  constructor(readonly path: string) {
    super();
  }
  close(): void {
    this.closed = true;
    this.removeAllListeners();
  }
}

/** `HID.HID` of the fake: opening a path goes through the fake's list and refusals, like node-hid's does through the OS. */
function hidClassOf(fake: FakeNodeHid): HidModule['HID'] {
  return class extends FakeHidDevice {
    constructor(path: string) {
      if (fake.refusal) throw fake.refusal;
      if (!fake.attached.some((device) => device.path === path)) throw new TypeError(`cannot open device with path ${path}`);
      super(path);
      fake.opened.push(this);
    }
  };
}

export class FakeNodeHid implements HidModule {
  attached: HidDeviceInfo[] = [keyboard, scannerPos, scannerVendorInterface];
  opened: FakeHidDevice[] = [];
  refusal: Error | null = null;
  readonly HID: HidModule['HID'];

  constructor() {
    this.HID = hidClassOf(this);
  }

  devices(): HidDeviceInfo[] {
    return this.attached.map((device) => ({ ...device }));
  }

  /** The open device, as the scanner code holds it. */
  current(): FakeHidDevice {
    const device = this.opened.at(-1);
    if (!device || device.closed) throw new Error('no open HID device');
    return device;
  }

  send(...reports: Uint8Array[]): void {
    for (const report of reports) this.current().emit('data', Buffer.from(report));
  }

  /** The cable is pulled: node-hid's read fails and the device leaves the list. */
  unplug(): void {
    this.attached = this.attached.filter((device) => device.vendorId !== scannerPos.vendorId);
    this.current().emit('error', new Error('could not read from HID device'));
  }

  plugIn(): void {
    this.attached = [keyboard, scannerPos, scannerVendorInterface];
  }
}
