/**
 * The dossier's status history, oldest first. Moves the provincial system decided
 * (processing, processed, stopped…) arrive by sync and are marked as the
 * province's, apart from what was done at the counter.
 */
import type { Dossier } from '@contract';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../i18n/vietnamTime';
import { useStatusName } from '../dossier/DossierStatus';

export function DossierHistory({ events }: { events: Dossier['events'] }) {
  const { t, locale } = useI18n();
  const statusName = useStatusName();
  return (
    <ol className="history" data-testid="dossier-history">
      {events.map((event, index) => {
        const province = event.source === 'province';
        return (
          <li key={`${event.at}-${index}`} className={`history-item ${province ? 'is-province' : 'is-counter'}`} data-source={event.source} data-status={event.to}>
            <span className="history-dot">
              <Icon name={province ? 'building' : 'counter'} size={16} />
            </span>
            <div className="history-body">
              <p className="history-status">
                {event.from === event.to ? t('returnDesk.history.update', { status: statusName(event.to) }) : statusName(event.to)}
                <span className={`history-source ${province ? 'is-province' : ''}`}>
                  {province ? t('returnDesk.history.province') : t('returnDesk.history.counter')}
                </span>
              </p>
              {event.note ? <p className="history-note">{event.note}</p> : null}
              <p className="history-meta muted">
                {formatDateTime(new Date(event.at), locale)}
                {event.actorName ? ` · ${event.actorName}` : ''}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
