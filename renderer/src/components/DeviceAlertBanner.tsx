/**
 * A device that needs someone (ticket printer out of paper, scanner unplugged)
 * shows as soon as the station says so, until dismissed: across every admin tab,
 * and on the counter screen, where the officer is the one near the kiosk.
 */
import { useState } from 'react';
import type { EventPayload } from '@contract';
import { useEvent } from '../api/hooks';
import { useI18n } from '../i18n/I18nProvider';
import { formatClock } from '../i18n/vietnamTime';
import { Icon } from './icons';

type DeviceAlert = EventPayload<'devices.alert'>;

/** `onShowDevices` offers a way to the devices settings; null where there is none (the counter). */
export function DeviceAlertBanner({ onShowDevices, className = '' }: { onShowDevices: (() => void) | null; className?: string }) {
  const { t, tOptional, locale } = useI18n();
  const [alert, setAlert] = useState<DeviceAlert>();
  useEvent('devices.alert', setAlert);
  if (!alert) return null;

  const device = alert.device === 'ticket_printer' ? t('adminDevices.ticketPrinter') : t('adminDevices.scanner');
  return (
    <div className={`device-alert ${className}`} role="alert" data-testid="device-alert">
      <Icon name={alert.device === 'ticket_printer' ? 'printer' : 'alert'} size={30} />
      <div className="device-alert-text">
        <p className="device-alert-title">{t('adminDevices.alertTitle', { device, state: tOptional(`adminDevices.states.${alert.state}`) ?? alert.state })}</p>
        <p>
          {alert.message}
          <span className="device-alert-time">{t('adminDevices.alertAt', { time: formatClock(new Date(alert.at), locale) })}</span>
        </p>
      </div>
      {onShowDevices ? (
        <button type="button" className="button button-small button-on-alert" onClick={onShowDevices}>
          {t('adminDevices.alertOpen')}
        </button>
      ) : null}
      <button type="button" className="button button-small button-on-alert" onClick={() => setAlert(undefined)}>
        {t('adminDevices.alertDismiss')}
      </button>
    </div>
  );
}
