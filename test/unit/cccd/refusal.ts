import { expect } from 'vitest';
import { CccdError } from '@domain/cccd';

/** The CccdError a call throws; fails the test when it returns or throws anything else. */
export function refusal(call: () => unknown): CccdError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(CccdError);
    return error as CccdError;
  }
  throw new Error('expected a CccdError, but the call succeeded');
}
