/**
 * What a citizen ID card (CCCD / thẻ căn cước) QR tells the counter. The shape is
 * printed as JSON by the CLI (`motcua qr parse`) and filled into the intake form,
 * so its keys and their order are part of the product.
 */
export type Gender = 'male' | 'female';

export interface CccdCard {
  /** 12-digit personal number (số định danh cá nhân). */
  idNumber: string;
  /** 9-digit old identity card (CMND) number, null when the card has none. */
  oldIdNumber: string | null;
  /** NFC, single spaces, as printed on the card. */
  fullName: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  gender: Gender;
  address: string;
  /** YYYY-MM-DD */
  issueDate: string;
}
