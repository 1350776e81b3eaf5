/**
 * CCCD / thẻ căn cước: reading the card's QR and checking 12-digit personal numbers.
 * Pure rules; failures are CccdError (an AppError with code CCCD_INVALID) whose
 * `reason` says which rule failed and `field` which card field is at fault.
 */
export type { CccdCard, Gender } from './cccdCard';
export { CccdError, cccdFailureReasons, type CccdFailureReason, type CccdField } from './cccdError';
export { parseCccdQr, type ParseCccdQrOptions } from './parseCccdQr';
export { validatePersonalNumber, type KnownPersonFacts, type PersonalNumberFacts } from './personalNumber';
export { birthProvinceName, birthRegistrationProvinces, type BirthRegistrationProvince } from './provinceCodes';
