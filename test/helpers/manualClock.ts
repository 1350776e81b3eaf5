import type { Clock } from '@domain/time/clock';

/** A clock the test moves by hand: nothing waits for real time to pass. */
export class ManualClock implements Clock {
  private current: number;
  constructor(start: Date | string = '2026-11-23T02:00:00Z') {
    this.current = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(instant: Date | string): void {
    this.current = new Date(instant).getTime();
  }
  advance(ms: number): void {
    this.current += ms;
  }
}
