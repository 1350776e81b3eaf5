/**
 * Priority persons served first at one-stop counters (người được ưu tiên).
 */
export const priorityCategories = ['elderly', 'disabled', 'pregnant', 'merit', 'with_child'] as const;
export type PriorityCategory = (typeof priorityCategories)[number];
