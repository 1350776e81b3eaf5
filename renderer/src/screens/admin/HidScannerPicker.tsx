/**
 * "Tìm máy quét": lists the HID-POS scanners plugged into the station so the
 * admin picks one instead of looking up its USB id (VID:PID) in a manual.
 */
import { useState } from 'react';
import type { HidScanners } from '@contract';
import { api } from '../../api/client';
import { useWrite } from '../../api/useWrite';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/I18nProvider';

export function HidScannerPicker({ chosen, onPick }: { chosen: string; onPick(usbId: string): void }) {
  const { t } = useI18n();
  const [found, setFound] = useState<HidScanners | null>(null);
  const look = useWrite(async () => setFound(await api.call('devices.hidScanners', {})));
  const { busy, error } = look;

  return (
    <div className="hid-picker" data-testid="hid-picker">
      <button type="button" className="button button-small" onClick={() => void look.run()} disabled={busy}>
        {busy ? t('adminDevices.hidLooking') : t('adminDevices.hidLook')}
      </button>
      <ErrorNotice error={error} />
      {found && !found.available ? <p className="notice-inline-warning">{found.message}</p> : null}
      {found?.available && found.scanners.length === 0 ? <p className="muted">{t('adminDevices.hidNoneFound')}</p> : null}
      {found?.available && found.scanners.length > 0 ? (
        <ul className="hid-picker-list">
          {found.scanners.map((scanner) => (
            <li key={scanner.usbId}>
              <button
                type="button"
                className={`choice ${chosen.trim().toLowerCase() === scanner.usbId ? 'is-checked' : ''}`}
                onClick={() => onPick(scanner.usbId)}
              >
                {t('adminDevices.hidUse', { name: scanner.name, usbId: scanner.usbId })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
