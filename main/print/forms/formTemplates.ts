/**
 * The standard one-stop forms as data: titles, fixed sentences, labels, the
 * signature slots and the ledger's columns. The wording follows the forms of
 * Circular 01/2018/TT-VPCP as carried into the 2025 one-stop rules (domain.md,
 * "Standard forms"). When a new circular changes a form, this file is where it
 * changes; the builders in form0N*.ts only arrange these pieces.
 *
 * `{desk}` and `{agency}` in a sentence stand for the issuing office's names.
 */
import type { Orientation } from './formPage';

export interface SignatureSlot {
  role: string;
  hint: string;
}

export interface FormTemplate<Wording extends Record<string, string>> {
  /** The form's number in the circular ("01"). */
  number: string;
  title: string;
  orientation: Orientation;
  /**
   * What heads the left column: `desk` = the agency over its receiving desk
   * (papers the desk issues), `agency` = the agency alone (papers its head signs).
   */
  issuer: 'desk' | 'agency';
  signatures: SignatureSlot[];
  wording: Wording;
}

const signHere = '(Ký và ghi rõ họ tên)';

export const receiptTemplate = {
  number: '01',
  title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
  orientation: 'portrait',
  issuer: 'desk',
  signatures: [
    { role: 'NGƯỜI NỘP HỒ SƠ', hint: signHere },
    { role: 'NGƯỜI TIẾP NHẬN HỒ SƠ', hint: signHere },
  ],
  wording: {
    code: 'Mã hồ sơ',
    copy1: 'Liên 1: Lưu',
    copy2: 'Liên 2: Giao người nộp',
    copy1Tag: 'LIÊN 1 – LƯU',
    copy2Tag: 'LIÊN 2 – GIAO NGƯỜI NỘP',
    qrCaption: 'Quét để tra cứu',
    intro: '{desk} tiếp nhận hồ sơ của:',
    applicant: 'Ông/Bà',
    address: 'Địa chỉ',
    phone: 'Số điện thoại',
    email: 'Email',
    request: 'Nội dung yêu cầu giải quyết',
    documents: '1. Thành phần hồ sơ nộp gồm:',
    documentNumber: 'TT',
    documentName: 'Tên giấy tờ',
    originals: 'Bản chính',
    copiesCount: 'Bản sao',
    sets: '2. Số lượng hồ sơ',
    setsUnit: '(bộ)',
    timeLimit: '3. Thời gian giải quyết hồ sơ theo quy định là',
    receivedAt: '4. Thời gian nhận hồ sơ',
    dueAt: '5. Thời gian trả kết quả giải quyết hồ sơ',
    resultPlace: '6. Đăng ký nhận kết quả tại',
    fees: '7. Phí, lệ phí:',
    feeFree: 'miễn phí',
    feeTotal: 'Tổng cộng:',
    ledger: 'Vào Sổ theo dõi hồ sơ, Quyển số: {book}, Số thứ tự: {entry}',
    workingDays: 'ngày làm việc',
    workingHours: 'giờ làm việc',
    sameDay: 'trong ngày',
  },
} as const satisfies FormTemplate<Record<string, string>>;

export const supplementRequestTemplate = {
  number: '02',
  title: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
  orientation: 'portrait',
  issuer: 'desk',
  signatures: [{ role: 'NGƯỜI HƯỚNG DẪN', hint: signHere }],
  wording: {
    code: 'Mã hồ sơ',
    applicant: 'Hồ sơ của',
    request: 'Nội dung yêu cầu giải quyết',
    address: 'Địa chỉ',
    phone: 'Số điện thoại',
    email: 'Email',
    intro: 'Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:',
    itemNumber: 'TT',
    itemName: 'Thành phần hồ sơ',
    quantity: 'Số lượng',
    originals: 'Bản chính',
    certifiedCopies: 'Bản chứng thực',
    photocopies: 'Bản photo',
    reason: 'Lý do',
    contact:
      'Trong quá trình bổ sung, hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ với {officer}, số điện thoại {phone} để được hướng dẫn.',
  },
} as const satisfies FormTemplate<Record<string, string>>;

