import { describe, expect, it } from 'vitest';
import {
  CccdError,
  cccdFailureReasons,
  parseCccdQr,
  validatePersonalNumber,
  type CccdCard,
  type CccdFailureReason,
} from '@domain/cccd';
import { intBetween, pick, qrOf, seededRandom, syntheticCard, type Random } from './syntheticCards';

/**
 * A scanner can deliver anything. Whatever string arrives, parseCccdQr either
 * returns a card that obeys every rule or throws a CccdError: any other exception
 * is a bug. Inputs come from a seeded PRNG so a failure replays exactly.
 */

const today = { year: 2025, month: 6, day: 30 };
const todayIso = '2025-06-30';

type Outcome = { card: CccdCard } | { error: CccdError };

const unexpected: string[] = [];

function attempt(payload: string, withToday: boolean): Outcome | undefined {
  try {
    return { card: parseCccdQr(payload, withToday ? { today: todayIso } : {}) };
  } catch (error) {
    if (error instanceof CccdError) return { error };
    if (unexpected.length < 20) unexpected.push(`${String(error)} for ${JSON.stringify(payload)}`);
    return undefined;
  }
}

/** Changes that keep the meaning of a card QR: every one of them must still parse to the same card. */
const harmlessChanges: ((qr: string, card: CccdCard, random: Random) => string)[] = [
  (qr) => qr.normalize('NFD'),
  (qr, _, random) => qr + pick(random, ['\r\n', '\n', '\r', '\r\n\r\n', ' ', '\t']),
  (qr) => `\uFEFF${qr}`,
  (qr, _, random) => ' '.repeat(intBetween(random, 1, 3)) + qr,
  (qr, _, random) => `${qr}|${pick(random, ['', 'x', '2|3', 'N?\uFFFD', '123456789012', 'Nguyễn|Nam'])}`,
  (qr, card, random) => {
    const [word, variants] = card.gender === 'male' ? ['Nam', ['NAM', 'nam', 'nAM']] : ['Nữ', ['NỮ', 'nữ', 'nỮ']];
    return qr.replace(`|${word}|`, `|${pick(random, variants)}|`);
  },
  (qr, card) => qr.replace(card.fullName, card.fullName.replaceAll(' ', '   ')),
  (qr, card) => qr.replace(card.fullName, ` ${card.fullName}\t`),
];

/** Characters a bad scan, a bad keyboard or a bad actor might produce. */
const noise = [
  ...'0123456789',
  ...'||||',
  ...'abcxyzABCXYZ ,./-?\'"<>\\',
  ...'ăâđêôơưĂÂĐÊÔƠƯàáảãạằẳẵặếềểễệọộớờởỡợụứừửữựỳýỷỹỵ',
  '\u0300', '\u0301', '\u0303', '\u0309', '\u0323', // combining tone marks
  '\r', '\n', '\t', '\u0000', '\u0002', '\u0003', '\u007F', '\u0085', '\u00A0', '\u2028',
  '\uFEFF', '\uFFFD', '\uD800', '\uDFFF', '😀', '０', '１', 'Ã', '»', 'º', '€', 'Ä', 'Æ',
];

function damage(text: string, random: Random): string {
  const at = intBetween(random, 0, text.length);
  switch (intBetween(random, 0, 6)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1);
    case 1:
      return text.slice(0, at) + pick(random, noise) + text.slice(at);
    case 2:
      return text.slice(0, at) + pick(random, noise) + text.slice(at + 1);
    case 3:
      return text.slice(0, at) + text.slice(at + 1, at + 2) + text.slice(at, at + 1) + text.slice(at + 2);
    case 4:
      return text.slice(0, at);
    case 5:
      return text.replace('|', '');
    default:
      return text.slice(0, at) + text.slice(at, at + intBetween(random, 1, 12)).repeat(2) + text.slice(at);
  }
}

function randomString(random: Random): string {
  const length = intBetween(random, 0, 160);
  let text = '';
  for (let i = 0; i < length; i++) text += pick(random, noise);
  return text;
}

const cardDigits = (day: number, month: number, year: number) =>
  `${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${year}`;
const digits = (random: Random, count: number) => Array.from({ length: count }, () => intBetween(random, 0, 9)).join('');

/** Seven fields of the right shapes with random digits, so the deeper rules (province, century, dates) are reached. */
function randomlyShapedCard(random: Random): string {
  return [
    random() < 0.9 ? `0${digits(random, 11)}` : digits(random, intBetween(random, 10, 13)),
    random() < 0.5 ? '' : digits(random, intBetween(random, 8, 10)),
    pick(random, ['Lê Thị Hà', 'Phan Văn Bình', '', 'A1']),
    random() < 0.5 ? cardDigits(intBetween(random, 0, 32), intBetween(random, 0, 13), intBetween(random, 1890, 2110)) : digits(random, 8),
    pick(random, ['Nam', 'Nữ', 'nam', 'NỮ', 'Nu', 'Khác']),
    pick(random, ['Xã Ứng Hòa, Hà Nội', '']),
    random() < 0.5 ? cardDigits(intBetween(random, 1, 31), intBetween(random, 1, 12), intBetween(random, 1900, 2030)) : digits(random, 8),
  ].join('|');
}

