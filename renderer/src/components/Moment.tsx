/**
 * An instant as people in the centre read it: how long ago (or how soon), and the
 * exact Vietnam time beside it. Ticks with the station's clock.
 */
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime } from '../i18n/vietnamTime';
import { useStationTime } from '../station/useStationTime';
import { relativeTime } from './relativeTime';

export function Moment({ at, empty, testId }: { at: string | null; empty: string; testId?: string }) {
  const { locale } = useI18n();
  if (!at) {
    return (
      <span className="moment muted" data-testid={testId}>
        {empty}
      </span>
    );
  }
  return <KnownMoment at={at} locale={locale} testId={testId} />;
}

function KnownMoment({ at, locale, testId }: { at: string; locale: string; testId: string | undefined }) {
  const now = useStationTime(1000);
  const instant = new Date(at);
  return (
    <span className="moment" data-testid={testId}>
      <span className="moment-relative">{relativeTime(instant, now, locale)}</span>
      <time className="moment-absolute" dateTime={at}>
        {formatDateTime(instant, locale)}
      </time>
    </span>
  );
}
