/**
 * Whether the CCCD scanners attached to the station for this counter work, on the
 * counter's tab bar all day: an officer learns that the scanner is unplugged before
 * a citizen's card is scanned in vain, not after. Nothing shows where the counter
 * has no station scanner (a keyboard-wedge scanner needs no station).
 */
import { useEvent, useMethod } from '../../api/hooks';
import { useI18n } from '../../i18n/I18nProvider';

export function StationScanners({ counterId }: { counterId: number }) {
  const { t, tOptional } = useI18n();
  const scanners = useMethod('devices.counterScanners', { counterId });
  useEvent('devices.scannersChanged', (changed) => {
    if (changed.counterIds.includes(counterId)) scanners.reload();
  });
  if (!scanners.data?.length) return null;
  return (
    <ul className="station-scanners" data-testid="station-scanners">
      {scanners.data.map((scanner, index) => {
        const working = scanner.state === 'connected';
        return (
          <li
            key={`${index}-${scanner.label}`}
            className={`status ${working ? 'status-on' : 'status-problem'}`}
            data-state={scanner.state}
            title={[scanner.label, scanner.message].filter(Boolean).join(' – ')}
          >
            {t('counter.stationScanner', { state: tOptional(`adminDevices.states.${scanner.state}`) ?? scanner.state })}
            {scanner.message ? <span className="station-scanner-reason">{scanner.message}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
