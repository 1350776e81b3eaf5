/**
 * The citizen's touch screen in the hall. Big tiles, no keyboard, no way to get
 * lost: after 15 seconds without a touch it goes back to the start.
 */
import { useEffect, useRef, useState } from 'react';
import type { ServiceArea } from '../../../preload/contract';
import { useMethod } from '../api/hooks';
import { BrandMark, useCentreName } from '../components/Brand';
import { useErrorText } from '../components/ErrorNotice';
import { Icon } from '../components/icons';
import { OfflineMark } from '../components/OfflineMark';
import { serviceAreaIcon } from '../components/serviceAreaIcon';
import { useI18n } from '../i18n/I18nProvider';
import { formatClock, formatLongDate } from '../i18n/vietnamTime';
import { useStationTime } from '../station/useStationTime';

const idleResetMs = 15_000;
/** Up to this many areas fit as one column of wide tiles; more go in two columns. */
const fewAreas = 6;

/** Calls `onIdle` once the screen has not been touched for `ms`. */
function useIdle(ms: number, onIdle: () => void): void {
  const latest = useRef(onIdle);
  latest.current = onIdle;
  useEffect(() => {
    let timer = setTimeout(() => latest.current(), ms);
    const touched = () => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(), ms);
    };
    const kinds = ['pointerdown', 'touchstart', 'keydown', 'wheel'] as const;
    for (const kind of kinds) window.addEventListener(kind, touched, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const kind of kinds) window.removeEventListener(kind, touched);
    };
  }, [ms]);
}

export function KioskScreen() {
  const { t, locale } = useI18n();
  const centreName = useCentreName();
  const now = useStationTime(60_000);
  const areas = useMethod('catalogue.serviceAreas', {});
  const errorText = useErrorText();
  const [chosen, setChosen] = useState<ServiceArea | null>(null);

  useIdle(idleResetMs, () => {
    setChosen(null);
    window.scrollTo(0, 0);
  });

  const open = (areas.data ?? []).filter((area) => area.active).sort((a, b) => a.sortOrder - b.sortOrder);

  return (
    <div className="kiosk-page" onContextMenu={(event) => event.preventDefault()}>
      <header className="kiosk-header">
        <BrandMark size={84} />
        <div className="kiosk-header-text">
          <h1 className="kiosk-centre" data-testid="centre-name">
            {centreName}
          </h1>
          <p className="kiosk-date">{formatLongDate(now, locale)}</p>
        </div>
        <div className="kiosk-header-side">
          <span className="kiosk-clock">{formatClock(now, locale)}</span>
          <OfflineMark className="kiosk-offline" />
        </div>
      </header>

      <main className="kiosk-main">
        <p className="kiosk-welcome">{t('kiosk.welcome')}</p>
        <h2 className="kiosk-prompt">{t('kiosk.prompt')}</h2>
        {areas.error && !areas.data ? (
          <p className="kiosk-message">{errorText(areas.error)}</p>
        ) : areas.data && open.length === 0 ? (
          <p className="kiosk-message">{t('kiosk.noAreas')}</p>
        ) : (
          <div className={`kiosk-grid ${open.length <= fewAreas ? 'is-list' : ''}`} data-testid="kiosk-areas">
            {open.map((area) => (
              <button key={area.id} type="button" className="kiosk-tile" onClick={() => setChosen(area)}>
                <span className="kiosk-tile-icon">
                  <Icon name={serviceAreaIcon(area)} size={88} />
                </span>
                <span className="kiosk-tile-name">{area.name}</span>
                <span className="kiosk-tile-arrow" aria-hidden="true">
                  <Icon name="chevron" size={48} />
                </span>
              </button>
            ))}
          </div>
        )}
        <p className="kiosk-priority">
          <Icon name="care" size={40} />
          <span>{t('kiosk.priority')}</span>
        </p>
      </main>

      <footer className="kiosk-footer">{t('kiosk.footer')}</footer>

      {chosen ? (
        <div className="kiosk-overlay" role="dialog" aria-modal="true" aria-labelledby="kiosk-notice-title">
          <div className="kiosk-notice">
            <span className="kiosk-notice-icon">
              <Icon name="info" size={96} />
            </span>
            <h2 id="kiosk-notice-title">{t('kiosk.closedTitle')}</h2>
            <p>{t('kiosk.closedBody', { area: chosen.name })}</p>
            <button type="button" className="kiosk-button" onClick={() => setChosen(null)}>
              {t('kiosk.ok')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
