export { dossierCode, maxDailyDossiers } from './dossierCode';
export { assertMove, canMove, dossierStatuses, isDossierStatus, type DossierStatus, type StatusSource } from './statusMachine';
export { nationalDateTime, nationalDossierPayload, type NationalDossierInput, type NationalDossierPayload } from './nationalPayload';
