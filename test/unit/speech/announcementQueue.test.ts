import { describe, expect, it } from 'vitest';
import { announcementFor, type AnnouncementCall } from '../../../main/domain/speech/announcement';
import { AnnouncementQueue, type ClipPlayer } from '../../../main/domain/speech/announcementQueue';

/**
 * A player the test drives by hand: it records every clip it is asked to play and
 * finishes (or fails) the clip playing now only when told to. It also notes if it
 * was ever asked to play while a clip was still playing.
 */
class HandPlayer implements ClipPlayer {
  readonly played: string[] = [];
  overlaps = 0;
  private playing: { resolve: () => void; reject: (error: Error) => void } | null = null;
  private onNextPlay: (() => void) | null = null;

  play(clipId: string): Promise<void> {
    if (this.playing) this.overlaps++;
    this.played.push(clipId);
    this.onNextPlay?.();
    this.onNextPlay = null;
    return new Promise((resolve, reject) => {
      this.playing = { resolve, reject };
    });
  }

  get isPlaying(): boolean {
    return this.playing !== null;
  }

  /** Ends the clip playing now, then waits until the queue has started the next clip or gone idle. */
  async finishClip(queue: AnnouncementQueue): Promise<void> {
    await this.settle(queue, (playing) => playing.resolve());
  }

  /** Makes the clip playing now fail, then waits like finishClip. */
  async failClip(queue: AnnouncementQueue, error: Error): Promise<void> {
    await this.settle(queue, (playing) => playing.reject(error));
  }

  /** Finishes clips until the queue is idle. */
  async finishAll(queue: AnnouncementQueue): Promise<void> {
    while (this.playing) await this.finishClip(queue);
  }

  private async settle(queue: AnnouncementQueue, end: (playing: NonNullable<HandPlayer['playing']>) => void): Promise<void> {
    const playing = this.playing;
    if (!playing) throw new Error('no clip is playing');
    this.playing = null;
    const nextPlay = new Promise<void>((resolve) => {
      this.onNextPlay = resolve;
    });
    end(playing);
    await Promise.race([nextPlay, queue.whenIdle()]);
  }
}

function setUp() {
  const player = new HandPlayer();
  const failures: { error: unknown; call: AnnouncementCall }[] = [];
  const queue = new AnnouncementQueue(player, { onPlaybackError: (error, call) => failures.push({ error, call }) });
  return { player, queue, failures };
}

const a015: AnnouncementCall = { ticketNumber: 'A015', counterNumber: 3, recall: false };
const b002: AnnouncementCall = { ticketNumber: 'B002', counterNumber: 12, recall: false };
const c101: AnnouncementCall = { ticketNumber: 'C101', counterNumber: 1, recall: false };
const clipsOf = (call: AnnouncementCall) => announcementFor(call).clips;

