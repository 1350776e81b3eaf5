import type { TimerHandle, Timers } from '../../main/runtime/timers';

interface Pending {
  id: number;
  at: number;
  callback: () => void;
}

/** Timers the test moves by hand: back-off and idle gaps pass without sleeping. */
export class ManualTimers implements Timers {
  private now = 0;
  private nextId = 1;
  private pending: Pending[] = [];

  setTimeout(callback: () => void, ms: number): TimerHandle {
    const timer = { id: this.nextId++, at: this.now + ms, callback };
    this.pending.push(timer);
    return timer.id;
  }

  clearTimeout(handle: TimerHandle): void {
    this.pending = this.pending.filter((timer) => timer.id !== handle);
  }

  /** Delays (from now) of the timers still waiting, soonest first. */
  waiting(): number[] {
    return this.pending.map((timer) => timer.at - this.now).sort((a, b) => a - b);
  }

  /** Moves time forward, firing every timer that falls due, in order. */
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const due = this.pending.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.pending = this.pending.filter((timer) => timer !== due);
      this.now = due.at;
      due.callback();
    }
    this.now = until;
  }
}
