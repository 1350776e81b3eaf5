/** Dossiers as short rows: code, status, who, which procedure, when due (and whether late). */
import type { DossierSummary } from '@contract';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';
import { formatShortDate } from '../../i18n/vietnamTime';
import { DossierStatus } from '../dossier/DossierStatus';

export function DossierList({
  items,
  selectedId,
  onOpen,
  testId,
}: {
  items: readonly DossierSummary[];
  selectedId: number | null;
  onOpen(id: number): void;
  testId: string;
}) {
  const { t, locale } = useI18n();
  return (
    <ul className="dossier-list" data-testid={testId}>
      {items.map((item) => (
        <li key={item.id}>
          <button
            type="button"
            className={`dossier-row ${item.id === selectedId ? 'is-selected' : ''} ${item.overdue ? 'is-overdue' : ''}`}
            onClick={() => onOpen(item.id)}
            data-code={item.code}
          >
            <span className="dossier-row-top">
              <span className="dossier-row-code">{item.code}</span>
              <DossierStatus status={item.status} />
            </span>
            <span className="dossier-row-name">{item.applicantName}</span>
            <span className="dossier-row-procedure">{item.procedureName}</span>
            <span className="dossier-row-dates">
              {t('returnDesk.receivedOn', { date: formatShortDate(new Date(item.receivedAt), locale) })}
              {' · '}
              {t('returnDesk.dueOn', { date: formatShortDate(new Date(item.dueAt), locale) })}
              {item.overdue ? (
                <span className="overdue-flag">
                  <Icon name="hourglass" size={14} />
                  {t('dossier.overdue')}
                </span>
              ) : null}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
