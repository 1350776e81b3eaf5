/**
 * Queue shapes. Everything a kiosk, a display board or a citizen's phone receives
 * is public: ticket numbers, areas and counters, never a name or an ID number.
 */
import { z } from 'zod';
import { priorityCategories, ticketStatuses } from '@domain/queue';
import { idSchema, isoInstantSchema } from './schemas';

export const priorityCategorySchema = z.enum(priorityCategories);
export type PriorityCategoryName = z.infer<typeof priorityCategorySchema>;

export const ticketStatusSchema = z.enum(ticketStatuses);

export const issuedTicketSchema = z.object({
  id: idSchema,
  number: z.string(),
  areaId: idSchema,
  areaName: z.string(),
  priority: priorityCategorySchema.nullable(),
  peopleAhead: z.number().int().nonnegative(),
  /** Minutes, from today's average service time of the area; null when unknown. */
  estimatedWaitMinutes: z.number().int().nonnegative().nullable(),
  issuedAt: isoInstantSchema,
  trackingToken: z.string(),
  /** Whether the ticket printer took the ticket; the screen shows the number either way. */
  printed: z.boolean(),
  printProblem: z.string().nullable(),
});
export type IssuedTicket = z.infer<typeof issuedTicketSchema>;

export const queueTicketSchema = z.object({
  id: idSchema,
  number: z.string(),
  /** The ticket's tracking token (staff see it: the counter invites the citizen to rate the visit with it). */
  trackingToken: z.string(),
  areaId: idSchema,
  priority: priorityCategorySchema.nullable(),
  status: ticketStatusSchema,
  issuedAt: isoInstantSchema,
  calledAt: isoInstantSchema.nullable(),
  startedAt: isoInstantSchema.nullable(),
  counterId: idSchema.nullable(),
  targetCounterId: idSchema.nullable(),
  recallCount: z.number().int().nonnegative(),
});
export type QueueTicket = z.infer<typeof queueTicketSchema>;

export const counterStateSchema = z.object({
  counterId: idSchema,
  counterNumber: z.number().int().positive(),
  open: z.boolean(),
  paused: z.boolean(),
  /** The officer at the counter (id only: the screen knows who is logged in). */
  userId: idSchema.nullable(),
  areaIds: z.array(idSchema),
  current: queueTicketSchema.nullable(),
  /** The next waiting tickets this counter may call (at most 50), in the order the policy would call them. */
  waiting: z.array(queueTicketSchema),
  /** How many tickets this counter may call in all. */
  waitingTotal: z.number().int().nonnegative(),
  /** Today's absent tickets this counter called, recallable. */
  noShows: z.array(queueTicketSchema),
});
export type CounterState = z.infer<typeof counterStateSchema>;

export const boardCallSchema = z.object({
  ticketNumber: z.string(),
  counterNumber: z.number().int().positive(),
  areaName: z.string(),
  recall: z.boolean(),
  at: isoInstantSchema,
});
export type BoardCall = z.infer<typeof boardCallSchema>;

export const boardSchema = z.object({
  serviceDay: z.string(),
  counters: z.array(
    z.object({
      counterNumber: z.number().int().positive(),
      name: z.string(),
      open: z.boolean(),
      paused: z.boolean(),
      currentNumber: z.string().nullable(),
    }),
  ),
  /** Newest first, at most 10. */
  recentCalls: z.array(boardCallSchema),
  waitingByArea: z.array(z.object({ areaId: idSchema, areaName: z.string(), prefix: z.string(), waiting: z.number().int().nonnegative() })),
});
export type Board = z.infer<typeof boardSchema>;

export const trackedTicketSchema = z.object({
  number: z.string(),
  areaName: z.string(),
  status: ticketStatusSchema,
  peopleAhead: z.number().int().nonnegative(),
  counterNumber: z.number().int().positive().nullable(),
  issuedAt: isoInstantSchema,
  calledAt: isoInstantSchema.nullable(),
  serviceDay: z.string(),
});
export type TrackedTicket = z.infer<typeof trackedTicketSchema>;

const kpiRow = z.object({
  tickets: z.number().int().nonnegative(),
  served: z.number().int().nonnegative(),
  /** Minutes; null when nothing was measured yet. */
  averageWaitMinutes: z.number().nonnegative().nullable(),
  averageServiceMinutes: z.number().nonnegative().nullable(),
});

export const queueStatsSchema = z.object({
  serviceDay: z.string(),
  waitingNow: z.number().int().nonnegative(),
  total: kpiRow,
  byArea: z.array(kpiRow.extend({ areaId: idSchema, areaName: z.string() })),
  byCounter: z.array(kpiRow.extend({ counterId: idSchema, counterNumber: z.number().int().positive() })),
  /** Tickets issued per hour of the day (Vietnam time), hours 0–23. */
  perHour: z.array(z.object({ hour: z.number().int().min(0).max(23), issued: z.number().int().nonnegative() })),
});
export type QueueStats = z.infer<typeof queueStatsSchema>;

export const counterActionInputSchema = z.strictObject({ counterId: idSchema });

/**
 * Who goes next: priority persons first; after `maxConsecutivePriority` priority
 * calls in a row at a counter, a normal ticket that has waited at least
 * `normalMaxWaitMinutes` goes next (0 turns that rule off).
 */
export const queuePolicySchema = z.strictObject({
  maxConsecutivePriority: z.number().int().min(0).max(20),
  normalMaxWaitMinutes: z.number().int().min(0).max(240),
});
export type QueuePolicyView = z.infer<typeof queuePolicySchema>;
