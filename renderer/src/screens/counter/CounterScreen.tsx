/**
 * The officer's work screen at a counter. The officer first says which counter
 * this is (remembered on the computer); the workspace then shows that counter's
 * queue desk, intake form or return desk, as the address says. A device alert
 * (the kiosk's ticket printer out of paper) shows above, until dismissed.
 */
import { useState } from 'react';
import { useMethod } from '../../api/hooks';
import { DeviceAlertBanner } from '../../components/DeviceAlertBanner';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Splash } from '../../components/Splash';
import { StaffHeader } from '../../components/StaffHeader';
import { useI18n } from '../../i18n/I18nProvider';
import { readLocal, writeLocal } from '../../state/localSetting';
import { usePlace } from '../../router/router';
import { CounterPicker } from './CounterPicker';
import { counterTabOf } from './counterTabs';
import { CounterWorkspace } from './CounterWorkspace';

const counterKey = 'motcua.counter';

function storedCounterId(): number | null {
  const value = Number(readLocal(counterKey));
  return Number.isInteger(value) && value > 0 ? value : null;
}

export function CounterScreen() {
  const { t } = useI18n();
  const counters = useMethod('catalogue.counters', {});
  const areas = useMethod('catalogue.serviceAreas', {});
  const [counterId, setCounterId] = useState<number | null>(storedCounterId);
  const [picking, setPicking] = useState(false);
  const tab = counterTabOf(usePlace().path) ?? 'desk';

  const choose = (id: number) => {
    writeLocal(counterKey, String(id));
    setCounterId(id);
    setPicking(false);
  };

  const counter = counters.data?.find((candidate) => candidate.id === counterId);
  const showPicker = picking || (counters.data !== undefined && !counter);

  return (
    <div className="staff-page counter-page">
      <StaffHeader screenTitle={t('counter.screenTitle')}>
        {counter && !showPicker ? (
          <div className="counter-chip">
            <span className="counter-chip-number" data-testid="counter-number">
              {t('counter.counterNumber', { number: counter.number })}
            </span>
            <button type="button" className="button button-ghost-light button-small" onClick={() => setPicking(true)}>
              {t('counter.change')}
            </button>
          </div>
        ) : null}
      </StaffHeader>
      <DeviceAlertBanner onShowDevices={null} className="counter-device-alert" />
      <ErrorNotice error={counters.error ?? areas.error} className="page-notice" />
      {counters.data === undefined || areas.data === undefined ? (
        counters.error || areas.error ? null : <Splash text={t('app.loading')} />
      ) : showPicker ? (
        <CounterPicker counters={counters.data} areas={areas.data} currentId={counterId} onChoose={choose} />
      ) : counter ? (
        <CounterWorkspace key={counter.id} counter={counter} counters={counters.data} areas={areas.data} tab={tab} />
      ) : null}
    </div>
  );
}
