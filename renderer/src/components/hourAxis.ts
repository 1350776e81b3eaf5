/**
 * Which hours a day chart puts on its axis: office hours always, other hours only
 * when they hold something. Hours the data does not reach (later today) are on
 * the axis without a value, so the day keeps its shape as it fills in.
 */
export interface HourValue {
  hour: number;
  value: number;
}

export interface AxisHour {
  hour: number;
  /** null: no figure for this hour (it has not come yet). */
  value: number | null;
}

export const officeStartHour = 7;
export const officeEndHour = 17;

export function hoursOnAxis(values: readonly HourValue[]): AxisHour[] {
  const busy = values.filter((row) => row.value > 0).map((row) => row.hour);
  const first = Math.min(officeStartHour, ...busy);
  const last = Math.max(officeEndHour, ...busy);
  const byHour = new Map(values.map((row) => [row.hour, row.value]));
  return Array.from({ length: last - first + 1 }, (_, index) => {
    const hour = first + index;
    return { hour, value: byHour.get(hour) ?? null };
  });
}
