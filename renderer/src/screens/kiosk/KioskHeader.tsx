/** The header of the citizen-facing touch screens (kiosk, rating): centre, date, clock, offline mark. */
import { BrandMark, useCentreName } from '../../components/Brand';
import { OfflineMark } from '../../components/OfflineMark';
import { useI18n } from '../../i18n/I18nProvider';
import { formatClock, formatLongDate } from '../../i18n/vietnamTime';
import { useStationTime } from '../../station/useStationTime';

export function KioskHeader() {
  const { locale } = useI18n();
  const centreName = useCentreName();
  const now = useStationTime(60_000);
  return (
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
  );
}
