/**
 * Plays the station's voice clips (`/voice/vi/<clipId>.wav`, shipped with the UI)
 * through <audio> elements, one element per clip kept for reuse, so a clip is
 * fetched and decoded once and the words of a sentence follow each other closely.
 * Two things a hall TV must survive:
 * - A browser that blocks sound until someone touches the page (autoplay policy):
 *   the clip waits, `blocked` turns true so the board can show a button, and
 *   `unlock()` — called from that button's click — plays it. The Electron display
 *   window allows autoplay, so it never gets there.
 * - A clip that stops making progress (no audio device, a stalled file): a
 *   watchdog gives up on it, so the calls after it are still spoken.
 */
import { valueStore, type ValueStore } from '../state/valueStore';
import type { ClipPlayer } from './announcementQueue';

export interface AudioClipPlayer extends ClipPlayer {
  /** True while a clip waits for a user gesture before the browser lets it play. */
  readonly blocked: ValueStore<boolean>;
  /** Call from a click handler: plays the waiting clip with the click's permission. */
  unlock(): void;
}

const clipBase = '/voice/vi/';
/** How often a playing clip is checked for progress. */
const watchEveryMs = 1000;
/** A clip whose position has not moved for this long is given up. */
const stalledAfterMs = 5000;

export function clipUrl(clipId: string): string {
  return `${clipBase}${encodeURIComponent(clipId)}.wav`;
}

export function audioClipPlayer(): AudioClipPlayer {
  const blocked = valueStore(false);
  const elements = new Map<string, HTMLAudioElement>();
  /** Starts of clips held back by the autoplay policy, run again on unlock. */
  let held: Array<() => void> = [];
  let unlocked = false;

  const elementFor = (clipId: string): HTMLAudioElement => {
    let audio = elements.get(clipId);
    if (!audio) {
      audio = new Audio(clipUrl(clipId));
      audio.preload = 'auto';
      elements.set(clipId, audio);
    }
    return audio;
  };

  return {
    blocked,

    unlock() {
      unlocked = true;
      blocked.set(false);
      const starts = held;
      held = [];
      for (const start of starts) start();
    },

    prepare(clipIds) {
      for (const clipId of clipIds) elementFor(clipId);
    },

    play(clipId) {
      return new Promise<void>((resolve, reject) => {
        const audio = elementFor(clipId);
        let watchdog: ReturnType<typeof setInterval> | undefined;
        let done = false;
        const finish = (error?: unknown) => {
          if (done) return;
          done = true;
          clearInterval(watchdog);
          audio.onended = null;
          audio.onerror = null;
          if (error === undefined) {
            resolve();
            return;
          }
          audio.pause();
          // A broken element is dropped; the next call of this clip starts afresh.
          elements.delete(clipId);
          reject(error);
        };
        audio.onended = () => finish();
        audio.onerror = () => finish(new Error(`Voice clip ${clipId} could not be loaded`));

        const watch = () => {
          let position = audio.currentTime;
          let movedAt = Date.now();
          watchdog = setInterval(() => {
            if (audio.currentTime !== position) {
              position = audio.currentTime;
              movedAt = Date.now();
            } else if (Date.now() - movedAt >= stalledAfterMs) {
              finish(new Error(`Voice clip ${clipId} stopped playing`));
            }
          }, watchEveryMs);
        };

        const start = () => {
          // Loading counts as no progress too: a clip that never arrives is given up.
          watch();
          audio.play().catch((error: unknown) => {
            const notAllowed = error instanceof DOMException && error.name === 'NotAllowedError';
            // Ask for a touch once; if sound is still refused after it, give up on this clip.
            if (notAllowed && !unlocked && !done) {
              clearInterval(watchdog);
              held.push(start);
              blocked.set(true);
            } else {
              finish(error);
            }
          });
        };
        audio.currentTime = 0;
        start();
      });
    },
  };
}
