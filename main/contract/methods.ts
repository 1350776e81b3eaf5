/**
 * Every method of the station API: its name, input and output schemas, who may call
 * it and which events it may emit. Both transports (Electron IPC and LAN HTTP) and
 * the renderer's client are derived from this table; nothing repeats a method name.
 */
import { z } from 'zod';
import type { Role } from './roles';
import {
  auditVerifySchema,
  counterSchema,
  idSchema,
  isoInstantSchema,
  passwordSchema,
  procedureSchema,
  serviceAreaSchema,
  siteInputSchema,
  siteSchema,
  text,
  userRoleSchema,
  userSchema,
  usernameSchema,
} from './schemas';
import {
  boardSchema,
  counterActionInputSchema,
  counterStateSchema,
  issuedTicketSchema,
  priorityCategorySchema,
  queuePolicySchema,
  queueStatsSchema,
  trackedTicketSchema,
} from './queue';
import {
  dossierIntakeSchema,
  formKindSchema,
  pdfFileSchema,
  dossierSchema,
  dossierSearchSchema,
  dossierSummarySchema,
  personSchema,
  postponeSchema,
  ratingInputSchema,
  refusalSchema,
  returnResultSchema,
  supplementRequestSchema,
} from './dossier';
import { syncConfigInputSchema, syncStatusSchema } from './sync';
import { counterScannerSchema, devicesConfigSchema, devicesStatusSchema, hidScannersSchema } from './devices';
import { cccdCardSchema } from './scanning';

export interface MethodSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  roles: readonly Role[];
}

const method = <I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> => spec;
const none = z.strictObject({});
const staff: readonly Role[] = ['officer', 'admin'];

