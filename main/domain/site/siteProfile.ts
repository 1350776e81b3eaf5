/**
 * The office a station serves: what screens show in their header and what the
 * province hears of in the `site.profile` event, so both read one shape.
 */
import { z } from 'zod';

export const siteProfileSchema = z.object({
  agencyCode: z.string(),
  agencyName: z.string(),
  centreName: z.string(),
  provinceName: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
});
export type SiteProfile = z.infer<typeof siteProfileSchema>;
