/**
 * The hall board's line of spoken calls. Calls are announced one after another,
 * clip after clip, never two at once; the player is injected (an <audio> player in
 * the board, a hand-driven fake in tests), so this module knows nothing of the DOM.
 *
 * - A call for a ticket that is still waiting its turn replaces the waiting one in
 *   its place (a recall, or a transfer to another counter, says the newest thing
 *   and the ticket does not lose its turn): a ticket is never queued twice.
 * - A call for the ticket being announced right now is queued after it: what is
 *   being said cannot be taken back, so the recall follows.
 * - A clip that fails ends that announcement (half a sentence is worse than none);
 *   the failure is reported and the line goes on with the next call.
 */

export interface Announcement {
  /** The ticket called, e.g. "A015"; two calls of one ticket share it. */
  ticketNumber: string;
  /** Voice clip ids, played in this order. */
  clips: readonly string[];
}

export interface ClipPlayer {
  /** Plays one clip; resolves once it has finished, rejects if it cannot be played. */
  play(clipId: string): Promise<void>;
  /** Told the clips of an announcement as it starts, so it can load them ahead. */
  prepare?(clipIds: readonly string[]): void;
}

export interface AnnouncementQueue {
  /** Adds a call to the line and starts speaking if nothing is being said. */
  enqueue(announcement: Announcement): void;
  /** The announcement being spoken now, or null. */
  readonly current: Announcement | null;
  /** The announcements waiting their turn, next first. */
  readonly pending: readonly Announcement[];
  /** Resolves once the line is empty and nothing is being said (at once if so already). */
  whenIdle(): Promise<void>;
  /** Drops the waiting calls and stops the current one after the clip playing now. */
  clear(): void;
}

/** Ticket numbers are compared as people read them: case and spacing do not matter. */
function ticketKey(ticketNumber: string): string {
  return ticketNumber.normalize('NFC').replace(/\s+/g, '').toLocaleUpperCase('vi');
}

export function createAnnouncementQueue(
  player: ClipPlayer,
  onPlaybackError: (error: unknown, announcement: Announcement) => void = () => {},
): AnnouncementQueue {
  const waiting: Announcement[] = [];
  let current: Announcement | null = null;
  let stopCurrent = false;
  let draining = false;
  let idle: Promise<void> = Promise.resolve();
  let markIdle = () => {};

  async function speak(announcement: Announcement): Promise<void> {
    try {
      player.prepare?.(announcement.clips);
    } catch {
      // Loading ahead is an optimisation; playing each clip still works without it.
    }
    for (const clipId of announcement.clips) {
      if (stopCurrent) return;
      try {
        await player.play(clipId);
      } catch (error) {
        try {
          onPlaybackError(error, announcement);
        } catch {
          // A failing reporter must not silence the calls that follow.
        }
        return;
      }
    }
  }

  async function drain(): Promise<void> {
    for (let next = waiting.shift(); next; next = waiting.shift()) {
      current = next;
      stopCurrent = false;
      await speak(next);
      current = null;
    }
    // No await between the last shift() and here, so an enqueue() cannot slip in
    // while the loop ends and be left unspoken.
    draining = false;
    markIdle();
  }

  return {
    enqueue(announcement) {
      if (announcement.clips.length === 0) return;
      const copy: Announcement = { ticketNumber: announcement.ticketNumber, clips: [...announcement.clips] };
      const key = ticketKey(copy.ticketNumber);
      const queuedAt = waiting.findIndex((item) => ticketKey(item.ticketNumber) === key);
      if (queuedAt >= 0) waiting[queuedAt] = copy;
      else waiting.push(copy);
      if (draining) return;
      draining = true;
      idle = new Promise((resolve) => {
        markIdle = resolve;
      });
      void drain();
    },
    get current() {
      return current;
    },
    get pending() {
      return [...waiting];
    },
    whenIdle: () => idle,
    clear() {
      waiting.length = 0;
      if (current) stopCurrent = true;
    },
  };
}
