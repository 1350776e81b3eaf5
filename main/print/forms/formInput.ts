/** Inputs every form shares. Instants are `Date`s, printed in Vietnam time; money is whole đồng. */

/** Who issues the paper, as printed in the header and the sentences. */
export interface IssuingOffice {
  /** The authority above the agency, if its forms name it (e.g. "Ủy ban nhân dân thành phố Hà Nội"); null if none. */
  parentName: string | null;
  /** e.g. "Ủy ban nhân dân phường Ba Đình": written as in a sentence; the header upper-cases it. */
  agencyName: string;
  /** e.g. "Bộ phận Tiếp nhận và Trả kết quả" or "Trung tâm Phục vụ hành chính công phường Ba Đình". */
  deskName: string;
  /** The place in the date line: "Ba Đình, ngày …". */
  place: string;
}

/** The person or organisation a dossier belongs to. Missing details print as a dotted blank to fill by hand. */
export interface Applicant {
  name: string;
  address: string | null;
  phone: string | null;
  email: string | null;
}

export interface PrintOptions {
  /**
   * Set when the paper is printed again (lost copy, printer jam): the pages then
   * say "Bản in lại – in lúc HH:mm ngày dd/MM/yyyy" so a reprint is never
   * mistaken for the original. The caller passes the time; layouts read no clock.
   */
  reprintedAt?: Date | null;
}
