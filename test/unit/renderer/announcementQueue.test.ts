import { describe, expect, it } from 'vitest';
import { createAnnouncementQueue, type Announcement, type AnnouncementQueue } from '../../../renderer/src/voice/announcementQueue';

/**
 * A player the test drives by hand: it records each clip it is asked to play and
 * ends (or fails) the clip playing now only when told to. It counts any request
 * to play while a clip is still playing, which must never happen.
 */
class HandPlayer {
  readonly played: string[] = [];
  /** What the queue asked to load ahead, one entry per announcement, with the clips played by then. */
  readonly prepared: Array<{ clips: readonly string[]; playedBefore: number }> = [];
  overlaps = 0;
  private playing: { resolve: () => void; reject: (error: Error) => void } | null = null;
  private nextStarted: (() => void) | null = null;

  play = (clipId: string): Promise<void> => {
    if (this.playing) this.overlaps += 1;
    this.played.push(clipId);
    this.nextStarted?.();
    this.nextStarted = null;
    return new Promise((resolve, reject) => {
      this.playing = { resolve, reject };
    });
  };

  prepare = (clipIds: readonly string[]): void => {
    this.prepared.push({ clips: [...clipIds], playedBefore: this.played.length });
  };

  get isPlaying(): boolean {
    return this.playing !== null;
  }

  /** Ends the clip playing now and waits until the queue started the next one or went idle. */
  finishClip(queue: AnnouncementQueue): Promise<void> {
    return this.end(queue, (playing) => playing.resolve());
  }

  failClip(queue: AnnouncementQueue, error: Error): Promise<void> {
    return this.end(queue, (playing) => playing.reject(error));
  }

  async finishAll(queue: AnnouncementQueue): Promise<void> {
    while (this.playing) await this.finishClip(queue);
  }

  private async end(queue: AnnouncementQueue, how: (playing: { resolve: () => void; reject: (error: Error) => void }) => void) {
    const playing = this.playing;
    if (!playing) throw new Error('no clip is playing');
    this.playing = null;
    const started = new Promise<void>((resolve) => {
      this.nextStarted = resolve;
    });
    how(playing);
    await Promise.race([started, queue.whenIdle()]);
  }
}

function setUp() {
  const player = new HandPlayer();
  const failures: Array<{ error: unknown; ticketNumber: string }> = [];
  const queue = createAnnouncementQueue(player, (error, announcement) => failures.push({ error, ticketNumber: announcement.ticketNumber }));
  return { player, queue, failures };
}

const call = (ticketNumber: string, counter: string, opening = 'moi-cong-dan-co-so-thu-tu'): Announcement => ({
  ticketNumber,
  clips: ['chime', opening, ticketNumber, 'den-quay-so', counter],
});

