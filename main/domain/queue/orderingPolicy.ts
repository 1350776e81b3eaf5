/**
 * Which waiting ticket a counter calls next.
 *
 * 1. Only tickets the counter may serve are candidates: those of the areas it has
 *    open, and never a ticket transferred to another counter (a ticket transferred
 *    to THIS counter is a candidate whatever its area).
 * 2. Tickets are ordered by their original issue time (a transferred ticket keeps
 *    its place), ties broken by issue order (id).
 * 3. Priority persons (người cao tuổi, khuyết tật, phụ nữ mang thai, người có công,
 *    người đi cùng trẻ nhỏ) go first.
 * 4. Anti-starvation: when this counter has just made `maxConsecutivePriority`
 *    priority calls in a row, and the oldest normal ticket has waited at least
 *    `normalMaxWaitMinutes`, that normal ticket goes next. With K = 0 the rule is
 *    off and priority always wins.
 * The rule counts per counter because each counter sees its own flow of people.
 */
export interface QueuePolicy {
  maxConsecutivePriority: number;
  normalMaxWaitMinutes: number;
}

export const defaultQueuePolicy: QueuePolicy = { maxConsecutivePriority: 3, normalMaxWaitMinutes: 20 };

export interface Candidate {
  id: number;
  areaId: number;
  priority: boolean;
  /** Epoch ms of the original issue. */
  issuedAt: number;
  /** Set when the ticket was transferred to one counter. */
  targetCounterId: number | null;
}

export interface CallingCounter {
  counterId: number;
  openAreaIds: readonly number[];
  /** Priority calls this counter made since its last normal call, today. */
  consecutivePriorityCalls: number;
}

function byIssue(a: Candidate, b: Candidate): number {
  return a.issuedAt - b.issuedAt || a.id - b.id;
}

export function eligible(ticket: Candidate, counter: CallingCounter): boolean {
  if (ticket.targetCounterId !== null) return ticket.targetCounterId === counter.counterId;
  return counter.openAreaIds.includes(ticket.areaId);
}

export function pickNextTicket(
  waiting: readonly Candidate[],
  counter: CallingCounter,
  now: number,
  policy: QueuePolicy = defaultQueuePolicy,
): Candidate | null {
  const candidates = waiting.filter((ticket) => eligible(ticket, counter));
  const oldestPriority = candidates.filter((t) => t.priority).sort(byIssue)[0] ?? null;
  const oldestNormal = candidates.filter((t) => !t.priority).sort(byIssue)[0] ?? null;
  if (!oldestPriority) return oldestNormal;
  if (!oldestNormal) return oldestPriority;
  const starving =
    policy.maxConsecutivePriority > 0 &&
    counter.consecutivePriorityCalls >= policy.maxConsecutivePriority &&
    now - oldestNormal.issuedAt >= policy.normalMaxWaitMinutes * 60_000;
  return starving ? oldestNormal : oldestPriority;
}

/**
 * How many tickets of the same area will be served before this one, as the policy
 * stands now (the anti-starvation rule may let a normal ticket pass sooner).
 */
export function peopleAhead(ticket: Candidate, waiting: readonly Candidate[]): number {
  return waiting.filter(
    (other) =>
      other.id !== ticket.id &&
      other.areaId === ticket.areaId &&
      other.targetCounterId === ticket.targetCounterId &&
      (ticket.priority ? other.priority && byIssue(other, ticket) < 0 : other.priority || byIssue(other, ticket) < 0),
  ).length;
}

/**
 * The order the counter would call the waiting tickets in, if nothing changed:
 * the policy applied step by step (a priority call lengthens the streak, a normal
 * call resets it), in O(n log n), stopping after `limit` tickets.
 */
export function callOrder(
  waiting: readonly Candidate[],
  counter: CallingCounter,
  now: number,
  policy: QueuePolicy = defaultQueuePolicy,
  limit = Number.POSITIVE_INFINITY,
): Candidate[] {
  const mine = waiting.filter((ticket) => eligible(ticket, counter));
  const priority = mine.filter((t) => t.priority).sort(byIssue);
  const normal = mine.filter((t) => !t.priority).sort(byIssue);
  const order: Candidate[] = [];
  let streak = counter.consecutivePriorityCalls;
  let p = 0;
  let n = 0;
  while (order.length < limit && (p < priority.length || n < normal.length)) {
    const next = pickNextTicket([...(p < priority.length ? [priority[p]!] : []), ...(n < normal.length ? [normal[n]!] : [])], { ...counter, consecutivePriorityCalls: streak }, now, policy)!;
    order.push(next);
    if (next.priority) {
      p += 1;
      streak += 1;
    } else {
      n += 1;
      streak = 0;
    }
  }
  return order;
}
