/**
 * Every method of the station API: its name, input and output schemas, who may call
 * it and which events it may emit. Both transports (Electron IPC and LAN HTTP) and
 * the renderer's client are derived from this table; nothing repeats a method name.
 */
import { z } from 'zod';
import type { EventName } from './events';
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
import { devicesConfigSchema, devicesStatusSchema } from './devices';
import { cccdCardSchema } from './scanning';

export interface MethodSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  roles: readonly Role[];
  emits: readonly EventName[];
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
    emits: [],
  }),

  'setup.createAdmin': method({
    input: z.strictObject({ username: usernameSchema, fullName: text(100), password: passwordSchema }),
    output: userSchema,
    roles: ['guest'],
    emits: [],
  }),

  'auth.login': method({
    input: z.strictObject({ username: usernameSchema, password: z.string().min(1).max(200) }),
    output: z.object({ token: z.string(), expiresAt: isoInstantSchema, user: userSchema }),
    roles: ['guest'],
    emits: [],
  }),
  'auth.logout': method({ input: none, output: z.object({ loggedOut: z.literal(true) }), roles: staff, emits: [] }),
  'auth.me': method({ input: none, output: userSchema, roles: staff, emits: [] }),

  'site.get': method({ input: none, output: siteSchema, roles: ['guest'], emits: [] }),
  'site.update': method({ input: siteInputSchema, output: siteSchema, roles: ['admin'], emits: ['site.changed'] }),

  'catalogue.serviceAreas': method({
    input: none,
    output: z.array(serviceAreaSchema),
    roles: ['kiosk', 'display', 'officer'],
    emits: [],
  }),
  'catalogue.counters': method({ input: none, output: z.array(counterSchema), roles: ['display', 'officer'], emits: [] }),
  'catalogue.procedures': method({
    input: z.strictObject({
      query: z.string().trim().max(100).optional(),
      areaId: idSchema.optional(),
    }),
    output: z.array(procedureSchema),
    roles: staff,
    emits: [],
  }),

  'users.list': method({ input: none, output: z.array(userSchema), roles: ['admin'], emits: [] }),
  'users.create': method({
    input: z.strictObject({
      username: usernameSchema,
      fullName: text(100),
      role: userRoleSchema,
      password: passwordSchema,
    }),
    output: userSchema,
    roles: ['admin'],
    emits: [],
  }),
  'users.setActive': method({
    input: z.strictObject({ userId: idSchema, active: z.boolean() }),
    output: userSchema,
    roles: ['admin'],
    emits: [],
  }),

  'queue.issueTicket': method({
    input: z.strictObject({ areaId: idSchema, priority: priorityCategorySchema.nullable().default(null) }),
    output: issuedTicketSchema,
    roles: ['kiosk', 'officer'],
    emits: ['queue.changed', 'queue.board'],
  }),
  'queue.openCounter': method({
    input: z.strictObject({ counterId: idSchema, areaIds: z.array(idSchema).min(1).max(50) }),
    output: counterStateSchema,
    roles: staff,
    emits: ['queue.changed', 'queue.board'],
  }),
  'queue.closeCounter': method({ input: counterActionInputSchema, output: counterStateSchema, roles: staff, emits: ['queue.changed', 'queue.board'] }),
  'queue.counterState': method({ input: counterActionInputSchema, output: counterStateSchema, roles: staff, emits: [] }),
  'queue.callNext': method({ input: counterActionInputSchema, output: counterStateSchema, roles: staff, emits: ['queue.called', 'queue.changed', 'queue.board'] }),
  'queue.recall': method({
    input: z.strictObject({ counterId: idSchema, ticketId: idSchema.optional() }),
    output: counterStateSchema,
    roles: staff,
    emits: ['queue.called', 'queue.changed', 'queue.board'],
  }),
  'queue.start': method({ input: counterActionInputSchema, output: counterStateSchema, roles: staff, emits: ['queue.changed'] }),
  'queue.finish': method({ input: counterActionInputSchema, output: counterStateSchema, roles: staff, emits: ['queue.changed', 'queue.board'] }),
  'queue.noShow': method({ input: counterActionInputSchema, output: counterStateSchema, roles: staff, emits: ['queue.changed', 'queue.board'] }),
  'queue.transfer': method({
    input: z
      .strictObject({ counterId: idSchema, toAreaId: idSchema.optional(), toCounterId: idSchema.optional() })
      .refine((value) => (value.toAreaId === undefined) !== (value.toCounterId === undefined), {
        message: 'Chọn đúng một nơi chuyển đến: một lĩnh vực hoặc một quầy',
      }),
    output: counterStateSchema,
    roles: staff,
    emits: ['queue.changed', 'queue.board'],
  }),
  'queue.pause': method({ input: counterActionInputSchema, output: counterStateSchema, roles: staff, emits: ['queue.changed', 'queue.board'] }),
  'queue.resume': method({ input: counterActionInputSchema, output: counterStateSchema, roles: staff, emits: ['queue.changed', 'queue.board'] }),
  'queue.board': method({ input: none, output: boardSchema, roles: ['display', 'officer'], emits: [] }),
  'queue.track': method({
    input: z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) }),
    output: trackedTicketSchema,
    roles: ['guest'],
    emits: [],
  }),
  'queue.policy': method({ input: none, output: queuePolicySchema, roles: ['officer'], emits: [] }),
  'queue.setPolicy': method({ input: queuePolicySchema, output: queuePolicySchema, roles: ['admin'], emits: ['queue.changed'] }),
  'queue.stats': method({ input: none, output: queueStatsSchema, roles: ['admin'], emits: [] }),

  'citizen.byIdNumber': method({
    input: z.strictObject({ idNumber: z.string().regex(/^\d{12}$/, 'Số định danh cá nhân phải gồm đúng 12 chữ số') }),
    output: personSchema.nullable(),
    roles: staff,
    emits: [],
  }),
  'dossier.receive': method({
    input: dossierIntakeSchema,
    output: z.object({ dossier: dossierSchema, alreadySaved: z.boolean() }),
    roles: staff,
    emits: ['dossier.changed'],
  }),
  'dossier.refuse': method({
    input: refusalSchema,
    output: z.object({ dossier: dossierSchema, alreadySaved: z.boolean() }),
    roles: staff,
    emits: ['dossier.changed'],
  }),
  'dossier.get': method({ input: z.strictObject({ id: idSchema }), output: dossierSchema, roles: staff, emits: [] }),
  'dossier.byCode': method({ input: z.strictObject({ code: z.string().trim().min(5).max(40) }), output: dossierSchema, roles: staff, emits: [] }),
  'dossier.search': method({
    input: dossierSearchSchema,
    output: z.object({ items: z.array(dossierSummarySchema), page: z.number().int(), hasMore: z.boolean() }),
    roles: staff,
    emits: [],
  }),
  'dossier.overdue': method({ input: none, output: z.array(dossierSummarySchema), roles: staff, emits: [] }),
  'dossier.requestSupplement': method({ input: supplementRequestSchema, output: dossierSchema, roles: staff, emits: ['dossier.changed'] }),
  'dossier.recordSupplement': method({
    input: z.strictObject({ dossierId: idSchema, note: z.string().trim().max(500).nullish().transform((v) => v || null) }),
    output: dossierSchema,
    roles: staff,
    emits: ['dossier.changed'],
  }),
  'dossier.returnResult': method({ input: returnResultSchema, output: dossierSchema, roles: staff, emits: ['dossier.changed'] }),
  'dossier.withdraw': method({ input: z.strictObject({ dossierId: idSchema, reason: text(1000) }), output: dossierSchema, roles: staff, emits: ['dossier.changed'] }),
  'dossier.postpone': method({ input: postponeSchema, output: dossierSchema, roles: staff, emits: ['dossier.changed'] }),
  'dossier.form': method({
    input: z.strictObject({ dossierId: idSchema, form: formKindSchema, reprint: z.boolean().default(false) }),
    output: pdfFileSchema,
    roles: staff,
    emits: [],
  }),
  'dossier.print': method({
    input: z.strictObject({ dossierId: idSchema, form: formKindSchema, reprint: z.boolean().default(false), copies: z.number().int().min(1).max(5).default(1) }),
    output: z.object({ printed: z.boolean(), destination: z.string(), message: z.string() }),
    roles: staff,
    emits: [],
  }),
  'rating.submit': method({ input: ratingInputSchema, output: z.object({ thanked: z.literal(true) }), roles: ['kiosk', 'officer'], emits: [] }),
  'rating.today': method({
    input: none,
    output: z.array(z.object({ criterion: z.string(), level: z.number().int(), n: z.number().int() })),
    roles: ['admin'],
    emits: [],
  }),

  'sync.status': method({ input: none, output: syncStatusSchema, roles: ['admin'], emits: [] }),
  'sync.now': method({ input: none, output: syncStatusSchema, roles: ['admin'], emits: ['sync.status'] }),
  'sync.configure': method({ input: syncConfigInputSchema, output: syncStatusSchema, roles: ['admin'], emits: ['sync.status'] }),
  'sync.retryParked': method({ input: z.strictObject({ seq: idSchema }), output: syncStatusSchema, roles: ['admin'], emits: ['sync.status'] }),
  'sync.skipParked': method({
    input: z.strictObject({ seq: idSchema, reason: text(500) }),
    output: syncStatusSchema,
    roles: ['admin'],
    emits: ['sync.status'],
  }),

  'devices.status': method({ input: none, output: devicesStatusSchema, roles: ['admin'], emits: [] }),
  'devices.configure': method({ input: devicesConfigSchema, output: devicesStatusSchema, roles: ['admin'], emits: ['devices.alert'] }),
  'devices.testTicket': method({ input: none, output: devicesStatusSchema, roles: ['admin'], emits: ['devices.alert'] }),
  'queue.reprintTicket': method({
    input: z.strictObject({ ticketId: idSchema }),
    output: z.object({ printed: z.boolean(), problem: z.string().nullable() }),
    roles: staff,
    emits: ['devices.alert'],
  }),
  /** A CCCD QR read by a keyboard-wedge or camera at the counter, checked by the station like any scan. */
  'scanner.parse': method({
    input: z.strictObject({ payload: z.string().max(4000) }),
    output: cccdCardSchema,
    roles: staff,
    emits: [],
  }),

  'audit.verify': method({ input: none, output: auditVerifySchema, roles: ['admin'], emits: [] }),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;
export const methodNames = Object.keys(methods) as MethodName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(methods, value);
}
