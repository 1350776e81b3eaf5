/** Amounts in đồng as people write them: 5.000 đ (Vietnamese) or 5,000 VND (English). */
export function formatDong(amount: number, locale: string): string {
  const digits = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(amount);
  return locale.startsWith('vi') ? `${digits} đ` : `${digits} VND`;
}