/**
 * Broken promises found in the loop, checked once at the end: plain comparisons in
 * the hot path keep 100,000 runs within a few seconds.
 */
const problems: string[] = [];
function check(holds: boolean, what: string, payload: string): void {
  if (!holds && problems.length < 20) problems.push(`${what}: ${JSON.stringify(payload)}`);
}

const cardKeys = JSON.stringify(['idNumber', 'oldIdNumber', 'fullName', 'dateOfBirth', 'gender', 'address', 'issueDate']);

/** A card the parser accepted must obey the rules it claims to check. */
function checkLawful(card: CccdCard, withToday: boolean, payload: string): void {
  check(JSON.stringify(Object.keys(card)) === cardKeys, 'result keys', payload);
  try {
    validatePersonalNumber(card.idNumber, { dateOfBirth: card.dateOfBirth, gender: card.gender });
  } catch {
    check(false, 'accepted number fails manual validation', payload);
  }
  check(card.oldIdNumber === null || /^\d{9}$/.test(card.oldIdNumber), 'old id shape', payload);
  check(card.fullName === card.fullName.normalize('NFC'), 'name in NFC', payload);
  check(!/^\s|\s$|\s\s/.test(card.fullName), 'name spaces collapsed', payload);
  check(card.issueDate >= card.dateOfBirth, 'issued after birth', payload);
  check(!withToday || card.issueDate <= todayIso, 'issued by today', payload);
  // What was accepted reads back the same from its own QR line.
  check(JSON.stringify(parseCccdQr(qrOf(card))) === JSON.stringify(card), 'round trip', payload);
}

const reasons = new Set<string>(cccdFailureReasons);

function checkRefusal(error: CccdError, secrets: readonly string[], payload: string): void {
  check(error.code === 'CCCD_INVALID', 'error code', payload);
  check(reasons.has(error.reason), 'known reason', payload);
  check(error.messageVi.length > 10, 'Vietnamese message', payload);
  check(/^[\x20-\x7E]+$/.test(error.detail), 'English ASCII detail', payload);
  for (const secret of secrets) check(!error.detail.includes(secret), 'no personal data in detail', payload);
}

describe('fuzz: only CccdError ever escapes parseCccdQr', () => {
  it('survives 100,000+ random and mutated payloads', () => {
    const random = seededRandom(0x43434344);
    const seen = new Map<CccdFailureReason, number>();
    let valid = 0;
    let damaged = 0;
    let accepted = 0;
    let total = 0;

    // 1. Valid cards, changed in ways that keep their meaning: must parse, to the same card.
    for (let i = 0; i < 30_000; i++, total++) {
      const card = syntheticCard(random, today);
      let qr = qrOf(card);
      for (let n = intBetween(random, 0, 3); n > 0; n--) qr = pick(random, harmlessChanges)(qr, card, random);
      const outcome = attempt(qr, i % 2 === 0);
      if (outcome && 'error' in outcome) check(false, `valid card refused (${outcome.error.reason})`, qr);
      else if (outcome) check(JSON.stringify(outcome.card) === JSON.stringify(card), 'valid card read back unchanged', qr);
      valid++;
    }

    // 2. Valid cards with 1–3 random edits: accepted only if still lawful, else refused cleanly.
    for (let i = 0; i < 40_000; i++, total++) {
      const card = syntheticCard(random, today);
      let qr = qrOf(card);
      for (let n = intBetween(random, 1, 3); n > 0; n--) qr = damage(qr, random);
      const outcome = attempt(qr, i % 2 === 0);
      if (!outcome) continue;
      damaged++;
      if ('card' in outcome) {
        accepted++;
        checkLawful(outcome.card, i % 2 === 0, qr);
      } else {
        seen.set(outcome.error.reason, (seen.get(outcome.error.reason) ?? 0) + 1);
        checkRefusal(outcome.error, [card.idNumber, card.fullName, card.address], qr);
      }
    }

    // 3. Random strings, and random digits in the card's shape.
    for (let i = 0; i < 30_000; i++, total++) {
      const qr = i % 2 === 0 ? randomString(random) : randomlyShapedCard(random);
      const outcome = attempt(qr, i % 4 < 2);
      if (!outcome) continue;
      if ('card' in outcome) checkLawful(outcome.card, i % 4 < 2, qr);
      else {
        seen.set(outcome.error.reason, (seen.get(outcome.error.reason) ?? 0) + 1);
        checkRefusal(outcome.error, [], qr);
      }
    }

    expect(unexpected).toEqual([]);
    expect(problems).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(100_000);
    expect(valid).toBe(30_000);
    expect(damaged).toBe(40_000);
    // Some edits are harmless (a digit of the random part, a letter of the address)…
    expect(accepted).toBeGreaterThan(1_000);
    // …and the fuzz reached every rule, not just the first one.
    expect([...seen.keys()].sort()).toEqual([...cccdFailureReasons].sort());
  });
});
