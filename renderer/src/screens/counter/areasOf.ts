import type { ServiceArea } from '@contract';

/** The areas with these ids, in the catalogue's order. */
export function areasOf(ids: readonly number[], areas: readonly ServiceArea[]): ServiceArea[] {
  return areas.filter((area) => ids.includes(area.id)).sort((a, b) => a.sortOrder - b.sortOrder);
}
