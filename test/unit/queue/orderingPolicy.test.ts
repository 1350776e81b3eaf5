import { describe, expect, it } from 'vitest';
import { peopleAhead, pickNextTicket, ticketNumber, type Candidate, type CallingCounter } from '@domain/queue';

const minute = 60_000;
const t0 = Date.parse('2026-11-23T01:00:00Z');
let nextId = 1;
function ticket(partial: Partial<Candidate> & { at: number }): Candidate {
  return { id: nextId++, areaId: 1, priority: false, targetCounterId: null, issuedAt: t0 + partial.at * minute, ...partial };
}
const counter = (over: Partial<CallingCounter> = {}): CallingCounter => ({ counterId: 1, openAreaIds: [1], consecutivePriorityCalls: 0, ...over });
const policy = { maxConsecutivePriority: 3, normalMaxWaitMinutes: 20 };

describe('ticket numbers', () => {
  it('are the area prefix and a three-digit daily sequence', () => {
    expect(ticketNumber('A', 1)).toBe('A001');
    expect(ticketNumber('B', 14)).toBe('B014');
    expect(ticketNumber('C', 1234)).toBe('C1234');
    expect(() => ticketNumber('A', 0)).toThrow();
  });
});

describe('who is called next', () => {
  it('nobody when nothing waits in the counter\'s areas', () => {
    expect(pickNextTicket([ticket({ at: 0, areaId: 2 })], counter(), t0, policy)).toBeNull();
  });

  it('the oldest normal ticket when no priority person waits', () => {
    const a = ticket({ at: 5 });
    const b = ticket({ at: 2 });
    expect(pickNextTicket([a, b], counter(), t0, policy)).toBe(b);
  });

  it('a priority person before normal tickets that waited longer', () => {
    const normal = ticket({ at: 0 });
    const elderly = ticket({ at: 9, priority: true });
    expect(pickNextTicket([normal, elderly], counter(), t0 + 10 * minute, policy)).toBe(elderly);
  });

  it('ties on issue time go by issue order', () => {
    const first = ticket({ at: 3 });
    const second = ticket({ at: 3 });
    expect(pickNextTicket([second, first], counter(), t0, policy)).toBe(first);
    const p1 = ticket({ at: 3, priority: true });
    const p2 = ticket({ at: 3, priority: true });
    expect(pickNextTicket([p2, first, p1], counter(), t0, policy)).toBe(p1);
  });

  it('after K priority calls in a row, a normal ticket that waited M minutes goes next', () => {
    const normal = ticket({ at: 0 });
    const priority = ticket({ at: 1, priority: true });
    const now = t0 + 20 * minute;
    expect(pickNextTicket([normal, priority], counter({ consecutivePriorityCalls: 2 }), now, policy)).toBe(priority);
    expect(pickNextTicket([normal, priority], counter({ consecutivePriorityCalls: 3 }), now, policy)).toBe(normal);
  });

  it('the anti-starvation rule waits until the normal ticket has waited long enough', () => {
    const normal = ticket({ at: 0 });
    const priority = ticket({ at: 1, priority: true });
    expect(pickNextTicket([normal, priority], counter({ consecutivePriorityCalls: 5 }), t0 + 19 * minute + 59_999, policy)).toBe(priority);
    expect(pickNextTicket([normal, priority], counter({ consecutivePriorityCalls: 5 }), t0 + 20 * minute, policy)).toBe(normal);
  });

  it('K = 0 switches the anti-starvation rule off', () => {
    const normal = ticket({ at: 0 });
    const priority = ticket({ at: 1, priority: true });
    expect(pickNextTicket([normal, priority], counter({ consecutivePriorityCalls: 99 }), t0 + 999 * minute, { ...policy, maxConsecutivePriority: 0 })).toBe(priority);
  });

  it('a ticket transferred to a counter is called only by that counter, whatever its area', () => {
    const forCounter2 = ticket({ at: 0, areaId: 9, targetCounterId: 2 });
    const normal = ticket({ at: 5 });
    expect(pickNextTicket([forCounter2, normal], counter({ counterId: 1 }), t0, policy)).toBe(normal);
    expect(pickNextTicket([forCounter2, normal], counter({ counterId: 2 }), t0, policy)).toBe(forCounter2);
  });

  it('a transferred ticket keeps its place by its original issue time', () => {
    const transferredIn = ticket({ at: 1, areaId: 1 }); // issued at minute 1 in another area, moved here
    const localLater = ticket({ at: 4 });
    expect(pickNextTicket([localLater, transferredIn], counter(), t0, policy)).toBe(transferredIn);
  });

  it('always picks an eligible ticket, and the one the rules name, for every small queue', () => {
    // Exhaustive over all queues of up to 4 tickets from 2 areas × 2 kinds × 3 issue times, and streaks 0–4.
    const shapes: Omit<Candidate, 'id'>[] = [];
    for (const areaId of [1, 2]) for (const priority of [false, true]) for (const at of [0, 10, 30]) shapes.push({ areaId, priority, issuedAt: t0 + at * minute, targetCounterId: null });
    const now = t0 + 40 * minute;
    let checked = 0;
    const visit = (queue: Candidate[], start: number) => {
      for (let streak = 0; streak <= 4; streak += 1) {
        const picked = pickNextTicket(queue, counter({ consecutivePriorityCalls: streak }), now, policy);
        const mine = queue.filter((c) => c.areaId === 1);
        if (mine.length === 0) {
          expect(picked).toBeNull();
          continue;
        }
        expect(picked && picked.areaId).toBe(1);
        const order = (a: Candidate, b: Candidate) => a.issuedAt - b.issuedAt || a.id - b.id;
        const oldestP = mine.filter((c) => c.priority).sort(order)[0];
        const oldestN = mine.filter((c) => !c.priority).sort(order)[0];
        const starving = oldestP && oldestN && streak >= 3 && now - oldestN.issuedAt >= 20 * minute;
        expect(picked).toBe(starving ? oldestN : (oldestP ?? oldestN));
        checked += 1;
      }
      if (queue.length === 4) return;
      for (let i = start; i < shapes.length; i += 1) visit([...queue, { ...shapes[i]!, id: queue.length + 1 }], i);
    };
    visit([], 0);
    expect(checked).toBeGreaterThan(5000);
  });
});

