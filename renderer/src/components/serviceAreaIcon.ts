/**
 * Picks the drawing for a service area. The catalogue's `icon` may name one of our
 * icons directly; otherwise the area's Vietnamese name decides (areas come from
 * provincial catalogues, so their names are the stable part).
 */
import type { ServiceArea } from '@contract';
import { isIconName, type IconName } from './icons';

const byKeyword: ReadonlyArray<[RegExp, IconName]> = [
  [/ho tich|khai sinh|ket hon|gia dinh|civil|family/, 'family'],
  [/chung thuc|cong chung|certif|stamp/, 'stamp'],
  [/dat dai|tai nguyen|moi truong|land/, 'land'],
  [/xa hoi|lao dong|nguoi co cong|bao tro|social|care/, 'care'],
  [/kinh doanh|doanh nghiep|ho kinh doanh|dau tu|thuong mai|business/, 'briefcase'],
  [/tu phap|phap ly|justice|law/, 'scales'],
  [/xay dung|quy hoach|construct/, 'crane'],
  [/giao thong|van tai|transport/, 'car'],
  [/giao duc|dao tao|educat/, 'book'],
  [/y te|suc khoe|health/, 'health'],
];

/** Lower-case ASCII form of Vietnamese text for keyword matching. */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

export function serviceAreaIcon(area: Pick<ServiceArea, 'icon' | 'name' | 'code'>): IconName {
  if (area.icon && isIconName(area.icon)) return area.icon;
  const text = folded(`${area.icon ?? ''} ${area.name} ${area.code}`);
  for (const [pattern, icon] of byKeyword) if (pattern.test(text)) return icon;
  return 'document';
}
