/**
 * What the station and the provincial one-stop system tell each other
 * (main/sync/PROTOCOL.md): every event the station queues for the province, with
 * its aggregate and the schema of its payload, and every change the province sends
 * back, with the schema of its data. Names are spelled here only: the services,
 * the outbox, the sync protocol and adapters, and the reference provincial server
 * take them (and their types) from these tables.
 */
import { z } from 'zod';
import { AppError } from '../errors';
import { nationalDateTimeSchema, nationalDossierPayloadSchema, nationalStatusSchema } from '../dossier/nationalPayload';
import { siteProfileSchema } from '../site/siteProfile';

function provinceEvent<const N extends string, const A extends string, P extends z.ZodType>(name: N, aggregateType: A, payload: P) {
  return { name, aggregateType, payload };
}

/** A ticket drawn at the kiosk: the province counts visitors per area and day. */
const ticketIssuedSchema = z.object({
  serviceDay: z.iso.date(),
  number: z.string().min(1),
  areaCode: z.string().min(1),
  priority: z.boolean(),
  issuedAt: z.iso.datetime(),
});

/** A citizen's rating, per criterion 1 (not satisfied) to 3 (very satisfied). */
const ratingSubmittedSchema = z.object({
  dossierCode: z.string().nullable(),
  scores: z.record(z.string(), z.literal([1, 2, 3])),
  at: z.iso.datetime(),
});

/** Station → province: the outbox's events. */
export const provinceEvents = {
  dossierReceived: provinceEvent('dossier.received', 'dossier', nationalDossierPayloadSchema),
  dossierRefused: provinceEvent('dossier.refused', 'dossier', nationalDossierPayloadSchema),
  dossierStatus: provinceEvent('dossier.status', 'dossier', nationalDossierPayloadSchema),
  siteProfile: provinceEvent('site.profile', 'site', siteProfileSchema),
  ticketIssued: provinceEvent('ticket.issued', 'ticket', ticketIssuedSchema),
  ratingSubmitted: provinceEvent('rating.submitted', 'rating', ratingSubmittedSchema),
};
export type ProvinceEvent = (typeof provinceEvents)[keyof typeof provinceEvents];
export type ProvinceEventName = ProvinceEvent['name'];
export type ProvinceEventPayload<E extends ProvinceEvent> = z.input<E['payload']>;

export const provinceEventNames: readonly ProvinceEventName[] = Object.values(provinceEvents).map((event) => event.name);

/** Events whose payload is a whole dossier in the national DongBoHoSoMC shape. */
export const nationalDossierEventNames: readonly ProvinceEventName[] = Object.values(provinceEvents)
  .filter((event) => event.payload === nationalDossierPayloadSchema)
  .map((event) => event.name);

/**
 * Refuses a payload its event's schema does not accept. Such a payload is the
 * station's own defect (inputs were validated at the API), so it is INTERNAL; the
 * detail names paths and rules, never values, which may be personal data.
 */
export function assertProvinceEventPayload<E extends ProvinceEvent>(event: E, payload: unknown): asserts payload is ProvinceEventPayload<E> {
  const checked = event.payload.safeParse(payload);
  if (checked.success) return;
  const problems = checked.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'payload'}: ${issue.message}`);
  throw new AppError('INTERNAL', { detail: `Province event ${event.name} refused: ${problems.join('; ')}`.slice(0, 500) });
}

function provinceChange<const K extends string, D extends z.ZodType>(kind: K, data: D) {
  return { kind, data };
}

/**
 * Province → station: the kinds of change a pull brings. Catalogue and calendar
 * data are only bounded here; their content is checked when applied, so one bad
 * change is skipped alone instead of failing its page.
 */
export const provinceChanges = {
  /** Statuses the province decides (4, 6, 8, 9) and progress. */
  dossierStatus: provinceChange(
    'dossier.status',
    z.object({
      MaHoSo: z.string(),
      TrangThaiHoSo: nationalStatusSchema,
      NoiDungXuLy: z.string().max(2000).nullable().optional(),
      NguoiXuLy: z.string().max(200).nullable().optional(),
      ThoiDiemXuLy: nationalDateTimeSchema.optional(),
    }),
  ),
  /** Procedures to upsert, in the shape of resources/catalogue/*.json. */
  catalogueProcedures: provinceChange('catalogue.procedures', z.object({ procedures: z.array(z.unknown()).max(5000) })),
  /** The shape of resources/calendar/overrides.json. */
  calendarOverrides: provinceChange('calendar.overrides', z.unknown()),
};
type ProvinceChangeKey = keyof typeof provinceChanges;
export type ProvinceChangeKind = (typeof provinceChanges)[ProvinceChangeKey]['kind'];
export type ProvinceChange = { [K in ProvinceChangeKey]: { kind: (typeof provinceChanges)[K]['kind']; data: z.infer<(typeof provinceChanges)[K]['data']> } }[ProvinceChangeKey];
