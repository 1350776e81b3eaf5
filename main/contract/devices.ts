/** Devices the admin configures on the station: the ticket printer, the A4 printer, scanners. */
import { z } from 'zod';
import { idSchema, isoInstantSchema, text } from './schemas';

const widthDotsSchema = z.union([z.literal(384), z.literal(576)]);
const baudRateSchema = z.union([z.literal(9600), z.literal(19200), z.literal(38400), z.literal(57600), z.literal(115200)]);

export const ticketPrinterConfigSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('serial'), path: text(200), baudRate: baudRateSchema, widthDots: widthDotsSchema }),
  z.strictObject({ kind: z.literal('os'), queue: text(200), widthDots: widthDotsSchema }),
]);

/** A USB vendor and product, as the scanner's manual or `lsusb` gives them: "0c2e:0b8f". */
const usbIdSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[0-9a-f]{4}:[0-9a-f]{4}$/, 'Mã USB gồm mã hãng và mã sản phẩm dạng VID:PID, ví dụ 0c2e:0b8f.');

export const scannerConfigSchema = z.discriminatedUnion('kind', [
  /** A scanner in USB-serial (virtual COM port) mode. */
  z.strictObject({
    kind: z.literal('serial'),
    path: text(200),
    baudRate: baudRateSchema.default(9600),
    /** The counter whose intake form the scans fill. */
    counterId: idSchema,
  }),
  /** A scanner in HID-POS mode; with no USB id, the first HID-POS scanner found. */
  z.strictObject({
    kind: z.literal('hid'),
    usbId: usbIdSchema.nullable().default(null),
    counterId: idSchema,
  }),
]);
export type ScannerConfig = z.output<typeof scannerConfigSchema>;

/** How screens and logs name a HID-POS scanner: "HID-POS 0c2e:0b8f", or "HID-POS" for the first one found. */
export function hidScannerLabel(usbId: string | null): string {
  return usbId ? `HID-POS ${usbId}` : 'HID-POS';
}

/** The scanner as the admin knows it: its port, or its HID-POS label. */
export function scannerLabel(scanner: { kind: 'serial'; path: string } | { kind: 'hid'; usbId?: string | null | undefined }): string {
  return scanner.kind === 'serial' ? scanner.path : hidScannerLabel(scanner.usbId ?? null);
}

export const devicesConfigSchema = z.strictObject({
  ticketPrinter: ticketPrinterConfigSchema.nullable(),
  /** CUPS queue for A4 forms; null keeps PDFs in the spool folder. */
  documentPrinterQueue: z.string().trim().max(200).nullable().transform((value) => value || null),
  scanners: z.array(scannerConfigSchema).max(20).default([]),
  /** A folder a document scanner saves into; new files are offered to that counter's intake form. */
  scanFolder: z.strictObject({ path: text(500), counterId: idSchema }).nullable().default(null),
  /** The address phones reach the station at, for the ticket's QR (e.g. http://192.168.1.10:8686). */
  publicUrl: z.url({ protocol: /^https?$/ }).nullable(),
});
export type DevicesConfig = z.output<typeof devicesConfigSchema>;
export type DevicesConfigInput = z.input<typeof devicesConfigSchema>;

export const deviceStateSchema = z.enum(['not_configured', 'ready', 'paper_out', 'offline', 'unknown', 'connected', 'disconnected', 'error']);

export const devicesStatusSchema = z.object({
  config: devicesConfigSchema,
  /** The QR base the tickets use now. */
  trackingBaseUrl: z.string().nullable(),
  ticketPrinter: z.object({ state: deviceStateSchema, message: z.string().nullable(), checkedAt: isoInstantSchema.nullable() }),
  /** `path`: the scanner's label (scannerLabel), its port for a USB-serial one. */
  scanners: z.array(z.object({ path: z.string(), counterId: idSchema, state: deviceStateSchema, message: z.string().nullable() })),
});
export type DevicesStatus = z.infer<typeof devicesStatusSchema>;

/** A scanner attached to the station, as the counter it serves sees it: whether a CCCD scanned there will arrive. */
export const counterScannerSchema = z.object({ label: z.string(), state: deviceStateSchema, message: z.string().nullable() });
export type CounterScanner = z.infer<typeof counterScannerSchema>;

/** The HID-POS scanners plugged into the station, for the admin to pick one by its USB id. */
export const hidScannersSchema = z.object({
  /** False when this computer cannot read HID-POS scanners (the driver did not load); `message` says why. */
  available: z.boolean(),
  message: z.string().nullable(),
  scanners: z.array(z.object({ usbId: z.string(), name: z.string() })),
});
export type HidScanners = z.infer<typeof hidScannersSchema>;
