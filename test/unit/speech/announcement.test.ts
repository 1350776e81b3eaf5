import { describe, expect, it } from 'vitest';
import { isAppError } from '@domain/errors';
import { allClipIds, announcementFor } from '@domain/speech/announcement';
import { allVoiceClips } from '@domain/speech/voiceClips';
import { letterClip, readableLetters } from '@domain/speech/letterNames';

const call = (ticketNumber: string, counterNumber: number, recall = false) => announcementFor({ ticketNumber, counterNumber, recall });

function refusal(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

describe('the announcement of a call', () => {
  it('A015 to counter 3: chime, the opening, the letter and digits one by one, then the counter as a number', () => {
    expect(call('A015', 3)).toEqual({
      text: 'Mời công dân có số thứ tự a không một năm đến quầy số ba.',
      clips: ['chime', 'moi-cong-dan-co-so-thu-tu', 'letter-a', 'digit-0', 'digit-1', 'digit-5', 'den-quay-so', 'num-3'],
    });
  });

  it('a recall opens with "Mời lại công dân có số thứ tự"', () => {
    expect(call('A015', 3, true)).toEqual({
      text: 'Mời lại công dân có số thứ tự a không một năm đến quầy số ba.',
      clips: ['chime', 'moi-lai-cong-dan-co-so-thu-tu', 'letter-a', 'digit-0', 'digit-1', 'digit-5', 'den-quay-so', 'num-3'],
    });
  });

  it('reads letters by their Vietnamese names: B014 is "bê không một bốn"', () => {
    const announcement = call('B014', 2);
    expect(announcement.text).toBe('Mời công dân có số thứ tự bê không một bốn đến quầy số hai.');
    expect(announcement.clips.slice(2, 6)).toEqual(['letter-b', 'digit-0', 'digit-1', 'digit-4']);
  });

  it.each([
    [1, 'num-1', 'một'],
    [10, 'num-10', 'mười'],
    [11, 'num-11', 'mười một'],
    [15, 'num-15', 'mười lăm'],
    [21, 'num-21', 'hai mươi mốt'],
    [24, 'num-24', 'hai mươi tư'],
    [99, 'num-99', 'chín mươi chín'],
  ])('counter %i is one clip, %s, read "quầy số %s"', (counter, clipId, words) => {
    const announcement = call('C007', counter);
    expect(announcement.clips).toEqual(['chime', 'moi-cong-dan-co-so-thu-tu', 'letter-c', 'digit-0', 'digit-0', 'digit-7', 'den-quay-so', clipId]);
    expect(announcement.text).toBe(`Mời công dân có số thứ tự xê không không bảy đến quầy số ${words}.`);
  });

  it('a counter past 99 has no number clip, so it is read digit by digit', () => {
    const announcement = call('A001', 105);
    expect(announcement.clips.slice(-4)).toEqual(['den-quay-so', 'digit-1', 'digit-0', 'digit-5']);
    expect(announcement.text).toMatch(/đến quầy số một không năm\.$/);
  });

  it('reads a ticket without a prefix, a prefix of several letters, lower case and Đ', () => {
    expect(call('015', 1).clips.slice(2, 5)).toEqual(['digit-0', 'digit-1', 'digit-5']);
    expect(call('UT003', 1).text).toContain('số thứ tự u tê không không ba đến');
    expect(call(' a015 ', 1).clips[2]).toBe('letter-a');
    expect(call('Đ002', 1).clips[2]).toBe('letter-dd');
    expect(call('Đ002', 1).text).toContain('số thứ tự đê không không hai');
  });

  it('refuses a ticket it cannot read, with a Vietnamese message', () => {
    for (const ticket of ['', 'A', 'A-015', 'A 015', '015A', 'Ç001', '٣']) {
      const error = refusal(() => call(ticket, 1));
      expect(isAppError(error) && error.code).toBe('VALIDATION_FAILED');
      expect(isAppError(error) && error.messageVi).toContain('Số thứ tự');
    }
  });

  it('refuses a counter that is not a positive integer', () => {
    for (const counter of [0, -3, 2.5, Number.NaN]) {
      const error = refusal(() => call('A001', counter));
      expect(isAppError(error) && error.code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('letter names', () => {
  it.each([
    ['A', 'a'],
    ['B', 'bê'],
    ['C', 'xê'],
    ['D', 'dê'],
    ['Đ', 'đê'],
    ['E', 'e'],
    ['G', 'giê'],
    ['H', 'hát'],
    ['K', 'ca'],
    ['L', 'e lờ'],
    ['Q', 'quy'],
    ['S', 'ét xì'],
    ['X', 'ích xì'],
    ['Y', 'i dài'],
  ])('%s is read "%s"', (letter, name) => {
    expect(letterClip(letter)?.name).toBe(name);
  });

  it('covers every letter A–Z and the Vietnamese letters with marks', () => {
    const expected = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'Ă', 'Â', 'Đ', 'Ê', 'Ô', 'Ơ', 'Ư'];
    for (const letter of expected) expect(letterClip(letter), letter).not.toBeNull();
    expect(readableLetters()).toHaveLength(expected.length);
  });
});

describe('the clip set', () => {
  it('has unique ids that are safe file names', () => {
    const ids = allClipIds();
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('holds the chime, the three phrases, every letter, ten digits and counters 1–99', () => {
    const ids = allClipIds();
    expect(ids).toContain('chime');
    expect(ids).toEqual(expect.arrayContaining(['moi-cong-dan-co-so-thu-tu', 'moi-lai-cong-dan-co-so-thu-tu', 'den-quay-so']));
    expect(ids.filter((id) => id.startsWith('digit-'))).toHaveLength(10);
    expect(ids.filter((id) => id.startsWith('num-'))).toEqual(Array.from({ length: 99 }, (_, i) => `num-${i + 1}`));
    expect(ids.filter((id) => id.startsWith('letter-'))).toHaveLength(readableLetters().length);
  });

  it('contains every clip any announcement uses: all letters, all digits, counters 1–120, calls and recalls', () => {
    const known = new Set(allClipIds());
    for (const letter of readableLetters()) {
      for (let counter = 1; counter <= 120; counter++) {
        for (const recall of [false, true]) {
          for (const clip of announcementFor({ ticketNumber: `${letter}0123456789`, counterNumber: counter, recall }).clips) {
            if (!known.has(clip)) expect(clip).toBe('a clip of allClipIds()');
          }
        }
      }
    }
  });

  it('the sentence is exactly the clips\' texts in order', () => {
    const textOf = new Map(allVoiceClips().map((clip) => [clip.id, clip.text]));
    for (const announcement of [call('A015', 3), call('Đ120', 24, true), call('XY9', 150)]) {
      const spoken = announcement.clips.flatMap((id) => textOf.get(id) ?? []).join(' ');
      expect(announcement.text.toLocaleLowerCase('vi')).toBe(`${spoken.toLocaleLowerCase('vi')}.`);
    }
  });
});
