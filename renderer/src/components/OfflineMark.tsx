import { useConnection } from '../api/hooks';
import { useI18n } from '../i18n/I18nProvider';
import { Icon } from './icons';

/** Visible only while the station cannot be reached; says so in plain words. */
export function OfflineMark({ className = '' }: { className?: string }) {
  const connection = useConnection();
  const { t } = useI18n();
  if (connection !== 'offline') return null;
  return (
    <span className={`offline-mark ${className}`} role="status" title={t('app.offlineHint')} data-testid="offline-mark">
      <Icon name="offline" size={18} />
      {t('app.offline')}
    </span>
  );
}
