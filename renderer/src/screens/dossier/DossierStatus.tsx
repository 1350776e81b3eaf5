/** A dossier's status as a coloured label, named from the national status list. */
import { useI18n } from '../../i18n/I18nProvider';

/** Colour families: open, waiting on the citizen, done, ended without a result. */
function toneOf(status: number): string {
  if (status === 10 || status === 9) return 'is-done';
  if (status === 5 || status === 6) return 'is-waiting';
  if (status === 3 || status === 7 || status === 8) return 'is-ended';
  return 'is-open';
}

export function statusKey(status: number): `dossier.statuses.${number}` {
  return `dossier.statuses.${status}`;
}

export function useStatusName(): (status: number) => string {
  const { tOptional } = useI18n();
  return (status) => tOptional(statusKey(status)) ?? String(status);
}

export function DossierStatus({ status }: { status: number }) {
  const statusName = useStatusName();
  return (
    <span className={`dossier-status ${toneOf(status)}`} data-status={status} data-testid="dossier-status">
      {statusName(status)}
    </span>
  );
}