export const methods = {
  'system.info': method({
    input: none,
    output: z.object({
      product: z.literal('motcua'),
      version: z.string(),
      serverTime: isoInstantSchema,
      timeZone: z.literal('Asia/Ho_Chi_Minh'),
      setupRequired: z.boolean(),
      site: siteSchema.nullable(),
    }),
    roles: ['guest'],
  }),

  'setup.createAdmin': method({
    input: z.strictObject({ username: usernameSchema, fullName: text(100), password: passwordSchema }),
    output: userSchema,
    roles: ['guest'],
  }),

  'auth.login': method({
    input: z.strictObject({ username: usernameSchema, password: z.string().min(1).max(200) }),
    output: z.object({ token: z.string(), expiresAt: isoInstantSchema, user: userSchema }),
    roles: ['guest'],
  }),
  'auth.logout': method({ input: none, output: z.object({ loggedOut: z.literal(true) }), roles: staff }),
  'auth.me': method({ input: none, output: userSchema, roles: staff }),

  'site.get': method({ input: none, output: siteSchema, roles: ['guest'] }),
  'site.update': method({ input: siteInputSchema, output: siteSchema, roles: ['admin'] }),

  'catalogue.serviceAreas': method({
    input: none,
    output: z.array(serviceAreaSchema),
    roles: ['kiosk', 'display', 'officer'],
  }),
  'catalogue.counters': method({ input: none, output: z.array(counterSchema), roles: ['display', 'officer'] }),
  'catalogue.procedures': method({
    input: z.strictObject({
      query: z.string().trim().max(100).optional(),
      areaId: idSchema.optional(),
    }),
    output: z.array(procedureSchema),
    roles: staff,
  }),

  'users.list': method({ input: none, output: z.array(userSchema), roles: ['admin'] }),
  'users.create': method({
    input: z.strictObject({
      username: usernameSchema,
      fullName: text(100),
      role: userRoleSchema,
      password: passwordSchema,
    }),
    output: userSchema,
    roles: ['admin'],
  }),
  'users.setActive': method({
    input: z.strictObject({ userId: idSchema, active: z.boolean() }),
    output: userSchema,
    roles: ['admin'],
  }),

  'queue.issueTicket': method({
    input: z.strictObject({ areaId: idSchema, priority: priorityCategorySchema.nullable().default(null) }),
    output: issuedTicketSchema,
    roles: ['kiosk', 'officer'],
  }),
  'queue.openCounter': method({
    input: z.strictObject({ counterId: idSchema, areaIds: z.array(idSchema).min(1).max(50) }),
    output: counterStateSchema,
    roles: staff,
  }),
  'queue.closeCounter': method({ input: counterActionInputSchema, output: counterStateSchema, roles: staff }),
  'queue.counterState': method({ input: counterActionInputSchema, output: counterStateSchema, roles: staff }),
  'queue.callNext': method({ input: counterActionInputSchema, output: counterStateSchema, roles: staff }),
  'queue.recall': method({
    input: z.strictObject({ counterId: idSchema, ticketId: idSchema.optional() }),
    output: counterStateSchema,
    roles: staff,
  }),
  'queue.start': method({ input: counterActionInputSchema, output: counterStateSchema, roles: staff }),
  'queue.finish': method({ input: counterActionInputSchema, output: counterStateSchema, roles: staff }),
  'queue.noShow': method({ input: counterActionInputSchema, output: counterStateSchema, roles: staff }),
  'queue.transfer': method({
    input: z
      .strictObject({ counterId: idSchema, toAreaId: idSchema.optional(), toCounterId: idSchema.optional() })
      .refine((value) => (value.toAreaId === undefined) !== (value.toCounterId === undefined), {
        message: 'Chọn đúng một nơi chuyển đến: một lĩnh vực hoặc một quầy',
      }),
    output: counterStateSchema,
    roles: staff,
  }),
  'queue.pause': method({ input: counterActionInputSchema, output: counterStateSchema, roles: staff }),
  'queue.resume': method({ input: counterActionInputSchema, output: counterStateSchema, roles: staff }),
  'queue.board': method({ input: none, output: boardSchema, roles: ['display', 'officer'] }),
  'queue.track': method({
    input: z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) }),
    output: trackedTicketSchema,
    roles: ['guest'],
  }),
  'queue.policy': method({ input: none, output: queuePolicySchema, roles: ['officer'] }),
  'queue.setPolicy': method({ input: queuePolicySchema, output: queuePolicySchema, roles: ['admin'] }),
  'queue.stats': method({ input: none, output: queueStatsSchema, roles: ['admin'] }),

  'citizen.byIdNumber': method({
    input: z.strictObject({ idNumber: z.string().regex(/^\d{12}$/, 'Số định danh cá nhân phải gồm đúng 12 chữ số') }),
    output: personSchema.nullable(),
    roles: staff,
  }),
  'dossier.receive': method({
    input: dossierIntakeSchema,
    output: z.object({ dossier: dossierSchema, alreadySaved: z.boolean() }),
    roles: staff,
  }),
  'dossier.refuse': method({
    input: refusalSchema,
    output: z.object({ dossier: dossierSchema, alreadySaved: z.boolean() }),
    roles: staff,
  }),
  'dossier.get': method({ input: z.strictObject({ id: idSchema }), output: dossierSchema, roles: staff }),
  'dossier.byCode': method({ input: z.strictObject({ code: z.string().trim().min(5).max(40) }), output: dossierSchema, roles: staff }),
  'dossier.search': method({
    input: dossierSearchSchema,
    output: z.object({ items: z.array(dossierSummarySchema), page: z.number().int(), hasMore: z.boolean() }),
    roles: staff,
  }),
  'dossier.overdue': method({ input: none, output: z.array(dossierSummarySchema), roles: staff }),
  'dossier.requestSupplement': method({ input: supplementRequestSchema, output: dossierSchema, roles: staff }),
  'dossier.recordSupplement': method({
    input: z.strictObject({ dossierId: idSchema, note: z.string().trim().max(500).nullish().transform((v) => v || null) }),
    output: dossierSchema,
    roles: staff,
  }),
  'dossier.returnResult': method({ input: returnResultSchema, output: dossierSchema, roles: staff }),
  'dossier.withdraw': method({ input: z.strictObject({ dossierId: idSchema, reason: text(1000) }), output: dossierSchema, roles: staff }),
  'dossier.postpone': method({ input: postponeSchema, output: dossierSchema, roles: staff }),
  'dossier.form': method({
    input: z.strictObject({ dossierId: idSchema, form: formKindSchema, reprint: z.boolean().default(false) }),
    output: pdfFileSchema,
    roles: staff,
  }),
  'dossier.print': method({
    input: z.strictObject({ dossierId: idSchema, form: formKindSchema, reprint: z.boolean().default(false), copies: z.number().int().min(1).max(5).default(1) }),
    output: z.object({ printed: z.boolean(), destination: z.string(), message: z.string() }),
    roles: staff,
  }),
  'rating.submit': method({ input: ratingInputSchema, output: z.object({ thanked: z.literal(true) }), roles: ['kiosk', 'officer'] }),
  'rating.today': method({
    input: none,
    output: z.array(z.object({ criterion: z.string(), level: z.number().int(), n: z.number().int() })),
    roles: ['admin'],
  }),

  'sync.status': method({ input: none, output: syncStatusSchema, roles: ['admin'] }),
  'sync.now': method({ input: none, output: syncStatusSchema, roles: ['admin'] }),
  'sync.configure': method({ input: syncConfigInputSchema, output: syncStatusSchema, roles: ['admin'] }),
  'sync.retryParked': method({ input: z.strictObject({ seq: idSchema }), output: syncStatusSchema, roles: ['admin'] }),
  'sync.skipParked': method({
    input: z.strictObject({ seq: idSchema, reason: text(500) }),
    output: syncStatusSchema,
    roles: ['admin'],
  }),

  'devices.status': method({ input: none, output: devicesStatusSchema, roles: ['admin'] }),
  'devices.configure': method({ input: devicesConfigSchema, output: devicesStatusSchema, roles: ['admin'] }),
  'devices.testTicket': method({ input: none, output: devicesStatusSchema, roles: ['admin'] }),
  'devices.hidScanners': method({ input: none, output: hidScannersSchema, roles: ['admin'] }),
  /** The station-attached scanners that serve this counter, and whether each is connected. */
  'devices.counterScanners': method({ input: counterActionInputSchema, output: z.array(counterScannerSchema), roles: staff }),
  'queue.reprintTicket': method({
    input: z.strictObject({ ticketId: idSchema }),
    output: z.object({ printed: z.boolean(), problem: z.string().nullable() }),
    roles: staff,
  }),
  /** A CCCD QR read by a keyboard-wedge or camera at the counter, checked by the station like any scan. */
  'scanner.parse': method({
    input: z.strictObject({ payload: z.string().max(4000) }),
    output: cccdCardSchema,
    roles: staff,
  }),

  'audit.verify': method({ input: none, output: auditVerifySchema, roles: ['admin'] }),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(methods, value);
}
