/** Which counter this computer stands at; asked once and remembered. */
import type { Counter, ServiceArea } from '@contract';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';
import { areasOf } from './areasOf';

export function CounterPicker({
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
                    {areasOf(counter.areaIds, areas)
                      .map((area) => area.name)
                      .join(' · ')}
                  </span>
                  {!counter.active ? <span className="badge badge-muted">{t('counter.inactive')}</span> : null}
                </span>
              </button>
            ))}
          </div>
        )}
      </section>
    </main>
  );
}
