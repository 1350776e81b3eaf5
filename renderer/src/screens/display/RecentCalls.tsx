/** The last calls, newest first: for whoever looked away when their number came up. */
import type { BoardCall } from '@contract';
import { useI18n } from '../../i18n/I18nProvider';
import { formatClock } from '../../i18n/vietnamTime';
import { callKey } from './LatestCall';

export function RecentCalls({ calls }: { calls: readonly BoardCall[] }) {
  const { t, locale } = useI18n();
  return (
    <div className="recent-calls">
      <h3 className="recent-title">{t('display.recentTitle')}</h3>
      <ol className="recent-list" data-testid="recent-calls">
        {calls.map((call, index) => (
          <li key={callKey(call)} className={`recent-row ${index === 0 ? 'is-newest' : ''}`} data-number={call.ticketNumber}>
            <span className="recent-number">
              {call.ticketNumber}
              {call.recall ? <span className="recent-recall">{t('display.recallShort')}</span> : null}
            </span>
            <span className="recent-counter">{t('display.counterNumber', { number: call.counterNumber })}</span>
            <span className="recent-time">{formatClock(new Date(call.at), locale)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
