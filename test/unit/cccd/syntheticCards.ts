/**
 * Synthetic cards for the CCCD tests: a generator of cards that obey every rule,
 * driven by a seeded PRNG. No real person's data.
 */
import type { CccdCard } from '@domain/cccd';
import { birthRegistrationProvinces } from '@domain/cccd';
import type { Random } from '../../helpers/seededRandom';

export { seededRandom, type Random } from '../../helpers/seededRandom';

export const intBetween = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const familyNames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const middleNames = ['Văn', 'Thị', 'Hữu', 'Đức', 'Ngọc', 'Minh', 'Thùy', 'Quốc', 'Xuân', 'Thành'];
const givenNames = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hương', 'Khánh', 'Linh', 'Nhung', 'Phúc', 'Quyên', 'Sơn', 'Tuấn', 'Uyên', 'Yến', 'Ánh', 'Đạt', "H'Hen"];
const streets = ['Lê Lợi', 'Trần Hưng Đạo', 'Nguyễn Trãi', 'Hai Bà Trưng', 'Điện Biên Phủ', 'Hùng Vương'];
const wards = ['Phường Bến Nghé', 'Phường Hoàn Kiếm', 'Xã Ứng Hòa', 'Phường Thủy Châu', 'Xã Đắk Mil', 'Đặc khu Phú Quốc'];
const cities = ['TP. Hồ Chí Minh', 'Hà Nội', 'Thừa Thiên Huế', 'Đắk Lắk', 'Kiên Giang', 'Quảng Ninh'];

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export interface CivilDay {
  year: number;
  month: number;
  day: number;
}

/** A day between two others, inclusive (the test's own calendar, via Date.UTC, to cross-check the domain's). */
function dayBetween(random: Random, from: CivilDay, to: CivilDay): CivilDay {
  const start = Date.UTC(from.year, from.month - 1, from.day);
  const end = Date.UTC(to.year, to.month - 1, to.day);
  const at = new Date(start + Math.floor(random() * ((end - start) / 86_400_000 + 1)) * 86_400_000);
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
}

export const isoOf = (d: CivilDay) => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
export const cardDateOf = (d: CivilDay) => `${pad(d.day)}${pad(d.month)}${pad(d.year, 4)}`;

/** The QR line a card would carry (no trailing newline). */
export function qrOf(card: CccdCard, genderWord = card.gender === 'male' ? 'Nam' : 'Nữ'): string {
  const date = (iso: string) => iso.slice(8, 10) + iso.slice(5, 7) + iso.slice(0, 4);
  return [card.idNumber, card.oldIdNumber ?? '', card.fullName, date(card.dateOfBirth), genderWord, card.address, date(card.issueDate)].join('|');
}

/** A card that obeys every rule, born and issued on or before `today`. */
export function syntheticCard(random: Random, today: CivilDay): CccdCard {
  const birth = dayBetween(random, { year: 1900, month: 1, day: 1 }, today);
  const issue = dayBetween(random, birth, today);
  const gender = random() < 0.5 ? 'male' : 'female';
  const digitFour = ((birth.year - 1900 - ((birth.year - 1900) % 100)) / 100) * 2 + (gender === 'female' ? 1 : 0);
  const province = pick(random, birthRegistrationProvinces).code;
  const idNumber = `${province}${digitFour}${pad(birth.year % 100)}${pad(intBetween(random, 0, 999_999), 6)}`;
  const fullName = [pick(random, familyNames), pick(random, middleNames), pick(random, givenNames)].join(' ');
  const address = `Số ${intBetween(random, 1, 300)} ${pick(random, streets)}, ${pick(random, wards)}, ${pick(random, cities)}`;
  return {
    idNumber,
    oldIdNumber: random() < 0.4 ? null : pad(intBetween(random, 0, 999_999_999), 9),
    fullName,
    dateOfBirth: isoOf(birth),
    gender,
    address,
    issueDate: isoOf(issue),
  };
}
