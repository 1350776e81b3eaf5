/**
 * Shown once when the browser refuses to play sound until someone touches the page
 * (a TV's browser, not the Electron display window, which allows it).
 */
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';

export function SoundOverlay({ onEnable }: { onEnable(): void }) {
  const { t } = useI18n();
  return (
    <div className="sound-overlay" role="dialog" aria-modal="true" aria-labelledby="sound-overlay-title">
      <button type="button" className="sound-button" onClick={onEnable} data-testid="enable-sound">
        <Icon name="sound" size={120} />
        <span id="sound-overlay-title" className="sound-button-title">
          {t('display.enableSound')}
        </span>
        <span className="sound-button-hint">{t('display.enableSoundHint')}</span>
      </button>
    </div>
  );
}
