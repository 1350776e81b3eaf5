/** The reference provincial server for in-process use: `import { startProvincialServer } from '../provincial'`. */
export { startProvincialServer, type ProvincialServer, type ProvincialServerOptions } from './server';
export { FaultControl, faultPatchSchema, type FaultPatch, type FaultState } from './faults';
export { attachmentMissingReason, conflictReason, type StoredEvent } from './eventLedger';
export type { ProvincialStore, OfficerDecision } from './store';
export type { ProvincialStats } from './stats';
export type { DossierRecord } from './dossierBook';
export type { Scheduler } from './autoProcess';