describe('the announcement queue', () => {
  it('starts announcing at once, one clip at a time, each only after the previous one finished', async () => {
    const { player, queue } = setUp();
    queue.enqueue(a015);
    expect(player.played).toEqual(['chime']);
    await player.finishClip(queue);
    expect(player.played).toEqual(['chime', 'moi-cong-dan-co-so-thu-tu']);
    await player.finishAll(queue);
    expect(player.played).toEqual(clipsOf(a015));
    expect(player.overlaps).toBe(0);
    expect(queue.current).toBeNull();
  });

  it('announces calls that arrive meanwhile after the current one, in arrival order, never overlapping', async () => {
    const { player, queue } = setUp();
    queue.enqueue(a015);
    await player.finishClip(queue);
    queue.enqueue(b002);
    queue.enqueue(c101);
    expect(queue.current).toEqual(a015);
    expect(queue.pending).toEqual([b002, c101]);
    await player.finishAll(queue);
    expect(player.played).toEqual([...clipsOf(a015), ...clipsOf(b002), ...clipsOf(c101)]);
    expect(player.overlaps).toBe(0);
  });

  it('does not queue a waiting ticket twice: its recall replaces it in its place in the line', async () => {
    const { player, queue } = setUp();
    queue.enqueue(a015);
    queue.enqueue(b002);
    queue.enqueue(c101);
    const b002Recall = { ...b002, recall: true };
    queue.enqueue(b002Recall);
    expect(queue.pending).toEqual([b002Recall, c101]);
    await player.finishAll(queue);
    expect(player.played).toEqual([...clipsOf(a015), ...clipsOf(b002Recall), ...clipsOf(c101)]);
  });

  it('matches the waiting ticket however its number is written (case, spaces)', () => {
    const { queue } = setUp();
    queue.enqueue(a015);
    queue.enqueue(b002);
    queue.enqueue({ ticketNumber: ' b002', counterNumber: 4, recall: true });
    expect(queue.pending).toEqual([{ ticketNumber: ' b002', counterNumber: 4, recall: true }]);
  });

  it('queues a recall of the ticket being announced now: what is being said cannot be taken back', async () => {
    const { player, queue } = setUp();
    queue.enqueue(a015);
    const recall = { ...a015, recall: true };
    queue.enqueue(recall);
    expect(queue.pending).toEqual([recall]);
    await player.finishAll(queue);
    expect(player.played).toEqual([...clipsOf(a015), ...clipsOf(recall)]);
  });

  it('starts again after going idle', async () => {
    const { player, queue } = setUp();
    queue.enqueue(a015);
    await player.finishAll(queue);
    await queue.whenIdle();
    queue.enqueue(b002);
    expect(player.played.at(-1)).toBe('chime');
    await player.finishAll(queue);
    expect(player.played).toEqual([...clipsOf(a015), ...clipsOf(b002)]);
  });

  it('whenIdle resolves only after the last clip of the last call has finished', async () => {
    const { player, queue } = setUp();
    let idle = false;
    queue.enqueue(a015);
    void queue.whenIdle().then(() => {
      idle = true;
    });
    while (player.played.length < clipsOf(a015).length) await player.finishClip(queue);
    await Promise.resolve();
    expect(idle).toBe(false);
    await player.finishClip(queue);
    expect(idle).toBe(true);
  });

  it('a clip that fails ends that announcement, is reported with its call, and the next call still plays', async () => {
    const { player, queue, failures } = setUp();
    queue.enqueue(a015);
    queue.enqueue(b002);
    await player.finishClip(queue);
    const failure = new Error('audio device gone');
    await player.failClip(queue, failure);
    expect(failures).toEqual([{ error: failure, call: a015 }]);
    await player.finishAll(queue);
    expect(player.played).toEqual([...clipsOf(a015).slice(0, 2), ...clipsOf(b002)]);
  });

  it('keeps going when the error reporter itself throws', async () => {
    const player = new HandPlayer();
    const queue = new AnnouncementQueue(player, {
      onPlaybackError: () => {
        throw new Error('reporter broken');
      },
    });
    queue.enqueue(a015);
    queue.enqueue(b002);
    await player.failClip(queue, new Error('no sound'));
    await player.finishAll(queue);
    expect(player.played).toEqual(['chime', ...clipsOf(b002)]);
  });

  it('clear() drops the waiting calls and ends the current one after the clip playing now', async () => {
    const { player, queue } = setUp();
    queue.enqueue(a015);
    queue.enqueue(b002);
    await player.finishClip(queue);
    queue.clear();
    expect(queue.pending).toEqual([]);
    expect(player.isPlaying).toBe(true);
    await player.finishClip(queue);
    expect(player.isPlaying).toBe(false);
    await queue.whenIdle();
    expect(player.played).toEqual(clipsOf(a015).slice(0, 2));
    queue.enqueue(c101);
    await player.finishAll(queue);
    expect(player.played).toEqual([...clipsOf(a015).slice(0, 2), ...clipsOf(c101)]);
  });

  it('refuses an unreadable call without disturbing the line', async () => {
    const { player, queue } = setUp();
    queue.enqueue(a015);
    expect(() => queue.enqueue({ ticketNumber: 'A-1', counterNumber: 2, recall: false })).toThrow(/VALIDATION_FAILED/);
    expect(queue.pending).toEqual([]);
    await player.finishAll(queue);
    expect(player.played).toEqual(clipsOf(a015));
  });

  it('is not changed by the caller mutating a call after enqueueing it', () => {
    const { queue } = setUp();
    const call = { ...a015 };
    queue.enqueue(call);
    call.counterNumber = 9;
    expect(queue.current).toEqual(a015);
  });
});
