import type { Person } from '@contract/dossier';
import type { Db } from '../connection';

interface CitizenRow {
  id: number;
  id_number: string | null;
  old_id_number: string | null;
  full_name: string;
  date_of_birth: string | null;
  gender: 'male' | 'female' | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  verified_from_card: number;
}

export interface CitizenFields {
  idNumber: string | null;
  oldIdNumber: string | null;
  fullName: string;
  nameFolded: string;
  dateOfBirth: string | null;
  gender: 'male' | 'female' | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  verifiedFromCard: boolean;
}

function toPerson(row: CitizenRow): Person {
  return {
    id: row.id,
    idNumber: row.id_number,
    oldIdNumber: row.old_id_number,
    fullName: row.full_name,
    dateOfBirth: row.date_of_birth,
    gender: row.gender,
    address: row.address,
    phone: row.phone,
    email: row.email,
    verifiedFromCard: row.verified_from_card === 1,
  };
}

/** Personal data lives here and only here. */
export interface CitizenRepository {
  byId(id: number): Person | null;
  byIdNumber(idNumber: string): Person | null;
  insert(fields: CitizenFields, now: Date): number;
  /** Updates with what was given; what the officer left empty keeps the stored value. */
  update(id: number, fields: CitizenFields, now: Date): void;
}

export function citizenRepository(db: Db): CitizenRepository {
  const byId = db.prepare<[number], CitizenRow>('SELECT * FROM citizens WHERE id = ?');
  const byIdNumber = db.prepare<[string], CitizenRow>('SELECT * FROM citizens WHERE id_number = ?');
  const insert = db.prepare(`INSERT INTO citizens (id_number, old_id_number, full_name, name_folded, date_of_birth, gender, address, phone, email,
    verified_from_card, created_at, updated_at) VALUES (@idNumber, @oldIdNumber, @fullName, @nameFolded, @dateOfBirth, @gender, @address, @phone,
    @email, @verified, @now, @now)`);
  const update = db.prepare(`UPDATE citizens SET old_id_number = coalesce(@oldIdNumber, old_id_number), full_name = @fullName, name_folded = @nameFolded,
    date_of_birth = coalesce(@dateOfBirth, date_of_birth), gender = coalesce(@gender, gender), address = coalesce(@address, address),
    phone = coalesce(@phone, phone), email = coalesce(@email, email), verified_from_card = @verified, updated_at = @now WHERE id = @id`);
  return {
    byId: (id: number) => {
      const row = byId.get(id);
      return row ? toPerson(row) : null;
    },
    byIdNumber: (idNumber: string) => {
      const row = byIdNumber.get(idNumber);
      return row ? toPerson(row) : null;
    },
    insert: (fields: CitizenFields, now: Date) =>
      Number(insert.run({ ...fields, verified: fields.verifiedFromCard ? 1 : 0, now: now.toISOString() }).lastInsertRowid),
    update: (id: number, fields: CitizenFields, now: Date) =>
      void update.run({ ...fields, id, verified: fields.verifiedFromCard ? 1 : 0, now: now.toISOString() }),
  };
}
