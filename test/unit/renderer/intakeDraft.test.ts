import { describe, expect, it } from 'vitest';
import type { CccdCardView, Person, Procedure } from '@contract';
import { dossierIntakeSchema } from '@contract';
import {
  draftProblems,
  emptyIntake,
  feesOf,
  intakeInputOf,
  missingMandatory,
  withProcedure,
  type IntakeDraft,
} from '../../../renderer/src/screens/intake/intakeDraft';
import {
  contactFromRecord,
  editedPerson,
  emptyPerson,
  isoDateOf,
  personFromCard,
  personFromRecord,
  personInputOf,
} from '../../../renderer/src/screens/intake/personDraft';

const card: CccdCardView = {
  idNumber: '038090001234',
  oldIdNumber: null,
  fullName: 'Nguyễn Văn Đức',
  dateOfBirth: '1990-05-12',
  gender: 'male',
  address: 'Thôn Đông, xã Đông Sơn, tỉnh Thanh Hóa',
  issueDate: '2021-04-15',
};

const procedure: Procedure = {
  id: 4,
  code: '1.004873',
  name: 'Cấp giấy xác nhận tình trạng hôn nhân',
  areaId: 1,
  timeLimit: { kind: 'working_days', value: 3 },
  fees: [
    { code: null, name: 'Lệ phí cấp giấy xác nhận tình trạng hôn nhân', amount: 5000 },
    { code: null, name: 'Phí miễn', amount: 0 },
  ],
  components: [
    { id: 11, code: null, name: 'Tờ khai cấp giấy xác nhận tình trạng hôn nhân', originals: 1, copies: 0, mandatory: true },
    { id: 12, code: null, name: 'Giấy tờ chứng minh đã ly hôn (nếu có)', originals: 0, copies: 1, mandatory: false },
  ],
  resultPlace: null,
  active: true,
};

const messages = {
  required: 'Vui lòng nhập thông tin này.',
  dateInvalid: 'Ngày không hợp lệ',
  idNumberInvalid: 'Số định danh 12 chữ số',
  procedureMissing: 'Chọn thủ tục',
  uploading: 'Đang tải tệp',
  documentNameMissing: 'Tên giấy tờ',
};

const requestId = '0b9c2f3e-5a4d-4e1f-9c8b-7a6d5e4f3a2b';

describe('a person on the intake form', () => {
  it('a scanned card fills every card field, marks them verified and keeps the phone typed before', () => {
    const before = editedPerson(emptyPerson(), 'phone', '0912345678');
    const filled = personFromCard(card, before);
    expect(filled).toMatchObject({ fullName: 'Nguyễn Văn Đức', dateOfBirth: '12/05/1990', gender: 'male', phone: '0912345678', fromCard: true });
    expect(filled.verified).toEqual(['idNumber', 'fullName', 'dateOfBirth', 'gender', 'address']);
    expect(personInputOf(filled)).toMatchObject({ idNumber: '038090001234', dateOfBirth: '1990-05-12', verifiedFromCard: true, oldIdNumber: null });
  });

  it('editing a card field drops its mark and the person is no longer verified; other marks stay', () => {
    const edited = editedPerson(personFromCard(card, emptyPerson()), 'address', 'Số 5, thôn Đông, xã Đông Sơn');
    expect(edited.verified).not.toContain('address');
    expect(edited.verified).toContain('fullName');
    expect(personInputOf(edited).verifiedFromCard).toBe(false);
  });

  it('adding a phone number to a card-filled person keeps it verified', () => {
    const withPhone = editedPerson(personFromCard(card, emptyPerson()), 'phone', '0912345678');
    expect(personInputOf(withPhone).verifiedFromCard).toBe(true);
  });

  it('a known citizen fills the form; after a scan only the missing contact details come from the record', () => {
    const record: Person = { id: 3, ...card, oldIdNumber: null, phone: '0987654321', email: 'duc@example.vn', verifiedFromCard: true };
    const typed = editedPerson(emptyPerson(), 'idNumber', '038090001234');
    expect(personFromRecord(record, typed)).toMatchObject({ fullName: 'Nguyễn Văn Đức', dateOfBirth: '12/05/1990', phone: '0987654321', fromCard: false });
    const scanned = contactFromRecord(record, personFromCard(card, emptyPerson()));
    expect(scanned).toMatchObject({ phone: '0987654321', email: 'duc@example.vn', fromCard: true });
  });

  it('dates are read the way people write them and impossible days are caught', () => {
    expect(isoDateOf('12/05/1990')).toBe('1990-05-12');
    expect(isoDateOf('1.5.1990')).toBe('1990-05-01');
    expect(isoDateOf('')).toBeNull();
    expect(isoDateOf('31/02/1990')).toBe('invalid');
    expect(isoDateOf('1990-05-12')).toBe('invalid');
  });
});

