/**
 * A token bucket that models one direction of a slow line, shared by every
 * connection. Callers take tokens for the bytes they move and wait for the debt to
 * be paid, so n bytes take n / rate seconds however they are sliced.
 *
 * How much credit the bucket may hold depends on who asks. A transfer's first
 * bytes get none: an idle line does not make the next request faster than the
 * line. A transfer already under way may hold up to `catchUpMs` of credit: that is
 * the time our own timers fired late while it waited, paid back instead of adding
 * up chunk after chunk (a loaded machine is late by milliseconds per timer).
 */
export class TokenBucket {
  private tokens = 0;
  private last: number;

  constructor(
    readonly bytesPerSecond: number,
    private readonly nowMs: () => number = () => performance.now(),
    readonly catchUpMs = 100,
  ) {
    if (!(bytesPerSecond > 0)) throw new RangeError('bytesPerSecond must be positive');
    this.last = this.nowMs();
  }

  /**
   * Takes `bytes` worth of tokens and returns how many ms to wait before those
   * bytes have crossed the line. `continuing`: the caller moved bytes of the same
   * transfer just before and has been waiting on this bucket since.
   */
  reserve(bytes: number, continuing: boolean): number {
    const now = this.nowMs();
    const capacity = continuing ? (this.bytesPerSecond * this.catchUpMs) / 1000 : 0;
    this.tokens = Math.min(capacity, this.tokens + ((now - this.last) * this.bytesPerSecond) / 1000);
    this.last = now;
    this.tokens -= bytes;
    return this.tokens >= 0 ? 0 : (-this.tokens * 1000) / this.bytesPerSecond;
  }
}
