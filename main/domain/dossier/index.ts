export { dossierCode, maxDailyDossiers } from './dossierCode';
export {
  dossierStatus,
  dossierStatusCodes,
  dossierStatusName,
  dossierStatuses,
  hasResult,
  isDossierStatus,
  isDueDateRunning,
  isWaitingOnCitizen,
  type DossierStatus,
  type DossierStatusName,
} from './dossierStatus';
export { assertMove, canMove, canTakeDossierAction, dossierCounterActions, isClosedStatus, statusToResume, type DossierCounterAction, type StatusSource } from './statusMachine';
export { nationalDateTime, nationalDossierPayload, type NationalDossierInput, type NationalDossierPayload } from './nationalPayload';