describe('the intake form as the station receives it', () => {
  const filled = (): IntakeDraft => {
    const draft = withProcedure({ ...emptyIntake(), applicant: personFromCard(card, emptyPerson()) }, procedure);
    return { ...draft, sets: 2, documents: draft.documents.map((d) => (d.componentId === 11 ? { ...d, received: true } : d)) };
  };

  it('sends only the papers ticked as received and links each file to its paper’s place in that list', () => {
    const draft = filled();
    draft.attachments = [
      { key: 'f1', fileName: 'to-khai.pdf', size: 900, state: 'stored', progress: 1, sha256: 'a'.repeat(64), error: null, localProblem: null, documentKey: 'component-11' },
      { key: 'f2', fileName: 'ly-hon.pdf', size: 900, state: 'stored', progress: 1, sha256: 'b'.repeat(64), error: null, localProblem: null, documentKey: 'component-12' },
    ];
    const input = intakeInputOf(draft, { requestId, ticketId: 7, counterId: 2 });
    expect(input.documents).toEqual([{ componentId: 11, name: 'Tờ khai cấp giấy xác nhận tình trạng hôn nhân', originals: 1, copies: 0 }]);
    // The divorce paper was not handed in: its file stays, linked to nothing.
    expect(input.attachments).toEqual([
      { sha256: 'a'.repeat(64), fileName: 'to-khai.pdf', documentIndex: 0 },
      { sha256: 'b'.repeat(64), fileName: 'ly-hon.pdf', documentIndex: null },
    ]);
    expect(dossierIntakeSchema.safeParse(input).success).toBe(true);
  });

  it('fees are the charged ones times the sets', () => {
    expect(feesOf(procedure, 2)).toEqual({ lines: [{ name: 'Lệ phí cấp giấy xác nhận tình trạng hôn nhân', perSet: 5000, total: 10000 }], total: 10000 });
    expect(feesOf(null, 3)).toEqual({ lines: [], total: 0 });
  });

  it('mandatory papers left unticked are named', () => {
    const draft = withProcedure(emptyIntake(), procedure);
    expect(missingMandatory(draft).map((d) => d.componentId)).toEqual([11]);
    expect(missingMandatory(filled())).toEqual([]);
  });

  it('changing the procedure replaces its checklist but keeps papers added by hand', () => {
    const draft = filled();
    const extra = { key: 'extra-1', componentId: null, name: 'Giấy ủy quyền', mandatory: false, received: true, originals: 1, copies: 0 };
    const other = withProcedure({ ...draft, documents: [...draft.documents, extra] }, { ...procedure, id: 9, components: [] });
    expect(other.documents).toEqual([extra]);
  });

  it('problems the form can see are reported on the station’s paths, before any round trip', () => {
    const problems = draftProblems(
      { ...emptyIntake(), applicant: editedPerson(editedPerson(emptyPerson(), 'dateOfBirth', '31/02/1990'), 'idNumber', '12345') },
      messages,
    );
    expect(problems?.issues?.map((issue) => issue.path)).toEqual(['applicant.fullName', 'applicant.dateOfBirth', 'applicant.idNumber', 'procedureId']);
    expect(draftProblems(filled(), messages)).toBeUndefined();
  });

  it('a file still uploading holds the save back', () => {
    const draft = filled();
    draft.attachments = [{ key: 'f1', fileName: 'a.pdf', size: 1, state: 'uploading', progress: 0.5, sha256: null, error: null, localProblem: null, documentKey: null }];
    expect(draftProblems(draft, messages)?.issues).toEqual([{ path: 'attachments', message: 'Đang tải tệp' }]);
  });
});
