/**
 * The slice of node-hid a HID-POS scanner needs, as an interface, so the
 * scanner runs against a fake in tests and node-hid (a native module) is loaded
 * only when a HID-POS scanner is used.
 */
import { hidScannerLabel } from '@contract/devices';
import { ScannerError } from './scannerError';

/** The HID usage page and usage of a bar code scanner (HID POS Usage Tables 1.02). */
export const barcodeScannerUsagePage = 0x8c;
export const barcodeScannerUsage = 0x02;

/** An entry of `HID.devices()`. */
export interface HidDeviceInfo {
  vendorId: number;
  productId: number;
  path?: string;
  usagePage?: number;
  usage?: number;
  manufacturer?: string;
  product?: string;
  serialNumber?: string;
  interface?: number;
}

/** An open `new HID.HID(path)`; node-hid starts reading when a 'data' listener is added. */
export interface HidDeviceHandle {
  on(event: 'data', listener: (report: Buffer) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  close(): void;
}

export interface HidModule {
  devices(): HidDeviceInfo[];
  HID: new (path: string) => HidDeviceHandle;
}

export type LoadHidModule = () => Promise<HidModule>;

/** How node-hid is imported (tests stand in for a machine where it is missing or broken). */
export type ImportModule = (name: string) => Promise<unknown>;

// A variable, so TypeScript and the bundler leave the import to run time: node-hid is native and loaded on first use.
const nodeHidModuleName = 'node-hid';

/** A node-hid loader; a ScannerError 'driver_missing' when it is not installed or will not load. */
export function nodeHidLoader(importModule: ImportModule = (name) => import(name)): LoadHidModule {
  return async () => {
    let loaded: { default?: unknown } & Record<string, unknown>;
    try {
      loaded = (await importModule(nodeHidModuleName)) as { default?: unknown } & Record<string, unknown>;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const why = code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' ? 'is not installed' : `failed to load: ${(error as Error).message}`;
      throw new ScannerError('driver_missing', 'HID-POS', `node-hid ${why}`);
    }
    // node-hid is CommonJS: its exports arrive as the default export of the ES module namespace.
    const hid = (typeof loaded.devices === 'function' ? loaded : loaded.default) as Partial<HidModule> | undefined;
    if (typeof hid?.devices !== 'function' || typeof hid.HID !== 'function') {
      throw new ScannerError('driver_missing', 'HID-POS', 'node-hid loaded without devices() and HID');
    }
    return hid as HidModule;
  };
}

/** node-hid as installed with the app, loaded on first use. */
export const loadNodeHid: LoadHidModule = nodeHidLoader();

/** Which HID device to use; empty picks the first bar code scanner. */
export interface HidScannerMatch {
  vendorId?: number;
  productId?: number;
  /** An exact device path, when two scanners are attached. */
  path?: string;
}

/**
 * The scanner's HID-POS interface among all HID devices. A scanner also exposes
 * other interfaces (keyboard, vendor commands); only the one with usage page
 * 0x8C / usage 0x02 carries scan reports. Some platforms report no usage page;
 * such an entry is taken only when vendor and product were named.
 */
export function pickHidPosScanner(devices: readonly HidDeviceInfo[], match: HidScannerMatch = {}): HidDeviceInfo | null {
  const matching = devices.filter(
    (device) =>
      device.path !== undefined &&
      (match.path === undefined || device.path === match.path) &&
      (match.vendorId === undefined || device.vendorId === match.vendorId) &&
      (match.productId === undefined || device.productId === match.productId),
  );
  const unknownUsage = (device: HidDeviceInfo) => !device.usagePage;
  const named = match.path !== undefined || (match.vendorId !== undefined && match.productId !== undefined);
  return matching.find(isHidPosScanner) ?? (named ? (matching.find(unknownUsage) ?? null) : null);
}

/** The HID-POS interface of a bar code scanner (usage page 0x8C, usage 0x02). */
export function isHidPosScanner(device: HidDeviceInfo): boolean {
  return device.usagePage === barcodeScannerUsagePage && device.usage === barcodeScannerUsage;
}

/** "0c2e:0b8f": a device's USB id as the admin's settings name it. */
export function usbIdOf(device: Pick<HidDeviceInfo, 'vendorId' | 'productId'>): string {
  return `${hex4(device.vendorId)}:${hex4(device.productId)}`;
}

function hex4(value: number): string {
  return value.toString(16).padStart(4, '0');
}

/** The device the admin named by its USB id ("0c2e:0b8f", as the contract checked it); null: the first scanner found. */
export function hidMatchOf(usbId: string | null): HidScannerMatch {
  if (usbId === null) return {};
  const [vendor, product] = usbId.split(':');
  return { vendorId: Number.parseInt(vendor!, 16), productId: Number.parseInt(product!, 16) };
}

/** "HID-POS 0c2e:0b8f", for messages and logs: the label the admin's screen shows. */
export function hidDeviceLabel(match: HidScannerMatch): string {
  if (match.path !== undefined) return `HID-POS ${match.path}`;
  return hidScannerLabel(match.vendorId !== undefined && match.productId !== undefined ? usbIdOf({ vendorId: match.vendorId, productId: match.productId }) : null);
}
