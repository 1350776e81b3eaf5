/**
 * A byte count as people read it ("12,3 kB"): the largest decimal unit that keeps
 * the number at 1 or more, named by Intl in the screen's language.
 */
const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
export type ByteUnit = (typeof units)[number];

export function byteSizeParts(bytes: number): { value: number; unit: ByteUnit } {
  let value = Math.max(0, bytes);
  let index = 0;
  while (value >= 1000 && index < units.length - 1) {
    value /= 1000;
    index += 1;
  }
  return { value, unit: units[index] ?? 'byte' };
}

export function formatByteSize(bytes: number, locale: string): string {
  const { value, unit } = byteSizeParts(bytes);
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: unit === 'byte' ? 0 : 1,
  }).format(value);
}
