/** The form's title, and the ticket the dossier is received for: linked, unlinked, or offered. */
import type { QueueTicket } from '@contract';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';

export function IntakeHeader({
  ticket,
  currentTicket,
  onTicket,
}: {
  ticket: QueueTicket | null;
  /** The ticket at the desk now, offered for linking. */
  currentTicket: QueueTicket | null;
  onTicket(ticket: QueueTicket | null): void;
}) {
  const { t } = useI18n();
  return (
    <div className="intake-head">
      <div>
        <h1 className="intake-title">{t('intake.title')}</h1>
        <p className="muted">{t('intake.scanHint')}</p>
      </div>
      <div className="intake-ticket" data-testid="intake-ticket">
        {ticket ? (
          <>
            <span className="intake-ticket-chip">
              <Icon name="ticket" size={18} />
              {t('intake.forTicket', { number: ticket.number })}
            </span>
            <button type="button" className="button button-small" onClick={() => onTicket(null)}>
              {t('intake.unlinkTicket')}
            </button>
          </>
        ) : (
          <>
            <span className="muted">{t('intake.noTicket')}</span>
            {currentTicket ? (
              <button type="button" className="button button-small" onClick={() => onTicket(currentTicket)}>
                {t('intake.linkTicket', { number: currentTicket.number })}
              </button>
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}
