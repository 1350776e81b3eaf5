/**
 * Catches empty mandatory fields before a form is sent, so the officer reads
 * "please fill this in" next to the field rather than the schema's generic
 * length message. The station still validates everything itself.
 */
import { AppError } from '@contract';

export function emptyFieldsError(
  values: Readonly<Record<string, string>>,
  required: readonly string[],
  message: string,
): AppError | undefined {
  const issues = required.filter((key) => !(values[key] ?? '').trim()).map((path) => ({ path, message }));
  if (issues.length === 0) return undefined;
  return new AppError('VALIDATION_FAILED', { detail: 'Required fields left empty (checked in the renderer)', issues });
}
