/**
 * Which `queue.called` events the board speaks, and what it says: exactly the clips
 * the station sent (the board never composes a sentence itself). A call that is
 * already old when it arrives — events replayed after the board was offline for a
 * while — is shown but not spoken: that citizen was called long ago.
 */
import type { EventPayload } from '@contract';
import type { Announcement } from './announcementQueue';

/** Older calls are not announced any more. */
export const staleCallMs = 60_000;

export function announcementOf(
  call: Pick<EventPayload<'queue.called'>, 'ticketNumber' | 'at' | 'clips'>,
  stationNowMs: number,
): Announcement | null {
  const calledAt = Date.parse(call.at);
  if (Number.isFinite(calledAt) && stationNowMs - calledAt > staleCallMs) return null;
  return { ticketNumber: call.ticketNumber, clips: call.clips };
}
