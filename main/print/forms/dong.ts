/**
 * Money on the forms: whole đồng, thousands grouped with dots as Vietnamese
 * writes them ("1.000.000 đ"). Grouping is done by hand rather than with
 * Intl so the output does not depend on the ICU data Node or Electron ship.
 */
import { AppError } from '@domain/errors';

/** "1.000.000 đ" for 1000000. */
export function formatDong(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new AppError('VALIDATION_FAILED', { detail: 'A fee must be a whole, non-negative number of dong' });
  }
  return `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đ`;
}
