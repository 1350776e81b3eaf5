/** What a scan of the CCCD QR gives the counter's intake form. */
import { z } from 'zod';
import { idSchema } from './schemas';

export const cccdCardSchema = z.object({
  idNumber: z.string(),
  oldIdNumber: z.string().nullable(),
  fullName: z.string(),
  dateOfBirth: z.string(),
  gender: z.enum(['male', 'female']),
  address: z.string(),
  issueDate: z.string(),
});
export type CccdCardView = z.infer<typeof cccdCardSchema>;

export const scannedSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('card'), counterId: idSchema, card: cccdCardSchema }),
  /** Not a usable card: the Vietnamese reason, never the scanned bytes. */
  z.object({ kind: z.literal('refused'), counterId: idSchema, message: z.string(), reason: z.string() }),
]);
export type Scanned = z.infer<typeof scannedSchema>;
