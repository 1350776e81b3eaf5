/**
 * The one error family of Một Cửa. Every failure that crosses a boundary (API, CLI,
 * start-up) is an AppError: a stable code, a Vietnamese message for people at the
 * counter and an English detail for logs. Messages live here, once, so the station,
 * the preload bridge and the renderer agree on them.
 */

export const errorCatalogue = {
  VALIDATION_FAILED: { status: 400, vi: 'Dữ liệu gửi lên không hợp lệ.', en: 'Input failed validation' },
  BAD_REQUEST: { status: 400, vi: 'Yêu cầu không đúng định dạng.', en: 'Malformed request' },
  UNAUTHENTICATED: { status: 401, vi: 'Vui lòng đăng nhập để tiếp tục.', en: 'Authentication required' },
  INVALID_CREDENTIALS: { status: 401, vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Invalid username or password' },
  SESSION_EXPIRED: { status: 401, vi: 'Phiên làm việc đã hết hạn, vui lòng đăng nhập lại.', en: 'Session expired or revoked' },
  FORBIDDEN: { status: 403, vi: 'Tài khoản của bạn không có quyền thực hiện thao tác này.', en: 'Role not allowed for this method' },
  UNKNOWN_METHOD: { status: 404, vi: 'Chức năng được yêu cầu không tồn tại.', en: 'Unknown API method' },
  CCCD_INVALID: { status: 400, vi: 'Mã QR không phải của thẻ căn cước / CCCD hợp lệ.', en: 'Not a valid citizen ID card QR payload' },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy dữ liệu được yêu cầu.', en: 'Record not found' },
  CONFLICT: { status: 409, vi: 'Dữ liệu đã thay đổi hoặc đã tồn tại.', en: 'Conflicting state' },
  QUEUE_EMPTY: { status: 409, vi: 'Không còn công dân nào đang chờ ở các lĩnh vực của quầy.', en: 'No waiting ticket for this counter' },
  COUNTER_CLOSED: { status: 409, vi: 'Quầy chưa mở. Hãy mở quầy và chọn lĩnh vực trước.', en: 'Counter is not open' },
  INVALID_STATE: { status: 409, vi: 'Thao tác không hợp lệ ở trạng thái hiện tại.', en: 'Action not allowed in the current state' },
  SETUP_DONE: { status: 409, vi: 'Trạm đã có tài khoản quản trị; hãy đăng nhập.', en: 'First administrator already exists' },
  SETUP_REQUIRED: { status: 409, vi: 'Trạm chưa có tài khoản quản trị. Hãy tạo tài khoản quản trị đầu tiên.', en: 'No administrator exists yet' },
  TOO_MANY_ATTEMPTS: {
    status: 429,
    vi: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.',
    en: 'Too many failed login attempts for this account',
  },
  PAYLOAD_TOO_LARGE: { status: 413, vi: 'Dữ liệu gửi lên quá lớn.', en: 'Request body exceeds the limit' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, vi: 'Dữ liệu phải ở định dạng JSON.', en: 'Content-Type must be application/json' },
  DATABASE_NEWER: {
    status: 500,
    vi: 'Cơ sở dữ liệu được tạo bởi phiên bản Một Cửa mới hơn. Hãy cập nhật phần mềm; dữ liệu được giữ nguyên.',
    en: 'Database schema is newer than this application',
  },
  DATABASE_INVALID: {
    status: 500,
    vi: 'Tệp dữ liệu bị hỏng hoặc không phải dữ liệu của Một Cửa. Tệp được giữ nguyên, không bị thay đổi.',
    en: 'Database file is damaged or foreign',
  },
  OUTPUT_INVALID: { status: 500, vi: 'Trạm trả về dữ liệu không hợp lệ. Vui lòng báo quản trị viên.', en: 'Service output failed validation' },
  INTERNAL: { status: 500, vi: 'Đã xảy ra lỗi ngoài dự kiến. Vui lòng thử lại hoặc báo quản trị viên.', en: 'Unexpected internal error' },
  PRINTER_OFFLINE: { status: 503, vi: 'Không kết nối được máy in. Hãy kiểm tra nguồn điện và dây cáp của máy in.', en: 'Printer offline' },
  PRINTER_PAPER_OUT: { status: 503, vi: 'Máy in đã hết giấy. Hãy thay cuộn giấy mới rồi thử lại.', en: 'Printer out of paper' },
  PRINTER_TIMEOUT: { status: 503, vi: 'Máy in không phản hồi. Hãy kiểm tra máy in rồi thử lại.', en: 'Printer did not answer in time' },
  PRINTER_UNSUPPORTED: { status: 503, vi: 'Cách kết nối máy in này chưa được hỗ trợ trên máy tính này.', en: 'Printer connection not supported here' },
  SYNC_UNREACHABLE: { status: 503, vi: 'Không kết nối được hệ thống một cửa cấp tỉnh. Dữ liệu vẫn được lưu và sẽ tự đồng bộ khi có mạng.', en: 'Provincial system unreachable' },
  SYNC_SERVER_ERROR: {
    status: 502,
    vi: 'Hệ thống một cửa cấp tỉnh đang gặp sự cố. Dữ liệu vẫn được lưu và sẽ tự đồng bộ khi hệ thống cấp tỉnh hoạt động lại.',
    en: 'Provincial system answered with a server error',
  },
  SYNC_AUTH: { status: 502, vi: 'Hệ thống cấp tỉnh từ chối thông tin đăng nhập của trạm. Hãy kiểm tra mã trạm và mật khẩu đồng bộ.', en: 'Provincial system refused the site credentials' },
  SYNC_PROTOCOL: { status: 502, vi: 'Hệ thống cấp tỉnh trả về dữ liệu không hợp lệ. Đồng bộ sẽ thử lại sau.', en: 'Provincial system answered outside the protocol' },
  UNAVAILABLE: { status: 503, vi: 'Không kết nối được tới trạm. Đang thử kết nối lại…', en: 'Station unreachable' },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

export const errorCodes = Object.keys(errorCatalogue) as ErrorCode[];

/** One validation problem, located by its path in the input. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** What an error looks like on the wire (HTTP body, IPC reply, CLI JSON). */
export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  detail: string;
  issues?: FieldIssue[];
}

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Vietnamese, for the UI. */
  readonly messageVi: string;
  /** English, for logs. Never carries personal data. */
  readonly detail: string;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, options: { detail?: string; message?: string; issues?: FieldIssue[] } = {}) {
    const entry = errorCatalogue[code];
    const detail = options.detail ?? entry.en;
    super(`${code}: ${detail}`);
    this.name = 'AppError';
    this.code = code;
    this.messageVi = options.message ?? entry.vi;
    this.detail = detail;
    this.issues = options.issues;
  }

  get status(): number {
    return errorCatalogue[this.code].status;
  }

  toPayload(): ErrorPayload {
    const payload: ErrorPayload = { code: this.code, message: this.messageVi, detail: this.detail };
    if (this.issues && this.issues.length > 0) payload.issues = this.issues;
    return payload;
  }

  static fromPayload(payload: ErrorPayload): AppError {
    const code: ErrorCode = isErrorCode(payload.code) ? payload.code : 'INTERNAL';
    return new AppError(code, { detail: payload.detail, message: payload.message, issues: payload.issues });
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(errorCatalogue, value);
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
