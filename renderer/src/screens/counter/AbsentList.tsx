/**
 * Today's tickets this counter marked absent; a latecomer can be called back, or
 * get a paper ticket again (the kiosk's did not print).
 */
import type { QueueTicket, ServiceArea } from '@contract';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';
import { formatClock } from '../../i18n/vietnamTime';

export function AbsentList({
  tickets,
  areas,
  canRecall,
  onRecall,
  reprintingId,
  onReprint,
}: {
  tickets: readonly QueueTicket[];
  areas: readonly ServiceArea[];
  /** False while a ticket is at the desk: finish it first. */
  canRecall: boolean;
  onRecall(ticketId: number): void;
  /** The ticket being reprinted now, if any. */
  reprintingId: number | null;
  onReprint(ticket: QueueTicket): void;
}) {
  const { t, locale } = useI18n();
  return (
    <div className="card absent-card">
      <div className="card-bar">
        <h2 className="card-title">{t('counter.absentTitle')}</h2>
        <span className="badge">{tickets.length}</span>
      </div>
      {tickets.length === 0 ? (
        <p className="muted">{t('counter.absentEmpty')}</p>
      ) : (
        <ul className="absent-list" data-testid="absent-list">
          {tickets.map((ticket) => (
            <li key={ticket.id} className="absent-row">
              <span className="absent-number">{ticket.number}</span>
              <span className="absent-text">
                <span>{areas.find((area) => area.id === ticket.areaId)?.name ?? ''}</span>
                {ticket.calledAt ? (
                  <span className="muted">{t('counter.calledAt', { time: formatClock(new Date(ticket.calledAt), locale) })}</span>
                ) : null}
              </span>
              <button
                type="button"
                className="button button-small"
                disabled={!canRecall}
                title={canRecall ? undefined : t('counter.absentRecallBusy')}
                onClick={() => onRecall(ticket.id)}
              >
                <Icon name="recall" size={16} />
                {t('counter.actions.recall')}
              </button>
              <button
                type="button"
                className="button button-small"
                disabled={reprintingId !== null}
                onClick={() => onReprint(ticket)}
                aria-label={t('counter.reprint.actionFor', { number: ticket.number })}
                title={t('counter.reprint.actionFor', { number: ticket.number })}
              >
                <Icon name="printer" size={16} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
