/**
 * The newest call, as big as the screen allows. Keyed by the call, so a new call
 * mounts afresh and its short highlight animation plays again.
 */
import type { BoardCall } from '@contract';
import { useI18n } from '../../i18n/I18nProvider';

export function callKey(call: BoardCall): string {
  return `${call.at}|${call.ticketNumber}|${call.counterNumber}`;
}

export function LatestCall({ call }: { call: BoardCall }) {
  const { t } = useI18n();
  return (
    <div key={callKey(call)} className="latest-call" data-testid="latest-call">
      <div className="latest-ticket">
        <span className="latest-label">{call.recall ? t('display.recallLabel') : t('display.callLabel')}</span>
        <span className="latest-number" data-testid="latest-number">
          {call.ticketNumber}
        </span>
        <span className="latest-area">{call.areaName}</span>
      </div>
      <div className="latest-arrow" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth={2.2} strokeLinecap="round" strokeLinejoin="round">
          <path d="M4 12h15M13 5.5l6.5 6.5-6.5 6.5" />
        </svg>
      </div>
      <div className="latest-counter">
        <span className="latest-label">{t('display.toCounter')}</span>
        <span className="latest-counter-number" data-testid="latest-counter">
          {call.counterNumber}
        </span>
      </div>
    </div>
  );
}
