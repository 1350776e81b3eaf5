/**
 * Speaks every call the station pushes (`queue.called`), one after another, and
 * tells the board when the browser wants a touch before it may play sound.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useEvent } from '../api/hooks';
import { useStation } from '../station/StationProvider';
import { createAnnouncementQueue } from './announcementQueue';
import { audioClipPlayer } from './audioClipPlayer';
import { announcementOf } from './callAnnouncement';

export interface CallAnnouncements {
  /** The browser blocked sound: show the "turn sound on" button. */
  soundBlocked: boolean;
  /** From a click handler: lets the waiting announcement play. */
  enableSound(): void;
}

export function useCallAnnouncements(): CallAnnouncements {
  const { clockOffsetMs } = useStation();
  const [voice] = useState(() => {
    const player = audioClipPlayer();
    const queue = createAnnouncementQueue(player, (error, announcement) =>
      console.warn(`Announcement of ${announcement.ticketNumber} cut short: ${error instanceof Error ? error.message : String(error)}`),
    );
    return { player, queue };
  });

  useEvent('queue.called', (call) => {
    const announcement = announcementOf(call, Date.now() + clockOffsetMs);
    if (announcement) voice.queue.enqueue(announcement);
  });

  // A board that goes away stops talking.
  useEffect(() => () => voice.queue.clear(), [voice]);

  const soundBlocked = useSyncExternalStore(voice.player.blocked.subscribe, voice.player.blocked.get);
  const enableSound = useCallback(() => voice.player.unlock(), [voice]);
  return { soundBlocked, enableSound };
}
