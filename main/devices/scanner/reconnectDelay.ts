/**
 * How long to wait before trying a lost scanner again: soon at first (a cable
 * pulled and pushed back), then less often, so a counter PC with no scanner
 * does not spin opening a port that is not there.
 */
export interface ReconnectPolicy {
  firstDelayMs: number;
  factor: number;
  maxDelayMs: number;
}

export const defaultReconnectPolicy: ReconnectPolicy = { firstDelayMs: 500, factor: 2, maxDelayMs: 30_000 };

/** The wait before attempt number `failures` + 1, after `failures` (≥ 1) failed attempts in a row. */
export function reconnectDelay(failures: number, policy: ReconnectPolicy = defaultReconnectPolicy): number {
  const steps = Math.max(0, failures - 1);
  return Math.min(policy.maxDelayMs, Math.round(policy.firstDelayMs * policy.factor ** steps));
}
