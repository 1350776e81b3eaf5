/**
 * The screens and the order of the gates in front of them: the station must
 * answer, first-run setup comes before anything else, staff screens need a session.
 */
import { useEffect } from 'react';
import { RequireUser } from './components/RequireUser';
import { Splash } from './components/Splash';
import { useI18n } from './i18n/I18nProvider';
import { navigate, usePlace } from './router/router';
import { AdminScreen } from './screens/admin/AdminScreen';
import { CounterScreen } from './screens/counter/CounterScreen';
import { DisplayScreen } from './screens/display/DisplayScreen';
import { KioskScreen } from './screens/kiosk/KioskScreen';
import { LoginScreen } from './screens/LoginScreen';
import { NotFoundScreen } from './screens/NotFoundScreen';
import { RatingScreen } from './screens/rating/RatingScreen';
import { RolePickerScreen } from './screens/RolePickerScreen';
import { SetupScreen } from './screens/SetupScreen';
import { StationUnreachableScreen } from './screens/StationUnreachableScreen';
import { TrackingScreen } from './screens/tracking/TrackingScreen';
import { useStation } from './station/StationProvider';

export function App() {
  const { t } = useI18n();
  const station = useStation();
  const { path } = usePlace();
  const setupRequired = station.info?.setupRequired;

  useEffect(() => {
    if (setupRequired === true && path !== '/setup') navigate('/setup', { replace: true });
    if (setupRequired === false && path === '/setup') navigate('/login', { replace: true });
  }, [setupRequired, path]);

  if (!station.info) {
    return station.error ? (
      <StationUnreachableScreen error={station.error} onRetry={station.reload} />
    ) : (
      <Splash text={t('app.connecting')} />
    );
  }
  if (setupRequired && path !== '/setup') return <Splash text={t('app.loading')} />;

  // A ticket's QR opens /t/<token> on the citizen's phone.
  const tracked = /^\/t\/([A-Za-z0-9_-]+)$/.exec(path);
  if (tracked?.[1]) return <TrackingScreen token={tracked[1]} />;

  switch (path) {
    case '/':
      return <RolePickerScreen />;
    case '/setup':
      return <SetupScreen />;
    case '/login':
      return <LoginScreen />;
    case '/kiosk':
      return <KioskScreen />;
    case '/display':
      return <DisplayScreen />;
    case '/danh-gia':
      return <RatingScreen />;
    case '/counter':
    case '/counter/tiep-nhan':
    case '/counter/tra-ket-qua':
      return (
        <RequireUser roles={['officer', 'admin']}>
          <CounterScreen />
        </RequireUser>
      );
    case '/admin':
      return (
        <RequireUser roles={['admin']}>
          <AdminScreen />
        </RequireUser>
      );
    default:
      return <NotFoundScreen path={path} />;
  }
}
