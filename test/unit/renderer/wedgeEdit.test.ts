import { describe, expect, it } from 'vitest';
import { editedText } from '../../../renderer/src/scanner/wedgeEdit';

describe('carrying out a keyboard-wedge verdict on a field', () => {
  it('a retract takes back the character the burst left just before the caret', () => {
    expect(editedText('Nguyễn V0', 9, 1, '')).toEqual({ value: 'Nguyễn V', caret: 8 });
  });

  it('a retract in the middle of the text keeps what follows the caret', () => {
    expect(editedText('abXcd', 3, 1, '')).toEqual({ value: 'abcd', caret: 2 });
  });

  it('held-back typing is given back at the caret, in order', () => {
    expect(editedText('Văn', 0, 0, 'Nguyễn ')).toEqual({ value: 'Nguyễn Văn', caret: 7 });
  });

  it('a character outside the basic plane counts as one character', () => {
    expect(editedText('a😀', 3, 1, '')).toEqual({ value: 'a', caret: 1 });
  });

  it('nothing to take back in an empty field is no error', () => {
    expect(editedText('', 0, 1, '')).toEqual({ value: '', caret: 0 });
  });
});
