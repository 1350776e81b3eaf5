import { describe, expect, it } from 'vitest';
import { syncEventSchema } from '../../../main/sync/protocol';
import { timeOrderedUuidGenerator } from '../../../main/services/timeOrderedUuid';
import { seededRandom } from '../../helpers/seededRandom';

const at = (iso: string) => new Date(iso);
const bytesFrom = (next: () => number) => (size: number) => Buffer.from(Array.from({ length: size }, () => Math.floor(next() * 256)));

describe('time-ordered event ids (UUID v7)', () => {
  it('are version 7, RFC variant, carry the millisecond, and pass the protocol schema', () => {
    const id = timeOrderedUuidGenerator()(at('2026-11-23T01:00:00.123Z'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.parse('2026-11-23T01:00:00.123Z'));
    expect(syncEventSchema.shape.eventId.safeParse(id).success).toBe(true);
  });

  it('increase strictly within a millisecond, across milliseconds and when the clock steps back', () => {
    const next = timeOrderedUuidGenerator(bytesFrom(seededRandom(7)));
    const instants = [
      ...Array.from({ length: 5000 }, () => at('2026-11-23T01:00:00.000Z')),
      at('2026-11-23T01:00:00.001Z'),
      at('2026-11-23T00:59:00.000Z'),
      at('2026-11-23T01:00:00.500Z'),
    ];
    const ids = instants.map(next);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('differ between generators at the same instant (the random part)', () => {
    const instant = at('2026-11-23T01:00:00.000Z');
    const ids = Array.from({ length: 1000 }, () => timeOrderedUuidGenerator()(instant));
    expect(new Set(ids).size).toBe(1000);
  });
});
