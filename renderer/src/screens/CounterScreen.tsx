/**
 * The officer's work screen at a counter. The officer first says which counter
 * this is (remembered on the computer); the screen then shows that counter's
 * service areas next to the queue panel, where calling and intake will live.
 */
import { useState } from 'react';
import type { Counter, ServiceArea } from '../../../preload/contract';
import { useMethod } from '../api/hooks';
import { ErrorNotice } from '../components/ErrorNotice';
import { Icon } from '../components/icons';
import { serviceAreaIcon } from '../components/serviceAreaIcon';
import { Splash } from '../components/Splash';
import { StaffHeader } from '../components/StaffHeader';
import { useI18n } from '../i18n/I18nProvider';
import { readLocal, writeLocal } from '../state/localSetting';

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

  const choose = (id: number) => {
    writeLocal(counterKey, String(id));
    setCounterId(id);
    setPicking(false);
  };

  const counter = counters.data?.find((candidate) => candidate.id === counterId);
  const showPicker = picking || (counters.data !== undefined && !counter);

  return (
    <div className="staff-page">
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
      <ErrorNotice error={counters.error ?? areas.error} className="page-notice" />
      {counters.data === undefined || areas.data === undefined ? (
        counters.error || areas.error ? null : <Splash text={t('app.loading')} />
      ) : showPicker ? (
        <CounterPicker counters={counters.data} areas={areas.data} currentId={counterId} onChoose={choose} />
      ) : counter ? (
        <CounterDesk counter={counter} areas={areas.data} />
      ) : null}
    </div>
  );
}

function areasOf(counter: Counter, areas: readonly ServiceArea[]): ServiceArea[] {
  return areas.filter((area) => counter.areaIds.includes(area.id)).sort((a, b) => a.sortOrder - b.sortOrder);
}

function CounterPicker({
  counters,
  areas,
  currentId,
  onChoose,
}: {
  counters: readonly Counter[];
  areas: readonly ServiceArea[];
  currentId: number | null;
  onChoose(id: number): void;
}) {
  const { t } = useI18n();
  const sorted = [...counters].sort((a, b) => a.number - b.number);
  return (
    <main className="page-body">
      <section className="card">
        <h1 className="card-title">{t('counter.pickTitle')}</h1>
        <p className="muted">{t('counter.pickIntro')}</p>
        {sorted.length === 0 ? (
          <div className="empty-state">
            <Icon name="counter" size={48} />
            <p>{t('counter.noCounters')}</p>
          </div>
        ) : (
          <div className="counter-pick-grid">
            {sorted.map((counter) => (
              <button
                key={counter.id}
                type="button"
                className={`counter-pick ${counter.id === currentId ? 'is-current' : ''}`}
                onClick={() => onChoose(counter.id)}
              >
                <span className="counter-pick-number">{counter.number}</span>
                <span className="counter-pick-text">
                  <span className="counter-pick-name">{counter.name}</span>
                  <span className="counter-pick-areas">
                    {areasOf(counter, areas)
                      .map((area) => area.name)
                      .join(' · ')}
                  </span>
                  {!counter.active ? <span className="badge badge-muted">{t('counter.paused')}</span> : null}
                </span>
              </button>
            ))}
          </div>
        )}
      </section>
    </main>
  );
}

function CounterDesk({ counter, areas }: { counter: Counter; areas: readonly ServiceArea[] }) {
  const { t } = useI18n();
  const served = areasOf(counter, areas);
  return (
    <main className="counter-layout">
      <section className="counter-work">
        <div className="card serving-card">
          <h2 className="card-label">{t('counter.servingTitle')}</h2>
          <p className="serving-none">{t('counter.servingNone')}</p>
        </div>
        <div className="card queue-card">
          <div className="card-bar">
            <h2 className="card-title">{t('counter.queueTitle')}</h2>
          </div>
          <div className="empty-state queue-empty" data-testid="queue-empty">
            <span className="empty-state-icon">
              <Icon name="inbox" size={56} />
            </span>
            <p className="empty-state-title">{t('counter.queueEmpty')}</p>
            <p className="empty-state-hint">{t('counter.queueEmptyHint')}</p>
          </div>
        </div>
      </section>

      <aside className="counter-side">
        <div className="card counter-card">
          <span className="counter-card-number">{counter.number}</span>
          <div>
            <p className="card-label">{t('counter.counterNumber', { number: counter.number })}</p>
            <p className="counter-card-name">{counter.name}</p>
            {!counter.active ? <span className="badge badge-muted">{t('counter.paused')}</span> : null}
          </div>
        </div>
        <div className="card areas-card">
          <div className="card-bar">
            <h2 className="card-title">{t('counter.areasTitle')}</h2>
            <span className="badge">{t('counter.areasCount', { count: served.length })}</span>
          </div>
          {served.length === 0 ? (
            <p className="muted">{t('counter.areasEmpty')}</p>
          ) : (
            <ul className="area-list" data-testid="counter-areas">
              {served.map((area) => (
                <li key={area.id} className="area-row">
                  <span className="area-row-icon">
                    <Icon name={serviceAreaIcon(area)} size={26} />
                  </span>
                  <span className="area-row-name">{area.name}</span>
                  <span className="area-row-prefix" title={area.code}>
                    {area.ticketPrefix}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </aside>
    </main>
  );
}
