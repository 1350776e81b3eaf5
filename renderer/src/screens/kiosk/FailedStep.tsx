/** When no ticket could be issued: what happened in plain words, and two ways on. */
import type { AppError } from '@contract';
import { useErrorText } from '../../components/ErrorNotice';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';

export function FailedStep({ error, onRetry, onRestart }: { error: AppError; onRetry(): void; onRestart(): void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  return (
    <main className="kiosk-main kiosk-failed" role="alert" data-testid="kiosk-failed">
      <span className="kiosk-failed-icon">
        <Icon name="alert" size={96} />
      </span>
      <h2 className="kiosk-failed-title">{t('kiosk.failedTitle')}</h2>
      <p className="kiosk-failed-reason">{errorText(error)}</p>
      <p className="kiosk-failed-help">{t('kiosk.failedHelp')}</p>
      <div className="kiosk-step-actions is-centred">
        <button type="button" className="kiosk-back" onClick={onRestart}>
          <Icon name="back" size={40} />
          {t('kiosk.backToStart')}
        </button>
        <button type="button" className="kiosk-button" onClick={onRetry}>
          <Icon name="recall" size={40} />
          {t('kiosk.retry')}
        </button>
      </div>
    </main>
  );
}
