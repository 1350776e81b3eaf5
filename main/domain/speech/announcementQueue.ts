/**
 * The display board's announcement queue: calls are announced one after another,
 * clip after clip, never two at once. Framework-free: the renderer injects a
 * player that plays one clip and resolves when it has finished; tests inject one
 * they drive by hand.
 *
 * - A call for a ticket that is still waiting to be announced replaces the waiting
 *   one in its place in the line (a recall or a transfer to another counter says
 *   the newest thing, and the ticket does not lose its turn); it is never queued
 *   twice.
 * - A call for the ticket being announced right now is queued: what is already
 *   being said cannot be taken back, so the recall follows it.
 * - A clip that fails to play ends that announcement (half a sentence is worse than
 *   none); the failure is reported and the queue goes on with the next call.
 */
import { announcementFor, type Announcement, type AnnouncementCall } from './announcement';

export interface ClipPlayer {
  /** Plays one clip; resolves when it has finished playing, rejects if it cannot be played. */
  play(clipId: string): Promise<void>;
}

export interface AnnouncementQueueOptions {
  /** Told when a clip of `call` failed to play; the rest of that announcement was skipped. */
  onPlaybackError: (error: unknown, call: AnnouncementCall) => void;
}

interface QueuedCall {
  call: AnnouncementCall;
  announcement: Announcement;
}

/** Two calls are for the same ticket if their numbers match ignoring case and spaces. */
function ticketKey(ticketNumber: string): string {
  return ticketNumber.normalize('NFC').trim().toLocaleUpperCase('vi');
}

export class AnnouncementQueue {
  private readonly waiting: QueuedCall[] = [];
  private playing: QueuedCall | null = null;
  private busy = false;
  private stopAfterClip = false;
  private idle: Promise<void> = Promise.resolve();
  private markIdle: () => void = () => {};

  constructor(
    private readonly player: ClipPlayer,
    private readonly options: AnnouncementQueueOptions,
  ) {}

  /**
   * Adds a call to the line and starts announcing if nothing is. Throws
   * VALIDATION_FAILED (and queues nothing) for a ticket or counter it cannot read.
   */
  enqueue(call: AnnouncementCall): void {
    const queued: QueuedCall = { call: { ...call }, announcement: announcementFor(call) };
    const key = ticketKey(call.ticketNumber);
    const existing = this.waiting.findIndex((item) => ticketKey(item.call.ticketNumber) === key);
    if (existing >= 0) this.waiting[existing] = queued;
    else this.waiting.push(queued);
    if (!this.busy) this.start();
  }

  /** The call being announced now, or null. */
  get current(): AnnouncementCall | null {
    return this.playing ? { ...this.playing.call } : null;
  }

  /** The calls waiting their turn, next first. */
  get pending(): AnnouncementCall[] {
    return this.waiting.map((item) => ({ ...item.call }));
  }

  /** Resolves once every queued call has been announced (at once if none is). */
  whenIdle(): Promise<void> {
    return this.idle;
  }

  /**
   * Drops every waiting call and ends the current announcement after the clip
   * playing now (a clip cannot be cut mid-word through this interface). For a board
   * that is closing or switching off its sound.
   */
  clear(): void {
    this.waiting.length = 0;
    if (this.playing) this.stopAfterClip = true;
  }

  private start(): void {
    this.busy = true;
    this.idle = new Promise((resolve) => {
      this.markIdle = resolve;
    });
    void this.drain();
  }

  private async drain(): Promise<void> {
    for (let next = this.waiting.shift(); next; next = this.waiting.shift()) {
      this.playing = next;
      this.stopAfterClip = false;
      await this.announce(next);
      this.playing = null;
    }
    // No await between the last shift() and here: an enqueue() can never slip in
    // while the loop is ending and be left unplayed.
    this.busy = false;
    this.markIdle();
  }

  private async announce(queued: QueuedCall): Promise<void> {
    for (const clipId of queued.announcement.clips) {
      if (this.stopAfterClip) return;
      try {
        await this.player.play(clipId);
      } catch (error) {
        try {
          this.options.onPlaybackError(error, { ...queued.call });
        } catch {
          // A failing reporter must not stop the board from announcing the next call.
        }
        return;
      }
    }
  }
}
