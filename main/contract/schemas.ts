/**
 * Shapes of the records that cross the API. Inputs are strict (unknown keys are
 * refused); text is trimmed and bounded so nothing unbounded reaches SQLite.
 */
import { z } from 'zod';
import { timeLimitSchema, type TimeLimit } from '@domain/calendar/timeLimit';
import { siteProfileSchema } from '@domain/site/siteProfile';
import { userRoles } from './roles';

export const idSchema = z.number().int().positive();
export const isoInstantSchema = z.iso.datetime({ offset: true });

/** Mandatory one-line text: trimmed, not empty, bounded. */
export const text = (max: number) => z.string().trim().min(1).max(max);
/** Optional one-line text: empty becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));

/** Agency identifier after QCVN 102:2016/BTTTT, e.g. 000.17.22.H56. */
export const agencyCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/, 'Mã định danh cơ quan phải có dạng 000.00.00.H00 (QCVN 102:2016/BTTTT)');

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,32}$/, 'Tên đăng nhập gồm 3–32 ký tự: chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới');

export const passwordSchema = z
  .string()
  .min(8, 'Mật khẩu phải có ít nhất 8 ký tự')
  .max(200, 'Mật khẩu quá dài');

export const userRoleSchema = z.enum(userRoles);

export const userSchema = z.object({
  id: idSchema,
  username: z.string(),
  fullName: z.string(),
  role: userRoleSchema,
  active: z.boolean(),
  createdAt: isoInstantSchema,
});
export type User = z.infer<typeof userSchema>;

/** The province hears of the same record (event site.profile), so its shape lives in the domain. */
export const siteSchema = siteProfileSchema;
export type Site = z.infer<typeof siteSchema>;

export const siteInputSchema = z.strictObject({
  agencyCode: agencyCodeSchema,
  agencyName: text(200),
  centreName: text(200),
  provinceName: text(100),
  address: optionalText(300),
  phone: optionalText(30),
});
export type SiteInput = z.input<typeof siteInputSchema>;

export const serviceAreaSchema = z.object({
  id: idSchema,
  code: z.string(),
  name: z.string(),
  ticketPrefix: z.string(),
  icon: z.string().nullable(),
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export type ServiceArea = z.infer<typeof serviceAreaSchema>;

export const counterSchema = z.object({
  id: idSchema,
  number: z.number().int().positive(),
  name: z.string(),
  active: z.boolean(),
  areaIds: z.array(idSchema),
});
export type Counter = z.infer<typeof counterSchema>;

export { timeLimitSchema, type TimeLimit };

export const procedureFeeSchema = z.object({
  code: z.string().nullable(),
  name: z.string(),
  /** In đồng; 0 = free. */
  amount: z.number().int().nonnegative(),
});

export const procedureComponentSchema = z.object({
  id: idSchema,
  code: z.string().nullable(),
  name: z.string(),
  originals: z.number().int().nonnegative(),
  copies: z.number().int().nonnegative(),
  mandatory: z.boolean(),
});

export const procedureSchema = z.object({
  id: idSchema,
  code: z.string(),
  name: z.string(),
  areaId: idSchema,
  timeLimit: timeLimitSchema,
  fees: z.array(procedureFeeSchema),
  components: z.array(procedureComponentSchema),
  resultPlace: z.string().nullable(),
  active: z.boolean(),
});
export type Procedure = z.infer<typeof procedureSchema>;

export const auditVerifySchema = z.object({
  intact: z.boolean(),
  checked: z.number().int().nonnegative(),
  firstBrokenSeq: z.number().int().positive().nullable(),
});
export type AuditVerification = z.infer<typeof auditVerifySchema>;
