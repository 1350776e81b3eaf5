import { describe, expect, it } from 'vitest';
import { announcementOf, staleCallMs } from '../../../renderer/src/voice/callAnnouncement';

const at = '2026-03-02T02:15:00.000Z';
const clips = ['chime', 'moi-cong-dan-co-so-thu-tu', 'letter-a', 'digit-0', 'digit-1', 'digit-5', 'den-quay-so', 'num-3'];
const call = { ticketNumber: 'A015', at, clips };

describe('which calls the board speaks', () => {
  it('speaks the clips the station sent, in the order it sent them', () => {
    expect(announcementOf(call, Date.parse(at) + 1500)).toEqual({ ticketNumber: 'A015', clips });
  });

  it('still speaks a call that arrives up to a minute late (a slow network, a busy board)', () => {
    expect(announcementOf(call, Date.parse(at) + staleCallMs)).not.toBeNull();
  });

  it('does not speak a call that is older than that when it arrives (replayed after an outage)', () => {
    expect(announcementOf(call, Date.parse(at) + staleCallMs + 1)).toBeNull();
  });

  it('speaks a call stamped slightly ahead of the board’s idea of station time', () => {
    expect(announcementOf(call, Date.parse(at) - 2000)).toEqual({ ticketNumber: 'A015', clips });
  });
});
