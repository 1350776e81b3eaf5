import type { AppError } from '@contract';
import { useErrorText } from '../components/ErrorNotice';
import { Icon } from '../components/icons';
import { CenteredCard } from '../components/Splash';
import { useI18n } from '../i18n/I18nProvider';

/** Shown when not even the station's public info can be read. Retries by itself on reconnect. */
export function StationUnreachableScreen({ error, onRetry }: { error: AppError; onRetry(): void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  return (
    <CenteredCard>
      <Icon name="offline" size={48} className="card-hero-icon" />
      <h1>{t('app.unreachableTitle')}</h1>
      <p className="lead">{errorText(error)}</p>
      <p className="muted">{t('app.unreachableBody')}</p>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={onRetry}>
          {t('app.retry')}
        </button>
      </div>
    </CenteredCard>
  );
}
