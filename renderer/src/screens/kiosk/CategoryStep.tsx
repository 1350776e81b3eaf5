/**
 * The kiosk's second step: a normal ticket (most people, so the biggest button) or
 * one of the priority categories. While the ticket is being issued every button is
 * held down, so a double tap cannot take two numbers.
 */
import type { PriorityCategoryName, ServiceArea } from '@contract';
import { Icon } from '../../components/icons';
import { priorityCategories, priorityIcon } from '../../components/priority';
import { serviceAreaIcon } from '../../components/serviceAreaIcon';
import { useI18n } from '../../i18n/I18nProvider';

export function CategoryStep({
  area,
  issuing,
  onChoose,
  onBack,
}: {
  area: ServiceArea;
  /** Set while the ticket is being issued for this choice. */
  issuing: { priority: PriorityCategoryName | null } | null;
  onChoose(priority: PriorityCategoryName | null): void;
  onBack(): void;
}) {
  const { t } = useI18n();
  const busy = issuing !== null;
  const isChosen = (priority: PriorityCategoryName | null) => busy && issuing.priority === priority;

  return (
    <main className="kiosk-main kiosk-category" aria-busy={busy}>
      <div className="kiosk-chosen-area">
        <span className="kiosk-tile-icon">
          <Icon name={serviceAreaIcon(area)} size={64} />
        </span>
        <span>
          <span className="kiosk-chosen-label">{t('kiosk.areaChosen')}</span>
          <span className="kiosk-chosen-name">{area.name}</span>
        </span>
      </div>
      <h2 className="kiosk-prompt">{t('kiosk.categoryPrompt')}</h2>

      <button
        type="button"
        className={`kiosk-normal ${isChosen(null) ? 'is-chosen' : ''}`}
        disabled={busy}
        onClick={() => onChoose(null)}
      >
        <Icon name="ticket" size={72} />
        <span className="kiosk-normal-text">
          <span className="kiosk-normal-name">{t('kiosk.normal')}</span>
          <span className="kiosk-normal-hint">{isChosen(null) ? t('kiosk.issuing') : t('kiosk.normalHint')}</span>
        </span>
      </button>

      <h3 className="kiosk-section-title">{t('kiosk.priorityTitle')}</h3>
      <div className="kiosk-priority-grid" data-testid="kiosk-priorities">
        {priorityCategories.map((category) => (
          <button
            key={category}
            type="button"
            className={`kiosk-priority-button ${isChosen(category) ? 'is-chosen' : ''}`}
            disabled={busy}
            onClick={() => onChoose(category)}
          >
            <span className="kiosk-priority-icon">
              <Icon name={priorityIcon[category]} size={64} />
            </span>
            <span className="kiosk-priority-name">
              {isChosen(category) ? t('kiosk.issuing') : t(`priority.${category}`)}
            </span>
          </button>
        ))}
      </div>
      <p className="kiosk-category-hint">{t('kiosk.priorityHint')}</p>

      <div className="kiosk-step-actions">
        <button type="button" className="kiosk-back" disabled={busy} onClick={onBack}>
          <Icon name="back" size={40} />
          {t('kiosk.back')}
        </button>
      </div>
    </main>
  );
}
