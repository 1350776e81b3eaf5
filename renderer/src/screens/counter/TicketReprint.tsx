/**
 * "In lại phiếu": a citizen whose ticket did not come out (printer offline, out of
 * paper) asks at the counter, and the officer prints it again on the kiosk's
 * printer. The station answers whether it printed and, if not, why, in Vietnamese;
 * the desk shows that answer until the next reprint or until dismissed.
 */
import { useState, type ReactElement } from 'react';
import type { AppError, QueueTicket } from '@contract';
import { api } from '../../api/client';
import { useWrite } from '../../api/useWrite';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';

type Outcome =
  | { kind: 'printed'; number: string }
  | { kind: 'notPrinted'; number: string; problem: string | null }
  | { kind: 'failed'; error: AppError };

export interface TicketReprint {
  /** The ticket being reprinted now, if any. */
  busyId: number | null;
  reprint(ticket: Pick<QueueTicket, 'id' | 'number'>): void;
  /** The last reprint's answer, for the desk to show. */
  notice: ReactElement | null;
}

export function useTicketReprint(): TicketReprint {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const send = useWrite(
    async (ticket: Pick<QueueTicket, 'id' | 'number'>) => {
      setOutcome(null);
      const reply = await api.call('queue.reprintTicket', { ticketId: ticket.id });
      setOutcome(reply.printed ? { kind: 'printed', number: ticket.number } : { kind: 'notPrinted', number: ticket.number, problem: reply.problem });
    },
    { onError: (error) => setOutcome({ kind: 'failed', error }) },
  );

  return { busyId: send.busyWith?.id ?? null, reprint: (ticket) => void send.run(ticket), notice: outcome ? <ReprintNotice outcome={outcome} onDismiss={() => setOutcome(null)} /> : null };
}

function ReprintNotice({ outcome, onDismiss }: { outcome: Outcome; onDismiss(): void }) {
  const { t } = useI18n();
  const dismiss = (
    <button type="button" className="button button-small reprint-dismiss" onClick={onDismiss}>
      {t('counter.reprint.dismiss')}
    </button>
  );
  if (outcome.kind === 'failed') {
    return (
      <div className="reprint-notice" data-testid="reprint-notice">
        <ErrorNotice error={outcome.error} />
        {dismiss}
      </div>
    );
  }
  const printed = outcome.kind === 'printed';
  return (
    <div className="reprint-notice" data-testid="reprint-notice">
      <div className={`notice ${printed ? 'notice-success' : 'notice-warning'}`} role="status">
        <Icon name={printed ? 'check' : 'printer'} className="notice-icon" />
        <div>
          <p className="notice-title">
            {printed ? t('counter.reprint.printed', { number: outcome.number }) : t('counter.reprint.notPrinted', { number: outcome.number })}
          </p>
          {outcome.kind === 'notPrinted' ? <p data-testid="reprint-problem">{outcome.problem ?? t('counter.reprint.noReason')}</p> : null}
        </div>
      </div>
      {dismiss}
    </div>
  );
}
