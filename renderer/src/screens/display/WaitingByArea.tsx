/** How many people wait in each area, so nobody has to ask. */
import type { Board } from '@contract';
import { useI18n } from '../../i18n/I18nProvider';

export function WaitingByArea({ areas }: { areas: Board['waitingByArea'] }) {
  const { t } = useI18n();
  if (areas.length === 0) return null;
  return (
    <section className="display-panel display-waiting">
      <h2 className="display-panel-title">{t('display.waitingTitle')}</h2>
      <ul data-testid="waiting-by-area">
        {areas.map((area) => (
          <li key={area.areaId} className="display-waiting-row">
            <span className="display-waiting-prefix">{area.prefix}</span>
            <span className="display-waiting-name">{area.areaName}</span>
            <span className="display-waiting-count">{t('display.waitingCount', { count: area.waiting })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
