/**
 * The top bar of the staff screens (counter, admin): which centre, which screen,
 * the time, who is signed in, and the way out.
 */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { formatClock, formatLongDate } from '../i18n/vietnamTime';
import { Link, navigate } from '../router/router';
import { useSession } from '../session/SessionProvider';
import { useStationTime } from '../station/useStationTime';
import { BrandMark, useCentreName } from './Brand';
import { Icon } from './icons';
import { OfflineMark } from './OfflineMark';

export function StaffHeader({ screenTitle, children }: { screenTitle: string; children?: ReactNode }) {
  const { t, locale } = useI18n();
  const { user, logout } = useSession();
  const centreName = useCentreName();
  const now = useStationTime(60_000);

  const signOut = async () => {
    await logout();
    navigate('/login');
  };

  return (
    <header className="staff-header">
      <Link to="/" className="staff-brand">
        <BrandMark size={40} />
        <span className="staff-brand-text">
          <span className="staff-centre" data-testid="centre-name">
            {centreName}
          </span>
          <span className="staff-screen">{screenTitle}</span>
        </span>
      </Link>
      {children ? <div className="staff-header-extra">{children}</div> : null}
      <div className="staff-header-right">
        <OfflineMark />
        <span className="staff-clock" title={formatLongDate(now, locale)}>
          <Icon name="clock" size={18} />
          {formatClock(now, locale)}
        </span>
        {user ? (
          <span className="staff-user" data-testid="signed-in-user">
            <Icon name="user" size={20} />
            <span>
              <span className="staff-user-name">{user.fullName}</span>
              <span className="staff-user-role">{t(`userRoles.${user.role}`)}</span>
            </span>
          </span>
        ) : null}
        {user ? (
          <button type="button" className="button button-ghost-light" onClick={signOut}>
            <Icon name="logout" size={18} />
            {t('session.logout')}
          </button>
        ) : null}
      </div>
    </header>
  );
}
