/**
 * What differs between vendors of DVCQG-style provincial systems, with the defaults
 * the adapter uses when a province's configuration says nothing. The defaults follow
 * the field lists in shared/domain.md and the public OpenCPS integration code (a
 * single integration endpoint chosen by `service`, `isUpdating: "True"|"False"` on
 * DongBoHoSoMC, `error_code` 0 or "00" for success). Paths and the auth-expired
 * replies are NOT known from any public document: they are placeholders to be set
 * from the vendor's own documentation (see fixtures/README.md under test/sync/dvcqg).
 */

/** One vendor operation: the `service` value of the body plus any fields the vendor wants beside it. */
export interface DvcqgServiceCall {
  service: string;
  fields?: Record<string, string | number | boolean>;
}

export interface DvcqgServices {
  /** Sends a dossier the vendor has not seen yet. */
  createDossier: DvcqgServiceCall;
  /** Sends a dossier again after the vendor answered that it already exists. */
  updateDossier: DvcqgServiceCall;
  /** A progress record (CapNhatTienDoHoSoMC) after a status change. */
  progress: DvcqgServiceCall;
}

export const defaultDvcqgServices: DvcqgServices = {
  createDossier: { service: 'DongBoHoSoMC', fields: { isUpdating: 'False' } },
  updateDossier: { service: 'DongBoHoSoMC', fields: { isUpdating: 'True' } },
  progress: { service: 'CapNhatTienDoHoSoMC' },
};

export interface DvcqgPaths {
  /** Where `{username, password}` is POSTed to get a session. */
  authenticate: string;
  /** Where every `{session, madonvi, service, data}` call is POSTed. */
  service: string;
}

/** Placeholders: each vendor publishes its own paths. */
export const defaultDvcqgPaths: DvcqgPaths = { authenticate: '/authenticate', service: '/service' };

/**
 * A RegExp, or a string matched as a substring after folding case and Vietnamese
 * diacritics (so "da ton tai" written without marks also matches "đã tồn tại").
 * Strings keep the rules writable in a JSON settings file.
 */
export type MessagePattern = string | RegExp;

/** How the vendor says "your session is no longer valid": any one of these is enough. */
export interface AuthExpiredRules {
  httpStatuses: number[];
  errorCodes: number[];
  messagePatterns: MessagePattern[];
}

/**
 * Plausible replies, not documented ones: an HTTP 401, `error_code` 401, or a
 * message about the session, the token or logging in again. A business error that
 * happens to match only costs one extra authentication: when the vendor repeats it
 * on a fresh session the adapter stops with SYNC_AUTH instead of looping.
 */
export const defaultAuthExpiredRules: AuthExpiredRules = {
  httpStatuses: [401],
  errorCodes: [401],
  messagePatterns: [
    'session',
    'phiên làm việc',
    'phiên đăng nhập',
    'hết phiên',
    'token',
    'chưa đăng nhập',
    'đăng nhập lại',
    'unauthorized',
    'unauthenticated',
  ],
};

/** "Hồ sơ … đã tồn tại": the dossier is there already and must be updated instead. */
export const defaultExistsPatterns: MessagePattern[] = ['đã tồn tại', 'already exists'];

/** Where the vendor's reply keeps its words, first match wins. */
export const defaultMessageFields = ['message', 'error_message', 'msg', 'error_msg', 'description'];

/** The reply field of a successful authentication that holds the session. */
export const defaultSessionField = 'session';

/** The counter's department, named in progress records (PhongBanXuLy). */
export const defaultDepartment = 'Bộ phận Tiếp nhận và Trả kết quả';

export const defaultTimeoutMs = 30_000;

/** The rules the reply classifier needs, all resolved. */
export interface DvcqgReplyRules {
  authExpired: AuthExpiredRules;
  existsPatterns: MessagePattern[];
  messageFields: string[];
}
