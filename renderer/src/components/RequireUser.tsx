/**
 * Guards a staff screen: without a session it sends the user to the login page
 * (which brings them back here); with the wrong role it says so instead of
 * showing a screen whose every call would be refused.
 */
import { useEffect, type ReactNode } from 'react';
import type { UserRole } from '@contract';
import { useI18n } from '../i18n/I18nProvider';
import { navigate, usePlace } from '../router/router';
import { useSession } from '../session/SessionProvider';
import { CenteredCard, Splash } from './Splash';
import { Icon } from './icons';

export function RequireUser({ roles, children }: { roles: readonly UserRole[]; children: ReactNode }) {
  const { state, user, logout } = useSession();
  const place = usePlace();
  const { t } = useI18n();
  const anonymous = state.status === 'anonymous';

  useEffect(() => {
    if (anonymous) navigate(`/login?next=${encodeURIComponent(place.href)}`, { replace: true });
  }, [anonymous, place.href]);

  if (state.status === 'checking' || state.status === 'anonymous') return <Splash text={t('session.checking')} />;
  if (state.status === 'unknown') return <Splash text={t('app.connecting')} />;
  if (user && !roles.includes(user.role)) {
    const switchUser = async () => {
      await logout();
      navigate(`/login?next=${encodeURIComponent(place.href)}`);
    };
    return (
      <CenteredCard>
        <Icon name="shield" size={48} className="card-hero-icon" />
        <h1>{t('session.forbiddenTitle')}</h1>
        <p>{t('session.forbiddenBody', { name: user.fullName })}</p>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={switchUser}>
            {t('session.switchUser')}
          </button>
          <button type="button" className="button" onClick={() => navigate('/')}>
            {t('app.backHome')}
          </button>
        </div>
      </CenteredCard>
    );
  }
  return <>{children}</>;
}
