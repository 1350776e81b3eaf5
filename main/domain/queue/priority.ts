/**
 * Priority persons served first at one-stop counters (người được ưu tiên).
 */
export const priorityCategories = ['elderly', 'disabled', 'pregnant', 'merit', 'with_child'] as const;
export type PriorityCategory = (typeof priorityCategories)[number];

/** As printed on the ticket and shown on the kiosk. */
export const priorityLabelsVi: Record<PriorityCategory, string> = {
  elderly: 'Người cao tuổi',
  disabled: 'Người khuyết tật',
  pregnant: 'Phụ nữ mang thai',
  merit: 'Người có công',
  with_child: 'Người đi cùng trẻ nhỏ',
};
