/**
 * "Tìm máy quét": lists the HID-POS scanners plugged into the station so the
 * admin picks one instead of looking up its USB id (VID:PID) in a manual.
 */
import { useState } from 'react';
import type { AppError, HidScanners } from '@contract';
import { api } from '../../api/client';
import { asAppError } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/I18nProvider';

export function HidScannerPicker({ chosen, onPick }: { chosen: string; onPick(usbId: string): void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<HidScanners | null>(null);
  const [error, setError] = useState<AppError>();

  async function look() {
    setBusy(true);
    setError(undefined);
    try {
      setFound(await api.call('devices.hidScanners', {}));
    } catch (failure) {
      setError(asAppError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="hid-picker" data-testid="hid-picker">
      <button type="button" className="button button-small" onClick={() => void look()} disabled={busy}>
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
