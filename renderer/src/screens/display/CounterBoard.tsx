/** Each counter and the number it is serving now (or why it is not). */
import type { Board } from '@contract';
import { useI18n } from '../../i18n/I18nProvider';

/** Past this many counters, two columns of numbers only (the names would not fit). */
const manyCounters = 6;

export function CounterBoard({ counters }: { counters: Board['counters'] }) {
  const { t } = useI18n();
  if (counters.length === 0) return null;
  const sorted = [...counters].sort((a, b) => a.counterNumber - b.counterNumber);
  return (
    <section className={`display-panel display-counters ${sorted.length > manyCounters ? 'is-many' : ''}`}>
      <h2 className="display-panel-title">{t('display.countersTitle')}</h2>
      <ul data-testid="counter-board">
        {sorted.map((counter) => {
          const state = !counter.open ? 'closed' : counter.paused ? 'paused' : 'open';
          return (
            <li key={counter.counterNumber} className={`display-counter is-${state}`} data-counter={counter.counterNumber}>
              <span className="display-counter-number">{counter.counterNumber}</span>
              <span className="display-counter-name">{counter.name}</span>
              <span className="display-counter-current">
                {state === 'closed'
                  ? t('display.counterClosed')
                  : state === 'paused'
                    ? t('display.counterPaused')
                    : (counter.currentNumber ?? t('display.counterIdle'))}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
