/** How long the law gives a procedure: the unit a due date is counted in. */
import { z } from 'zod';

export const timeLimitSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('working_days'), value: z.number().int().positive() }),
  z.object({ kind: z.literal('working_hours'), value: z.number().int().positive() }),
  z.object({ kind: z.literal('same_day') }),
]);
export type TimeLimit = z.infer<typeof timeLimitSchema>;
