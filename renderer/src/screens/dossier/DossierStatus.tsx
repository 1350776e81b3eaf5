/** A dossier's status as a coloured label, named from the national status list. */
import { dossierStatusName, hasResult, isClosedStatus, isWaitingOnCitizen, type DossierStatusName } from '@domain/dossier';
import { useI18n } from '../../i18n/I18nProvider';

/** Colour families: open, waiting on the citizen, done, ended without a result. */
function toneOf(status: number): string {
  if (hasResult(status)) return 'is-done';
  if (isWaitingOnCitizen(status)) return 'is-waiting';
  if (isClosedStatus(status)) return 'is-ended';
  return 'is-open';
}

// Typed, so a status the domain adds without a name in the message files fails the build.
export function statusKey(name: DossierStatusName): `dossier.statuses.${DossierStatusName}` {
  return `dossier.statuses.${name}`;
}

export function useStatusName(): (status: number) => string {
  const { t } = useI18n();
  return (status) => {
    const name = dossierStatusName(status);
    return name === undefined ? String(status) : t(statusKey(name));
  };
}

export function DossierStatus({ status }: { status: number }) {
  const statusName = useStatusName();
  return (
    <span className={`dossier-status ${toneOf(status)}`} data-status={status} data-testid="dossier-status">
      {statusName(status)}
    </span>
  );
}
