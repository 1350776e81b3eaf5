/**
 * Event ids as UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then a
 * 12-bit counter, then 62 random bits. An eventId is a B-tree key at both ends
 * (the outbox's UNIQUE index, the province's primary key): random version-4 ids
 * land on a random leaf page each, so every batch dirtied pages all over the
 * index and a province with millions of events pays for it on every insert.
 * Time-ordered ids append at the right edge instead. The 62 random bits keep ids
 * unguessable and unique across stations.
 *
 * The counter (RFC 9562 "method 1") keeps the ids of one process strictly
 * increasing within a millisecond and when the clock steps back (tests move it
 * by hand; NTP corrections happen): the time part then stays at the last one used.
 */
import { randomBytes } from 'node:crypto';

const maxCounter = 0xfff;

export function timeOrderedUuidGenerator(random: (size: number) => Buffer = randomBytes) {
  let lastMs = -1;
  let counter = 0;
  return (at: Date): string => {
    let ms = at.getTime();
    const bytes = random(16);
    if (ms > lastMs) {
      // A fresh millisecond starts the counter low, leaving room to count up within it.
      counter = bytes[6]! & 0x07;
    } else {
      ms = lastMs;
      counter += 1;
      if (counter > maxCounter) {
        ms += 1;
        counter = 0;
      }
    }
    lastMs = ms;
    bytes.writeUIntBE(ms, 0, 6);
    bytes[6] = 0x70 | (counter >> 8);
    bytes[7] = counter & 0xff;
    bytes[8] = 0x80 | (bytes[8]! & 0x3f);
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}

/** The station's generator: one per process, so ids from any unit of work keep increasing. */
export const timeOrderedUuid = timeOrderedUuidGenerator();
