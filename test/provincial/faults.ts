/**
 * The faults the reference provincial server can inject into its /v1 API, set at
 * start (options, CLI flags) or at runtime (POST /control/faults, or `control` in
 * process). Counted faults are used up one request at a time; the server asks
 * `take…()` at the point in the request where the fault happens, so each fault
 * fires exactly where a real network or server would fail.
 */
import { z } from 'zod';
import { TokenBucket } from './tokenBucket';

const count = z.number().int().min(0);

/** A partial update of the fault state; absent fields stay as they are, null clears. */
export const faultPatchSchema = z.strictObject({
  /** The next N API requests have their connection destroyed as soon as they arrive. */
  refuse: count.optional(),
  /** Every API request has its connection destroyed until set back to false. */
  offline: z.boolean().optional(),
  /** The next `count` API requests with a body lose their connection after `afterBytes` (default: half the body). */
  resetMidBody: z
    .union([count, z.strictObject({ count, afterBytes: z.number().int().min(1).nullable().optional() })])
    .nullable()
    .optional(),
  /** The next `count` API requests are answered with `code` and have no effect. */
  status5xx: z
    .strictObject({ code: z.union([z.literal(500), z.literal(502), z.literal(503), z.literal(504)]), count })
    .nullable()
    .optional(),
  /** Wait this long after reading a request before handling and answering it. */
  delayMs: count.optional(),
  /** Throttle request bodies (read) and response bodies (written) to this rate; null = unlimited. */
  bandwidthBytesPerSec: z.number().int().positive().nullable().optional(),
  /** The next N event batches are applied and committed, then the connection is destroyed without an answer. */
  dropReplyAfterCommit: count.optional(),
  /** Added to the server's clock: serverTime, session expiry, applied_at. */
  clockOffsetMs: z.number().int().optional(),
});
export type FaultPatch = z.input<typeof faultPatchSchema>;

export interface FaultState {
  refuse: number;
  offline: boolean;
  resetMidBody: { count: number; afterBytes: number | null };
  status5xx: { code: 500 | 502 | 503 | 504; count: number };
  delayMs: number;
  bandwidthBytesPerSec: number | null;
  dropReplyAfterCommit: number;
  clockOffsetMs: number;
}

export type FaultKind = 'refuse' | 'offline' | 'resetMidBody' | 'status5xx' | 'dropReplyAfterCommit';

function cleanState(): FaultState {
  return {
    refuse: 0,
    offline: false,
    resetMidBody: { count: 0, afterBytes: null },
    status5xx: { code: 503, count: 0 },
    delayMs: 0,
    bandwidthBytesPerSec: null,
    dropReplyAfterCommit: 0,
    clockOffsetMs: 0,
  };
}

export class FaultControl {
  private current = cleanState();
  private buckets: { up: TokenBucket; down: TokenBucket } | null = null;
  /** How many times each fault fired since start (or the last stats reset). */
  readonly injected: Record<FaultKind, number> = { refuse: 0, offline: 0, resetMidBody: 0, status5xx: 0, dropReplyAfterCommit: 0 };

  constructor(initial: FaultPatch = {}) {
    this.set(initial);
  }

  state(): FaultState {
    return structuredClone(this.current);
  }

  /** Applies a patch (validated) and returns the whole new state. */
  set(patch: FaultPatch): FaultState {
    const p = faultPatchSchema.parse(patch);
    const next = this.current;
    if (p.refuse !== undefined) next.refuse = p.refuse;
    if (p.offline !== undefined) next.offline = p.offline;
    if (p.resetMidBody !== undefined) {
      next.resetMidBody =
        p.resetMidBody === null
          ? { count: 0, afterBytes: null }
          : typeof p.resetMidBody === 'number'
            ? { count: p.resetMidBody, afterBytes: null }
            : { count: p.resetMidBody.count, afterBytes: p.resetMidBody.afterBytes ?? null };
    }
    if (p.status5xx !== undefined) next.status5xx = p.status5xx ?? { code: 503, count: 0 };
    if (p.delayMs !== undefined) next.delayMs = p.delayMs;
    if (p.bandwidthBytesPerSec !== undefined && p.bandwidthBytesPerSec !== next.bandwidthBytesPerSec) {
      next.bandwidthBytesPerSec = p.bandwidthBytesPerSec;
      // A new line speed starts with fresh buckets, one per direction (a line is full duplex).
      this.buckets = p.bandwidthBytesPerSec
        ? { up: new TokenBucket(p.bandwidthBytesPerSec), down: new TokenBucket(p.bandwidthBytesPerSec) }
        : null;
    }
    if (p.dropReplyAfterCommit !== undefined) next.dropReplyAfterCommit = p.dropReplyAfterCommit;
    if (p.clockOffsetMs !== undefined) next.clockOffsetMs = p.clockOffsetMs;
    return this.state();
  }

  /** Back to a healthy server (the clock offset included). */
  reset(): FaultState {
    this.current = cleanState();
    this.buckets = null;
    return this.state();
  }

  get delayMs(): number {
    return this.current.delayMs;
  }

  get clockOffsetMs(): number {
    return this.current.clockOffsetMs;
  }

  /** The bucket request bodies are read through, or null when the line is not throttled. */
  get upstream(): TokenBucket | null {
    return this.buckets?.up ?? null;
  }

  /** The bucket response bodies are written through, or null when the line is not throttled. */
  get downstream(): TokenBucket | null {
    return this.buckets?.down ?? null;
  }

  /** Whether this arriving request's connection must be destroyed at once, and why. */
  takeRefusal(): 'offline' | 'refuse' | null {
    if (this.current.offline) return this.fired('offline');
    if (this.current.refuse > 0) {
      this.current.refuse -= 1;
      return this.fired('refuse');
    }
    return null;
  }

  /** For a request with a body: after how many body bytes to destroy the connection, or null. */
  takeResetMidBody(contentLength: number | null): number | null {
    if (this.current.resetMidBody.count <= 0) return null;
    this.current.resetMidBody.count -= 1;
    this.fired('resetMidBody');
    const half = contentLength ? Math.floor(contentLength / 2) : 1;
    return this.current.resetMidBody.afterBytes ?? Math.max(1, half);
  }

  /** The 5xx status this request must be answered with, or null. */
  takeStatus5xx(): number | null {
    if (this.current.status5xx.count <= 0) return null;
    this.current.status5xx.count -= 1;
    this.fired('status5xx');
    return this.current.status5xx.code;
  }

  /** Whether this committed event batch must go unanswered. */
  takeDropReplyAfterCommit(): boolean {
    if (this.current.dropReplyAfterCommit <= 0) return false;
    this.current.dropReplyAfterCommit -= 1;
    this.fired('dropReplyAfterCommit');
    return true;
  }

  resetInjectedCounts(): void {
    for (const kind of Object.keys(this.injected) as FaultKind[]) this.injected[kind] = 0;
  }

  private fired<K extends FaultKind>(kind: K): K {
    this.injected[kind] += 1;
    return kind;
  }
}
