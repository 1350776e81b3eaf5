/**
 * Folds Vietnamese text for search: "Nguyễn Văn Đức" → "nguyen van duc". People at
 * a counter type without diacritics, and SQLite's own remove_diacritics leaves "đ"
 * alone (it is a letter, not d + a mark), so we store and query a folded column.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
