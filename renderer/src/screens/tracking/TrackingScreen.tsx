/**
 * The page a citizen's phone opens from the QR on the ticket: their number, how
 * many are ahead, and the counter once they are called. It refreshes whenever the
 * station pushes a new board, and every 15 seconds while the live channel is down.
 * Anonymous and public: it shows what the hall board shows, for one ticket.
 */
import { useEffect } from 'react';
import type { TrackedTicket } from '@contract';
import { useConnection, useEvent, useMethod, useThrottled } from '../../api/hooks';
import { BrandMark, useCentreName } from '../../components/Brand';
import { useErrorText } from '../../components/ErrorNotice';
import { Icon } from '../../components/icons';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useI18n } from '../../i18n/I18nProvider';
import { formatClock, formatShortDate, vietnamDayOf } from '../../i18n/vietnamTime';
import { useStation } from '../../station/StationProvider';

const offlinePollMs = 15_000;

export function TrackingScreen({ token }: { token: string }) {
  const { t } = useI18n();
  const centreName = useCentreName();
  const connection = useConnection();
  const tracked = useMethod('queue.track', { token });
  const errorText = useErrorText();
  // Every phone in the hall does this: a busy morning must not cost one read per push.
  useEvent('queue.board', useThrottled(tracked.reload));

  const { reload } = tracked;
  useEffect(() => {
    if (connection === 'online') return;
    const timer = setInterval(reload, offlinePollMs);
    return () => clearInterval(timer);
  }, [connection, reload]);

  const unknown = tracked.error && (tracked.error.code === 'NOT_FOUND' || tracked.error.code === 'VALIDATION_FAILED');

  return (
    <div className="tracking-page">
      <header className="tracking-header">
        <BrandMark size={40} />
        <span className="tracking-centre" data-testid="centre-name">
          {centreName}
        </span>
      </header>
      <main className="tracking-main">
        {tracked.data && !unknown ? (
          <TicketStatus ticket={tracked.data} />
        ) : unknown ? (
          <section className="tracking-card tracking-missing" data-testid="tracking-not-found">
            <Icon name="ticket" size={64} />
            <h1>{t('tracking.notFoundTitle')}</h1>
            <p>{t('tracking.notFoundBody')}</p>
          </section>
        ) : tracked.error ? (
          <section className="tracking-card tracking-missing" role="alert">
            <Icon name="offline" size={64} />
            <p>{errorText(tracked.error)}</p>
          </section>
        ) : (
          <p className="tracking-loading">{t('app.loading')}</p>
        )}
        {connection === 'offline' ? (
          <p className="tracking-offline" role="status">
            <Icon name="offline" size={18} />
            {t('tracking.offline')}
          </p>
        ) : null}
        <div className="tracking-language">
          <LanguageSwitch />
        </div>
      </main>
    </div>
  );
}

function TicketStatus({ ticket }: { ticket: TrackedTicket }) {
  const { t, locale } = useI18n();
  const { clockOffsetMs } = useStation();
  const issuedAt = new Date(ticket.issuedAt);
  const isToday = ticket.serviceDay === vietnamDayOf(new Date(Date.now() + clockOffsetMs));

  return (
    <section className={`tracking-card is-${ticket.status}`} data-testid="tracking-ticket" data-status={ticket.status}>
      <p className="tracking-label">{t('tracking.yourNumber')}</p>
      <p className="tracking-number" data-testid="tracking-number">
        {ticket.number}
      </p>
      <p className="tracking-area">{ticket.areaName}</p>

      <div className="tracking-status" data-testid="tracking-status" aria-live="polite">
        {ticket.status === 'waiting' ? (
          ticket.peopleAhead === 0 ? (
            <p className="tracking-big">{t('tracking.next')}</p>
          ) : (
            <>
              <p className="tracking-ahead" data-testid="tracking-ahead">
                {ticket.peopleAhead}
              </p>
              <p>{t('tracking.peopleAhead')}</p>
            </>
          )
        ) : ticket.status === 'called' ? (
          <>
            <p>{t('tracking.calledTo')}</p>
            <p className="tracking-counter" data-testid="tracking-counter">
              {t('tracking.counter', { number: ticket.counterNumber ?? '?' })}
            </p>
          </>
        ) : ticket.status === 'serving' ? (
          <p className="tracking-big">{t('tracking.serving', { number: ticket.counterNumber ?? '?' })}</p>
        ) : ticket.status === 'done' ? (
          <p className="tracking-big">{t('tracking.done')}</p>
        ) : (
          <p className="tracking-big">{t('tracking.noShow', { number: ticket.counterNumber ?? '?' })}</p>
        )}
      </div>

      <dl className="tracking-facts">
        <div>
          <dt>{t('tracking.status')}</dt>
          <dd>{t(`tracking.statuses.${ticket.status}`)}</dd>
        </div>
        <div>
          <dt>{t('tracking.issuedAt')}</dt>
          <dd>
            {formatClock(issuedAt, locale)} {isToday ? null : formatShortDate(issuedAt, locale)}
          </dd>
        </div>
      </dl>
      {!isToday ? <p className="tracking-note">{t('tracking.otherDay')}</p> : null}
      <p className="tracking-updated">{t('tracking.autoUpdate')}</p>
    </section>
  );
}