export const refusalTemplate = {
  number: '03',
  title: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
  orientation: 'portrait',
  issuer: 'desk',
  signatures: [
    { role: 'NGƯỜI NỘP HỒ SƠ', hint: signHere },
    { role: 'NGƯỜI TIẾP NHẬN HỒ SƠ', hint: signHere },
  ],
  wording: {
    intro: '{desk} tiếp nhận hồ sơ của:',
    applicant: 'Ông/Bà',
    address: 'Địa chỉ',
    phone: 'Số điện thoại',
    email: 'Email',
    request: 'Nội dung yêu cầu giải quyết',
    decision:
      'Qua xem xét, {desk} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:',
    closing: 'Xin thông báo cho Ông/Bà được biết và thực hiện./.',
  },
} as const satisfies FormTemplate<Record<string, string>>;

export const apologyTemplate = {
  number: '04',
  title: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
  orientation: 'portrait',
  issuer: 'agency',
  signatures: [{ role: 'THỦ TRƯỞNG CƠ QUAN', hint: '(Ký, ghi rõ họ tên và đóng dấu)' }],
  wording: {
    addressee: 'Kính gửi: Ông/Bà',
    received: 'Ngày {day} tháng {month} năm {year}, {agency} tiếp nhận giải quyết hồ sơ của Ông/Bà, mã hồ sơ: {code}.',
    request: 'Nội dung yêu cầu giải quyết',
    originalDue: 'Thời hẹn trả kết quả giải quyết hồ sơ:',
    late:
      'Tuy nhiên đến nay, {agency} chưa trả kết quả giải quyết hồ sơ của Ông/Bà đúng hẹn ghi trong Giấy tiếp nhận hồ sơ và hẹn trả kết quả.',
    reason: 'Lý do',
    apology: 'Sự chậm trễ này đã gây phiền hà cho Ông/Bà. {agency} xin lỗi Ông/Bà vì sự bất tiện này.',
    newDue: '{agency} sẽ trả kết quả giải quyết hồ sơ cho Ông/Bà vào',
    thanks: 'Xin trân trọng cảm ơn sự hợp tác của Ông/Bà./.',
  },
} as const satisfies FormTemplate<Record<string, string>>;

export interface LedgerColumn {
  /** Which value of a ledger row fills the column. */
  key:
    | 'number'
    | 'dossierCode'
    | 'procedureName'
    | 'sets'
    | 'applicantName'
    | 'applicantContact'
    | 'handlingAgency'
    | 'receivedAt'
    | 'dueAt'
    | 'transferredAt'
    | 'resultReceivedAt'
    | 'returnedAt'
    | 'note';
  title: string;
  /** Share of the table width, in relative units. */
  share: number;
  align: 'left' | 'center';
}

export const ledgerTemplate = {
  number: '05',
  title: 'SỔ THEO DÕI HỒ SƠ',
  orientation: 'landscape',
  issuer: 'desk',
  signatures: [],
  wording: {
    book: 'Quyển số: {book}',
    period: 'Từ {from} đến {to}',
    empty: 'Không có hồ sơ trong kỳ.',
  },
} as const satisfies FormTemplate<Record<string, string>>;

/** Shares are roughly points of content width at 8.5 pt: a date ("23/11/2026") needs about 45. */
export const ledgerColumns: readonly LedgerColumn[] = [
  { key: 'number', title: 'STT', share: 18, align: 'center' },
  { key: 'dossierCode', title: 'Mã hồ sơ', share: 66, align: 'left' },
  { key: 'procedureName', title: 'Tên thủ tục hành chính', share: 90, align: 'left' },
  { key: 'sets', title: 'Số lượng hồ sơ (bộ)', share: 28, align: 'center' },
  { key: 'applicantName', title: 'Tên cá nhân, tổ chức', share: 64, align: 'left' },
  { key: 'applicantContact', title: 'Địa chỉ, số điện thoại', share: 92, align: 'left' },
  { key: 'handlingAgency', title: 'Cơ quan chủ trì giải quyết', share: 64, align: 'left' },
  { key: 'receivedAt', title: 'Ngày, tháng, năm nhận hồ sơ', share: 47, align: 'center' },
  { key: 'dueAt', title: 'Ngày hẹn trả kết quả', share: 47, align: 'center' },
  { key: 'transferredAt', title: 'Ngày chuyển hồ sơ', share: 47, align: 'center' },
  { key: 'resultReceivedAt', title: 'Ngày nhận kết quả', share: 47, align: 'center' },
  { key: 'returnedAt', title: 'Ngày trả kết quả', share: 47, align: 'center' },
  { key: 'note', title: 'Ghi chú', share: 50, align: 'left' },
];

/** Puts the named values into a sentence of the template: "{desk} tiếp nhận…". */
export function fillWording(sentence: string, values: Record<string, string>): string {
  return sentence.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
