import { useConnection } from '../../api/hooks';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';

/** The standing line for the hall, and the offline mark when the station is out of reach. */
export function DisplayFooter() {
  const { t } = useI18n();
  const connection = useConnection();
  return (
    <footer className="display-footer">
      <span>{t('display.footer')}</span>
      {connection === 'offline' ? (
        <span className="display-offline" role="status" data-testid="offline-mark">
          <Icon name="offline" size={36} />
          {t('display.offline')}
        </span>
      ) : null}
    </footer>
  );
}
