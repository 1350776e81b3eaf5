/**
 * The hall TV: centre name, Vietnam date and time, and the call board. It shows
 * numbers and counters only, never a name or any other personal data.
 */
import { useConnection, useMethod } from '../api/hooks';
import { BrandMark, useCentreName } from '../components/Brand';
import { Icon } from '../components/icons';
import { useI18n } from '../i18n/I18nProvider';
import { formatClock, formatLongDate } from '../i18n/vietnamTime';
import { useStation } from '../station/StationProvider';
import { useStationTime } from '../station/useStationTime';

export function DisplayScreen() {
  const { t, locale } = useI18n();
  const { site } = useStation();
  const centreName = useCentreName();
  const now = useStationTime(1000);
  const connection = useConnection();
  const counters = useMethod('catalogue.counters', {});
  const active = (counters.data ?? []).filter((counter) => counter.active).sort((a, b) => a.number - b.number);

  return (
    <div className="display-page">
      <header className="display-header">
        <BrandMark size={96} />
        <div className="display-title">
          {site ? <p className="display-agency">{site.agencyName}</p> : null}
          <h1 className="display-centre" data-testid="centre-name">
            {centreName}
          </h1>
        </div>
        <div className="display-time">
          <span className="display-clock" data-testid="display-clock">
            {formatClock(now, locale, true)}
          </span>
          <span className="display-date">{formatLongDate(now, locale)}</span>
        </div>
      </header>

      <main className="display-main">
        <section className="display-board" aria-live="polite">
          <h2 className="display-board-title">{t('display.boardTitle')}</h2>
          <div className="display-board-empty" data-testid="display-board-empty">
            <Icon name="ticket" size={120} />
            <p className="display-board-empty-title">{t('display.noCalls')}</p>
            <p className="display-board-empty-hint">{t('display.noCallsHint')}</p>
          </div>
        </section>
        {active.length > 0 ? (
          <aside className="display-counters">
            <h2 className="display-counters-title">{t('display.countersTitle')}</h2>
            <ul>
              {active.map((counter) => (
                <li key={counter.id}>
                  <span className="display-counter-number">{counter.number}</span>
                  <span className="display-counter-name">{counter.name}</span>
                </li>
              ))}
            </ul>
          </aside>
        ) : null}
      </main>

      <footer className="display-footer">
        <span>{t('display.footer')}</span>
        {connection === 'offline' ? (
          <span className="display-offline" role="status" data-testid="offline-mark">
            <Icon name="offline" size={36} />
            {t('display.offline')}
          </span>
        ) : null}
      </footer>
    </div>
  );
}
