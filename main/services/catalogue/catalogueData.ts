/**
 * The shape of catalogue files (shipped in resources/catalogue, later delivered by
 * sync). Files are a boundary: they are validated before anything is written.
 */
import { z } from 'zod';
import { timeLimitSchema } from '@contract/schemas';
import type { NewProcedure } from '../../db/repositories/catalogueRepository';
import { siteProfileSchema } from '@domain/site/siteProfile';
import { foldVietnamese } from '@domain/text/foldVietnamese';

export const catalogueFileSchema = z.object({
  source: z.string().optional(),
  procedures: z
    .array(
      z.strictObject({
        code: z.string().trim().min(1).max(50),
        name: z.string().trim().min(1).max(500),
        /** Service area code, e.g. "HT". */
        area: z.string().trim().min(1).max(20),
        timeLimit: timeLimitSchema,
        resultPlace: z.string().trim().max(300).nullable(),
        fees: z.array(z.strictObject({ code: z.string().nullable(), name: z.string().min(1), amount: z.number().int().nonnegative() })),
        components: z
          .array(
            z.strictObject({
              code: z.string().nullable().optional(),
              name: z.string().min(1).max(500),
              originals: z.number().int().nonnegative(),
              copies: z.number().int().nonnegative(),
              mandatory: z.boolean(),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
});
export type CatalogueFile = z.infer<typeof catalogueFileSchema>;

/** A procedure of a catalogue file as the repository stores it, in the given service area. */
export function newProcedureOf(procedure: CatalogueFile['procedures'][number], areaId: number): NewProcedure {
  return {
    ...procedure,
    nameFolded: foldVietnamese(procedure.name),
    areaId,
    components: procedure.components.map((c) => ({ ...c, code: c.code ?? null })),
  };
}

export const demoCentreSchema = z.object({
  site: siteProfileSchema,
  serviceAreas: z.array(
    z.strictObject({ code: z.string(), name: z.string(), ticketPrefix: z.string().regex(/^[A-Z]{1,2}$/), icon: z.string().nullable() }),
  ),
  counters: z.array(z.strictObject({ number: z.number().int().positive(), name: z.string(), areas: z.array(z.string()) })),
  officers: z.array(z.strictObject({ username: z.string(), fullName: z.string() })),
  // The demo's administrator: a seeded station has users, so /setup (first admin only) no longer applies.
  admin: z.strictObject({ username: z.string(), fullName: z.string() }),
});
export type DemoCentre = z.infer<typeof demoCentreSchema>;