describe('the board announcement queue', () => {
  it('plays the clips of one call in order, then is idle', async () => {
    const { player, queue } = setUp();
    queue.enqueue(call('A015', 'num-3'));
    expect(player.played).toEqual(['chime']);
    await player.finishAll(queue);
    await queue.whenIdle();
    expect(player.played).toEqual(['chime', 'moi-cong-dan-co-so-thu-tu', 'A015', 'den-quay-so', 'num-3']);
    expect(queue.current).toBeNull();
  });

  it('never lets two announcements overlap: the second starts after the last clip of the first', async () => {
    const { player, queue } = setUp();
    queue.enqueue(call('A001', 'num-1'));
    queue.enqueue(call('B002', 'num-2'));
    expect(queue.current?.ticketNumber).toBe('A001');
    expect(queue.pending.map((a) => a.ticketNumber)).toEqual(['B002']);
    for (let clip = 0; clip < 4; clip += 1) await player.finishClip(queue);
    // The first call's last clip is still playing: the second has not begun.
    expect(player.played).toEqual(['chime', 'moi-cong-dan-co-so-thu-tu', 'A001', 'den-quay-so', 'num-1']);
    await player.finishClip(queue);
    expect(queue.current?.ticketNumber).toBe('B002');
    expect(player.played.slice(5)).toEqual(['chime']);
    await player.finishAll(queue);
    expect(player.overlaps).toBe(0);
  });

  it('a recall of a ticket still waiting its turn replaces it in place instead of queueing twice', async () => {
    const { player, queue } = setUp();
    queue.enqueue(call('A001', 'num-1'));
    queue.enqueue(call('A002', 'num-2'));
    queue.enqueue(call('B001', 'num-3'));
    queue.enqueue(call('a 002', 'num-4', 'moi-lai-cong-dan-co-so-thu-tu'));
    expect(queue.pending.map((a) => [a.ticketNumber, a.clips.at(-1)])).toEqual([
      ['a 002', 'num-4'],
      ['B001', 'num-3'],
    ]);
    await player.finishAll(queue);
    const spokenCounters = player.played.filter((clip) => clip.startsWith('num-'));
    expect(spokenCounters).toEqual(['num-1', 'num-4', 'num-3']);
    expect(player.played.filter((clip) => clip === 'moi-lai-cong-dan-co-so-thu-tu')).toHaveLength(1);
  });

  it('a recall of the ticket being spoken now follows it: what is said cannot be taken back', async () => {
    const { player, queue } = setUp();
    queue.enqueue(call('A001', 'num-1'));
    await player.finishClip(queue);
    queue.enqueue(call('A001', 'num-1', 'moi-lai-cong-dan-co-so-thu-tu'));
    expect(queue.pending).toHaveLength(1);
    await player.finishAll(queue);
    expect(player.played).toEqual([
      ...['chime', 'moi-cong-dan-co-so-thu-tu', 'A001', 'den-quay-so', 'num-1'],
      ...['chime', 'moi-lai-cong-dan-co-so-thu-tu', 'A001', 'den-quay-so', 'num-1'],
    ]);
  });

  it('a clip that fails ends its announcement, is reported, and the next call is still spoken', async () => {
    const { player, queue, failures } = setUp();
    queue.enqueue(call('A001', 'num-1'));
    queue.enqueue(call('B001', 'num-2'));
    await player.finishClip(queue);
    await player.failClip(queue, new Error('clip missing'));
    expect(failures).toEqual([{ error: new Error('clip missing'), ticketNumber: 'A001' }]);
    expect(queue.current?.ticketNumber).toBe('B001');
    await player.finishAll(queue);
    expect(player.played).toEqual([
      'chime',
      'moi-cong-dan-co-so-thu-tu',
      ...['chime', 'moi-cong-dan-co-so-thu-tu', 'B001', 'den-quay-so', 'num-2'],
    ]);
  });

  it('starts again when a call arrives after the line went quiet', async () => {
    const { player, queue } = setUp();
    queue.enqueue(call('A001', 'num-1'));
    await player.finishAll(queue);
    await queue.whenIdle();
    expect(player.isPlaying).toBe(false);
    queue.enqueue(call('A002', 'num-1'));
    expect(player.isPlaying).toBe(true);
    expect(player.played.at(-1)).toBe('chime');
    await player.finishAll(queue);
    expect(player.played.filter((clip) => clip === 'chime')).toHaveLength(2);
  });

  it('ignores a call without clips', async () => {
    const { player, queue } = setUp();
    queue.enqueue({ ticketNumber: 'A001', clips: [] });
    await queue.whenIdle();
    expect(player.played).toEqual([]);
  });

  it('clear drops the waiting calls and stops the current one after the clip playing now', async () => {
    const { player, queue } = setUp();
    queue.enqueue(call('A001', 'num-1'));
    queue.enqueue(call('B001', 'num-2'));
    queue.clear();
    expect(queue.pending).toEqual([]);
    await player.finishClip(queue);
    await queue.whenIdle();
    expect(player.played).toEqual(['chime']);
  });

  it('lets the player load each announcement’s clips before its first clip plays', async () => {
    const { player, queue } = setUp();
    queue.enqueue(call('A001', 'num-1'));
    queue.enqueue(call('B001', 'num-2'));
    await player.finishAll(queue);
    expect(player.prepared).toEqual([
      { clips: call('A001', 'num-1').clips, playedBefore: 0 },
      { clips: call('B001', 'num-2').clips, playedBefore: 5 },
    ]);
  });

  it('keeps its own copy of a call: changing the caller’s array later changes nothing', async () => {
    const { player, queue } = setUp();
    const clips = ['chime', 'A001'];
    queue.enqueue({ ticketNumber: 'A001', clips });
    clips.push('extra');
    await player.finishAll(queue);
    expect(player.played).toEqual(['chime', 'A001']);
  });
});
