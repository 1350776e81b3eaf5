/**
 * One person on the intake form (the applicant, or whoever files for them) as the
 * officer sees it: text as typed, which fields came from the CCCD and are still
 * untouched, and the conversions to and from what the station stores.
 */
import type { CccdCardView, Person, PersonInput } from '@contract';

export const personFields = ['idNumber', 'oldIdNumber', 'fullName', 'dateOfBirth', 'gender', 'address', 'phone', 'email'] as const;
export type PersonField = (typeof personFields)[number];
/** What a CCCD's QR carries (phone and email never come from the card). */
export const cardFields: readonly PersonField[] = ['idNumber', 'oldIdNumber', 'fullName', 'dateOfBirth', 'gender', 'address'];

export interface PersonDraft {
  idNumber: string;
  oldIdNumber: string;
  fullName: string;
  /** As typed: dd/mm/yyyy. */
  dateOfBirth: string;
  gender: '' | 'male' | 'female';
  address: string;
  phone: string;
  email: string;
  /** Fields filled from the card and not edited since: they show "đã xác thực từ CCCD". */
  verified: readonly PersonField[];
  /** Filled from a card and no card field edited since: the station records the person as verified. */
  fromCard: boolean;
}

export function emptyPerson(): PersonDraft {
  return { idNumber: '', oldIdNumber: '', fullName: '', dateOfBirth: '', gender: '', address: '', phone: '', email: '', verified: [], fromCard: false };
}

/** `1990-05-12` → `12/05/1990`. */
export function dateInputOf(iso: string | null): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}

/**
 * `12/05/1990` (also 12-05-1990, 12.05.1990, 1/5/1990) → `1990-05-12`; '' → null;
 * anything else, or a day that does not exist, → 'invalid'.
 */
export function isoDateOf(typed: string): string | null | 'invalid' {
  const text = typed.trim();
  if (text === '') return null;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!match) return 'invalid';
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1900) return 'invalid';
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The person after the officer changed one field: a card field edited is no longer the card's word. */
export function editedPerson(person: PersonDraft, field: PersonField, value: string): PersonDraft {
  if (person[field] === value) return person;
  const wasVerified = person.verified.includes(field);
  return {
    ...person,
    [field]: value,
    verified: wasVerified ? person.verified.filter((other) => other !== field) : person.verified,
    fromCard: wasVerified ? false : person.fromCard,
  };
}

/** Filled from a scanned card: every card field replaced and marked; contact details kept. */
export function personFromCard(card: CccdCardView, previous: PersonDraft): PersonDraft {
  const filled: PersonDraft = {
    ...previous,
    idNumber: card.idNumber,
    oldIdNumber: card.oldIdNumber ?? '',
    fullName: card.fullName,
    dateOfBirth: dateInputOf(card.dateOfBirth),
    gender: card.gender,
    address: card.address,
    verified: [],
    fromCard: true,
  };
  return { ...filled, verified: cardFields.filter((field) => filled[field] !== '') };
}

/**
 * Filled from the station's record of the citizen. Card marks stay on fields the
 * record agrees with; contact details fill only where the officer left them empty.
 */
export function personFromRecord(record: Person, previous: PersonDraft): PersonDraft {
  let next = previous;
  const set = (field: PersonField, value: string | null, onlyIfEmpty: boolean) => {
    if (value === null || value === '' || (onlyIfEmpty && next[field] !== '')) return;
    next = editedPerson(next, field, value);
  };
  set('idNumber', record.idNumber, false);
  set('oldIdNumber', record.oldIdNumber, false);
  set('fullName', record.fullName, false);
  set('dateOfBirth', dateInputOf(record.dateOfBirth), false);
  set('gender', record.gender, false);
  set('address', record.address, false);
  set('phone', record.phone, true);
  set('email', record.email, true);
  return next;
}

/** What the station is sent; the date is already checked (an invalid one is sent as null). */
export function personInputOf(person: PersonDraft): PersonInput {
  const date = isoDateOf(person.dateOfBirth);
  return {
    idNumber: person.idNumber.trim() || null,
    oldIdNumber: person.oldIdNumber.trim() || null,
    fullName: person.fullName.trim(),
    dateOfBirth: date === 'invalid' ? null : date,
    gender: person.gender === '' ? null : person.gender,
    address: person.address.trim() || null,
    phone: person.phone.trim() || null,
    email: person.email.trim() || null,
    verifiedFromCard: person.fromCard,
  };
}

/** Only the phone and email of the station's record, where the form has none (after a card scan). */
export function contactFromRecord(record: Person, previous: PersonDraft): PersonDraft {
  let next = previous;
  if (record.phone && next.phone === '') next = editedPerson(next, 'phone', record.phone);
  if (record.email && next.email === '') next = editedPerson(next, 'email', record.email);
  return next;
}
