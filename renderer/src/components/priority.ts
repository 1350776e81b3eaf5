/**
 * The priority persons of the one-stop rules, in the order the kiosk offers them,
 * with the drawing that stands for each.
 */
import { priorityCategorySchema, type PriorityCategoryName } from '@contract';
import type { IconName } from './icons';

export const priorityCategories: readonly PriorityCategoryName[] = priorityCategorySchema.options;

export const priorityIcon: Record<PriorityCategoryName, IconName> = {
  elderly: 'elderly',
  disabled: 'wheelchair',
  pregnant: 'pregnant',
  merit: 'medal',
  with_child: 'child',
};
