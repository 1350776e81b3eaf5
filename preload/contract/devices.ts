/** Devices the admin configures on the station: the ticket printer, the A4 printer, scanners. */
import { z } from 'zod';
import { idSchema, isoInstantSchema, text } from './schemas';

const widthDotsSchema = z.union([z.literal(384), z.literal(576)]);
const baudRateSchema = z.union([z.literal(9600), z.literal(19200), z.literal(38400), z.literal(57600), z.literal(115200)]);

export const ticketPrinterConfigSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('serial'), path: text(200), baudRate: baudRateSchema, widthDots: widthDotsSchema }),
  z.strictObject({ kind: z.literal('os'), queue: text(200), widthDots: widthDotsSchema }),
]);

export const scannerConfigSchema = z.strictObject({
  kind: z.literal('serial'),
  path: text(200),
  baudRate: baudRateSchema.default(9600),
  /** The counter whose intake form the scans fill. */
  counterId: idSchema,
});

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
  scanners: z.array(z.object({ path: z.string(), counterId: idSchema, state: deviceStateSchema, message: z.string().nullable() })),
});
export type DevicesStatus = z.infer<typeof devicesStatusSchema>;
