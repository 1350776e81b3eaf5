/**
 * Pushes every station event to every window of the app. A window that is gone or
 * that is (somehow) not showing our origin is skipped, so events never reach a
 * foreign page.
 */
import { ipcChannels, type EventMessage } from '@contract/wire';
import { isAppUrl } from './appOrigin';

export interface StationEventSource {
  subscribe(listener: (event: EventMessage) => void): () => void;
}

/** The part of a WebContents the fan-out uses. */
export interface EventRecipient {
  isDestroyed(): boolean;
  getURL(): string;
  send(channel: string, ...args: unknown[]): void;
}

/** Starts forwarding; returns the function that stops it. */
export function fanOutStationEvents(events: StationEventSource, recipients: () => Iterable<EventRecipient>): () => void {
  return events.subscribe((event) => {
    for (const recipient of recipients()) {
      if (recipient.isDestroyed() || !isAppUrl(recipient.getURL())) continue;
      recipient.send(ipcChannels.event, event);
    }
  });
}
