import { randomUUID } from 'node:crypto';
import type { DossierIntake, PersonInput, Procedure } from '@contract';
import { expectOk, type TestStation } from './testStation';

/** Synthetic applicants: valid personal numbers whose digits agree with birth year and gender. */
export const applicants: Record<'duc' | 'lan', PersonInput> = {
  duc: { idNumber: '038090001234', fullName: 'Nguyễn Văn Đức', dateOfBirth: '1990-05-12', gender: 'male', address: 'Thôn Đông, xã Đông Sơn, tỉnh Thanh Hóa', phone: '0912345678', email: null, verifiedFromCard: true },
  lan: { idNumber: '038195004321', fullName: 'Trần Thị Lan', dateOfBirth: '1995-02-01', gender: 'female', address: 'Thôn Tây, xã Đông Sơn', phone: '0987654321', email: 'lan@example.vn', verifiedFromCard: false },
};

export async function procedureNamed(station: TestStation, token: string, name: string): Promise<Procedure> {
  const found = expectOk(await station.call('catalogue.procedures', { query: name }, token)) as Procedure[];
  const procedure = found.find((p) => p.name === name);
  if (!procedure) throw new Error(`No procedure named ${name}`);
  return procedure;
}

export function intakeFor(procedure: Procedure, applicant: PersonInput = applicants.duc, extra: Partial<DossierIntake> = {}): DossierIntake {
  return {
    requestId: randomUUID(),
    procedureId: procedure.id,
    applicant,
    documents: procedure.components.map((c) => ({ componentId: c.id, name: c.name, originals: c.originals, copies: c.copies })),
    attachments: [],
    sets: 1,
    ...extra,
  };
}
