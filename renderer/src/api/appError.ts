/**
 * Whatever a call threw, as the one error family the screens know how to show
 * (ErrorNotice): the station's AppError as it came, anything else as INTERNAL.
 */
import { AppError } from '@contract';

export function asAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError('INTERNAL', { detail: error instanceof Error ? error.message : 'Unknown failure' });
}
