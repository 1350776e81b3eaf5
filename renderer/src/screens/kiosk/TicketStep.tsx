/**
 * The ticket on screen: the number first and biggest, then the area, how many are
 * ahead and the expected wait. When the printer did not take the ticket the screen
 * says so calmly under the number, which stays where it is.
 */
import type { IssuedTicket } from '@contract';
import { Icon } from '../../components/icons';
import { priorityIcon } from '../../components/priority';
import { useI18n } from '../../i18n/I18nProvider';
import { formatClock, formatShortDate } from '../../i18n/vietnamTime';

export function TicketStep({ ticket, onDone }: { ticket: IssuedTicket; onDone(): void }) {
  const { t, locale } = useI18n();
  const issuedAt = new Date(ticket.issuedAt);
  const wait =
    ticket.estimatedWaitMinutes === null
      ? t('fields.empty')
      : ticket.estimatedWaitMinutes === 0
        ? t('kiosk.waitSoon')
        : t('kiosk.waitMinutes', { minutes: ticket.estimatedWaitMinutes });

  return (
    <main className="kiosk-main kiosk-ticket-step">
      <section className="kiosk-ticket" data-testid="kiosk-ticket" aria-live="polite">
        <p className="kiosk-ticket-label">{t('kiosk.ticketTitle')}</p>
        <p className="kiosk-ticket-number" data-testid="ticket-number">
          {ticket.number}
        </p>
        <p className="kiosk-ticket-area">{ticket.areaName}</p>
        {ticket.priority ? (
          <p className="kiosk-ticket-priority">
            <Icon name={priorityIcon[ticket.priority]} size={40} />
            {t('kiosk.ticketPriority', { category: t(`priority.${ticket.priority}`) })}
          </p>
        ) : null}
        <dl className="kiosk-ticket-facts">
          <div>
            <dt>{t('kiosk.peopleAhead')}</dt>
            <dd data-testid="people-ahead">{ticket.peopleAhead}</dd>
          </div>
          <div>
            <dt>{t('kiosk.estimatedWait')}</dt>
            <dd data-testid="estimated-wait">{wait}</dd>
          </div>
          <div>
            <dt>{t('kiosk.issuedAt')}</dt>
            <dd>
              {formatClock(issuedAt, locale)}
              <span className="kiosk-ticket-date">{formatShortDate(issuedAt, locale)}</span>
            </dd>
          </div>
        </dl>
      </section>

      <div className="kiosk-ticket-side">
        {ticket.printed ? (
          <p className="kiosk-print is-printed">
            <Icon name="printer" size={48} />
            <span>{t('kiosk.printed')}</span>
          </p>
        ) : (
          <div className="kiosk-print is-problem" role="status" data-testid="print-problem">
            <Icon name="printer" size={48} />
            <div>
              <p className="kiosk-print-title">{t('kiosk.printProblemTitle')}</p>
              <p>{ticket.printProblem ?? t('kiosk.printProblemFallback')}</p>
            </div>
          </div>
        )}

        <p className="kiosk-ticket-hint">{t('kiosk.watchBoard')}</p>
        <div className="kiosk-step-actions is-centred">
          <button type="button" className="kiosk-button kiosk-done" onClick={onDone}>
            <Icon name="check" size={40} />
            {t('kiosk.done')}
          </button>
        </div>
      </div>
    </main>
  );
}