describe('people ahead', () => {
  it('a normal ticket waits behind all priority tickets and earlier normal ones of its area', () => {
    const n1 = ticket({ at: 0 });
    const p1 = ticket({ at: 5, priority: true });
    const other = ticket({ at: 0, areaId: 2 });
    const me = ticket({ at: 3 });
    const later = ticket({ at: 6 });
    expect(peopleAhead(me, [n1, p1, other, me, later])).toBe(2);
  });

  it('a priority ticket waits only behind earlier priority tickets', () => {
    const n1 = ticket({ at: 0 });
    const p1 = ticket({ at: 1, priority: true });
    const me = ticket({ at: 2, priority: true });
    expect(peopleAhead(me, [n1, p1, me])).toBe(1);
  });
});

describe('the call order shown at a counter', () => {
  it('is exactly the sequence of picks the policy would make', async () => {
    const { callOrder } = await import('@domain/queue');
    const queue = [
      ticket({ at: 0 }),
      ticket({ at: 1, priority: true }),
      ticket({ at: 2, priority: true }),
      ticket({ at: 3 }),
      ticket({ at: 4, priority: true }),
      ticket({ at: 5, priority: true }),
      ticket({ at: 6 }),
    ];
    const now = t0 + 60 * minute;
    const order = callOrder(queue, counter({ consecutivePriorityCalls: 1 }), now, policy);
    const expected: number[] = [];
    let remaining = [...queue];
    let streak = 1;
    while (remaining.length) {
      const next = pickNextTicket(remaining, counter({ consecutivePriorityCalls: streak }), now, policy)!;
      expected.push(next.id);
      remaining = remaining.filter((t) => t !== next);
      streak = next.priority ? streak + 1 : 0;
    }
    expect(order.map((t) => t.id)).toEqual(expected);
    expect(callOrder(queue, counter(), now, policy, 3)).toHaveLength(3);
  });
});
