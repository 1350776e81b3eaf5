/**
 * Sample inputs for the form tests and goldens. All people, phone numbers and
 * addresses are made up. The dossier was received on 23/11/2026 at 09:05 Vietnam time.
 */
import type { IssuingOffice } from '../../main/print/forms/formInput';
import type { ReceiptInput } from '../../main/print/forms/form01Receipt';
import type { SupplementRequestInput } from '../../main/print/forms/form02SupplementRequest';
import type { RefusalInput } from '../../main/print/forms/form03Refusal';
import type { ApologyInput } from '../../main/print/forms/form04Apology';
import type { LedgerInput, LedgerRow } from '../../main/print/forms/form05Ledger';
import { vietnamInstant } from '@domain/time/vietnamTime';

export const office: IssuingOffice = {
  parentName: 'Ủy ban nhân dân thành phố Hà Nội',
  agencyName: 'Ủy ban nhân dân phường Ba Đình',
  deskName: 'Bộ phận Tiếp nhận và Trả kết quả',
  place: 'Ba Đình',
};

export const dossierCode = '000.31.38.H56-261123-0001';
export const receivedAt = vietnamInstant(2026, 11, 23, 9, 5);
export const dueAt = vietnamInstant(2026, 11, 26, 16, 0);
/** A reprint the next morning. */
export const reprintedAt = vietnamInstant(2026, 11, 24, 8, 30);

const applicant = {
  name: 'Nguyễn Thị Hương',
  address: 'Số 12 ngõ 34 phố Đội Cấn, phường Ba Đình, thành phố Hà Nội',
  phone: '0912 345 678',
  email: 'huong.nguyen@example.vn',
};

export const receipt: ReceiptInput = {
  office,
  dossierCode,
  applicant,
  procedureName: 'Cấp giấy xác nhận tình trạng hôn nhân',
  documents: [
    { name: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân (theo mẫu)', originals: 1, copies: 0 },
    { name: 'Thẻ căn cước công dân của người yêu cầu', originals: 0, copies: 1 },
    { name: 'Giấy tờ chứng minh việc đã ly hôn (trường hợp đã kết hôn)', originals: 0, copies: 1 },
  ],
  sets: 1,
  timeLimit: { kind: 'working_days', value: 3 },
  receivedAt,
  dueAt,
  resultPlace: 'Quầy số 2, Bộ phận Tiếp nhận và Trả kết quả phường Ba Đình',
  fees: [
    { name: 'Lệ phí cấp Giấy xác nhận tình trạng hôn nhân', amount: 15000 },
    { name: 'Phí cấp bản sao trích lục (02 bản)', amount: 16000 },
  ],
  ledgerEntry: { book: '01/2026', number: 1 },
  officerName: 'Trần Văn Bình',
};

export const supplementRequest: SupplementRequestInput = {
  office,
  issuedAt: receivedAt,
  dossierCode,
  applicant,
  procedureName: 'Đăng ký khai sinh',
  items: [
    { name: 'Giấy chứng sinh do cơ sở y tế cấp', originals: 1, certifiedCopies: 0, photocopies: 0, note: null },
    { name: 'Văn bản ủy quyền có chứng thực', originals: 0, certifiedCopies: 1, photocopies: 0, note: 'người đi đăng ký không phải cha, mẹ' },
  ],
  reason: 'Hồ sơ chưa có giấy chứng sinh; người nộp không phải cha, mẹ của trẻ nhưng chưa có văn bản ủy quyền.',
  contact: { officerName: 'Trần Văn Bình', phone: '024 3823 4567' },
  officerName: 'Trần Văn Bình',
};

export const refusal: RefusalInput = {
  office,
  issuedAt: receivedAt,
  applicant,
  procedureName: 'Chứng thực hợp đồng, giao dịch liên quan đến bất động sản',
  reasons: [
    'Bất động sản không thuộc địa bàn phường Ba Đình nên không thuộc thẩm quyền chứng thực của Ủy ban nhân dân phường.',
    'Đề nghị Ông/Bà liên hệ tổ chức hành nghề công chứng hoặc Ủy ban nhân dân cấp xã nơi có bất động sản.',
  ],
  officerName: 'Trần Văn Bình',
};

export const apology: ApologyInput = {
  office,
  issuedAt: vietnamInstant(2026, 11, 26, 14, 0),
  applicantName: 'Nguyễn Thị Hương',
  dossierCode,
  procedureName: 'Cấp giấy xác nhận tình trạng hôn nhân',
  receivedAt,
  originalDueAt: dueAt,
  reason: 'Cần xác minh tình trạng hôn nhân tại nơi cư trú trước đây của người yêu cầu (tỉnh Nghệ An).',
  newDueAt: vietnamInstant(2026, 12, 2, 16, 0),
  signer: { title: 'CHỦ TỊCH', name: 'Lê Minh Tuấn' },
};

const procedures = [
  'Đăng ký khai sinh',
  'Cấp giấy xác nhận tình trạng hôn nhân',
  'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
  'Đăng ký kết hôn',
  'Cấp bản sao trích lục hộ tịch',
];
const names = ['Nguyễn Văn An', 'Trần Thị Bích Ngọc', 'Lê Hoàng Phúc', 'Phạm Thị Thu Trang', 'Đỗ Quang Huy', 'Vũ Thị Mỹ Duyên'];

/** `count` ledger lines, one every 20 minutes from the morning of 23/11/2026. */
export function ledgerRows(count: number): LedgerRow[] {
  return Array.from({ length: count }, (_, index) => {
    const received = new Date(receivedAt.getTime() + index * 20 * 60_000);
    const done = index % 3 === 0;
    return {
      dossierCode: `000.31.38.H56-261123-${String(index + 1).padStart(4, '0')}`,
      procedureName: procedures[index % procedures.length]!,
      sets: 1 + (index % 2),
      applicantName: names[index % names.length]!,
      applicantAddress: `Số ${index + 3} phố Kim Mã, phường Ba Đình, Hà Nội`,
      applicantPhone: `09${String(10_000_000 + index * 7919).slice(0, 8)}`,
      handlingAgency: index % 4 === 0 ? 'Công chức Tư pháp – Hộ tịch' : 'UBND phường Ba Đình',
      receivedAt: received,
      dueAt: new Date(received.getTime() + 3 * 24 * 3_600_000),
      transferredAt: new Date(received.getTime() + 30 * 60_000),
      resultReceivedAt: done ? new Date(received.getTime() + 2 * 24 * 3_600_000) : null,
      returnedAt: done ? new Date(received.getTime() + 2 * 24 * 3_600_000 + 3_600_000) : null,
      note: index % 7 === 5 ? 'Bổ sung hồ sơ ngày 24/11' : '',
    };
  });
}

export const ledger = (rowCount: number): LedgerInput => ({
  office,
  book: '01/2026',
  period: { from: vietnamInstant(2026, 11, 1), to: vietnamInstant(2026, 11, 30) },
  firstNumber: 1,
  rows: ledgerRows(rowCount),
});
