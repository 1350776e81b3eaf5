/** The kiosk's first step: one large tile per service area that takes tickets. */
import type { ServiceArea } from '@contract';
import type { Loaded } from '../../api/hooks';
import { useErrorText } from '../../components/ErrorNotice';
import { Icon } from '../../components/icons';
import { serviceAreaIcon } from '../../components/serviceAreaIcon';
import { useI18n } from '../../i18n/I18nProvider';

/** Up to this many areas fit as one column of wide tiles; more go in two columns. */
const fewAreas = 6;

export function AreaStep({ areas, onChoose }: { areas: Loaded<ServiceArea[]>; onChoose(area: ServiceArea): void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const open = (areas.data ?? []).filter((area) => area.active).sort((a, b) => a.sortOrder - b.sortOrder);

  return (
    <main className="kiosk-main">
      <p className="kiosk-welcome">{t('kiosk.welcome')}</p>
      <h2 className="kiosk-prompt">{t('kiosk.prompt')}</h2>
      {areas.error && !areas.data ? (
        <p className="kiosk-message">{errorText(areas.error)}</p>
      ) : areas.data && open.length === 0 ? (
        <p className="kiosk-message">{t('kiosk.noAreas')}</p>
      ) : (
        <div className={`kiosk-grid ${open.length <= fewAreas ? 'is-list' : ''}`} data-testid="kiosk-areas">
          {open.map((area) => (
            <button key={area.id} type="button" className="kiosk-tile" onClick={() => onChoose(area)}>
              <span className="kiosk-tile-icon">
                <Icon name={serviceAreaIcon(area)} size={88} />
              </span>
              <span className="kiosk-tile-name">{area.name}</span>
              <span className="kiosk-tile-arrow" aria-hidden="true">
                <Icon name="chevron" size={48} />
              </span>
            </button>
          ))}
        </div>
      )}
      <p className="kiosk-priority">
        <Icon name="care" size={40} />
        <span>{t('kiosk.priorityNote')}</span>
      </p>
    </main>
  );
}
