/** The ticket at the desk, large, with where it is in its short life. */
import type { QueueTicket, ServiceArea } from '@contract';
import { Icon } from '../../components/icons';
import { priorityIcon } from '../../components/priority';
import { useI18n } from '../../i18n/I18nProvider';
import { formatClock } from '../../i18n/vietnamTime';

export function CurrentTicket({ ticket, areas }: { ticket: QueueTicket | null; areas: readonly ServiceArea[] }) {
  const { t, locale } = useI18n();
  if (!ticket) {
    return (
      <div className="current-ticket is-empty" data-testid="current-ticket">
        <p className="card-label">{t('counter.servingTitle')}</p>
        <p className="current-none">{t('counter.servingNone')}</p>
        <p className="muted">{t('counter.servingNoneHint')}</p>
      </div>
    );
  }
  const area = areas.find((candidate) => candidate.id === ticket.areaId);
  return (
    <div className={`current-ticket is-${ticket.status}`} data-testid="current-ticket">
      <p className="card-label">
        {ticket.status === 'serving' ? t('counter.statusServing') : t('counter.statusCalled')}
      </p>
      <p className="current-number" data-testid="current-number">
        {ticket.number}
      </p>
      <p className="current-area">{area?.name ?? ''}</p>
      {ticket.priority ? (
        <span className="priority-mark">
          <Icon name={priorityIcon[ticket.priority]} size={18} />
          {t(`priority.${ticket.priority}`)}
        </span>
      ) : null}
      <p className="current-times muted">
        {t('counter.issuedAt', { time: formatClock(new Date(ticket.issuedAt), locale) })}
        {ticket.calledAt ? ` · ${t('counter.calledAt', { time: formatClock(new Date(ticket.calledAt), locale) })}` : null}
        {ticket.recallCount > 0 ? ` · ${t('counter.recalled', { count: ticket.recallCount })}` : null}
      </p>
    </div>
  );
}
