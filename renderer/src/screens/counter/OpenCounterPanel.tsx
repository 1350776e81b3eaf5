/**
 * Opening a counter: the areas it will call tickets from, ticked by default as the
 * administrator configured the counter, changeable for today (an officer covering
 * for a colleague takes one more area). Also where an officer takes over a counter
 * another officer left open.
 */
import { useState, type FormEvent } from 'react';
import type { Counter, CounterState, ServiceArea } from '@contract';
import { api } from '../../api/client';
import { useWrite } from '../../api/useWrite';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/icons';
import { serviceAreaIcon } from '../../components/serviceAreaIcon';
import { useI18n } from '../../i18n/I18nProvider';

export function OpenCounterPanel({
  counter,
  areas,
  state,
  onOpened,
}: {
  counter: Counter;
  areas: readonly ServiceArea[];
  state: CounterState;
  onOpened(state: CounterState): void;
}) {
  const { t } = useI18n();
  const active = areas.filter((area) => area.active).sort((a, b) => a.sortOrder - b.sortOrder);
  const [chosen, setChosen] = useState<number[]>(() => state.areaIds.filter((id) => active.some((area) => area.id === id)));
  // The workspace replaces this panel once the counter is open.
  const open = useWrite(async () => onOpened(await api.call('queue.openCounter', { counterId: counter.id, areaIds: chosen })), { keepBusyOnSuccess: true });
  const { busy, error } = open;
  const heldByOther = state.open;

  const toggle = (id: number, on: boolean) =>
    setChosen((previous) => (on ? [...previous.filter((other) => other !== id), id] : previous.filter((other) => other !== id)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen.length > 0) void open.run();
  };

  return (
    <main className="page-body open-counter">
      <form className="card open-counter-card" onSubmit={submit} data-testid="open-counter">
        <div className="card-heading">
          <span className="counter-card-number is-small">{counter.number}</span>
          <div>
            <h1 className="card-title">{t('counter.openTitle', { number: counter.number })}</h1>
            <p className="muted">{counter.name}</p>
          </div>
        </div>
        {heldByOther ? (
          <div className="notice notice-info" role="status">
            <Icon name="info" className="notice-icon" />
            <p>{t('counter.heldByOther')}</p>
          </div>
        ) : null}
        <fieldset className="area-choices">
          <legend className="card-label">{t('counter.openAreas')}</legend>
          {active.length === 0 ? <p className="muted">{t('counter.areasEmpty')}</p> : null}
          {active.map((area) => {
            const checked = chosen.includes(area.id);
            return (
              <label key={area.id} className={`area-row area-choice ${checked ? 'is-checked' : ''}`}>
                <input type="checkbox" checked={checked} onChange={(event) => toggle(area.id, event.target.checked)} />
                <span className="area-row-icon">
                  <Icon name={serviceAreaIcon(area)} size={26} />
                </span>
                <span className="area-row-name">{area.name}</span>
                {counter.areaIds.includes(area.id) ? <span className="badge">{t('counter.areaConfigured')}</span> : null}
                <span className="area-row-prefix">{area.ticketPrefix}</span>
              </label>
            );
          })}
        </fieldset>
        {chosen.length === 0 ? <p className="field-problem">{t('counter.openNeedsArea')}</p> : null}
        <ErrorNotice error={error} />
        <div className="actions">
          <button type="submit" className="button button-primary button-large" disabled={busy || chosen.length === 0}>
            <Icon name="play" size={22} />
            {busy ? t('counter.opening') : heldByOther ? t('counter.takeOver') : t('counter.open')}
          </button>
        </div>
      </form>
    </main>
  );
}
