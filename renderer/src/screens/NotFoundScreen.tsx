import { Icon } from '../components/icons';
import { CenteredCard } from '../components/Splash';
import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../router/router';

export function NotFoundScreen({ path }: { path: string }) {
  const { t } = useI18n();
  return (
    <CenteredCard>
      <Icon name="document" size={48} className="card-hero-icon" />
      <h1>{t('app.notFoundTitle')}</h1>
      <p>{t('app.notFoundBody', { path })}</p>
      <div className="actions">
        <Link to="/" className="button button-primary">
          {t('app.backHome')}
        </Link>
      </div>
    </CenteredCard>
  );
}
