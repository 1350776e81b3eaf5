/**
 * The start page of a terminal: which screen this computer shows. Large tiles,
 * because it is often chosen on a touch screen or a TV remote's mouse.
 */
import { BrandMark, useCentreName } from '../components/Brand';
import { Icon, type IconName } from '../components/icons';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { OfflineMark } from '../components/OfflineMark';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { Link } from '../router/router';
import { useStation } from '../station/StationProvider';

const tiles: ReadonlyArray<{ to: string; icon: IconName; title: MessageKey; hint: MessageKey; tone: string }> = [
  { to: '/kiosk', icon: 'ticket', title: 'picker.kiosk', hint: 'picker.kioskHint', tone: 'red' },
  { to: '/counter', icon: 'counter', title: 'picker.counter', hint: 'picker.counterHint', tone: 'blue' },
  { to: '/display', icon: 'display', title: 'picker.display', hint: 'picker.displayHint', tone: 'teal' },
  { to: '/admin', icon: 'shield', title: 'picker.admin', hint: 'picker.adminHint', tone: 'slate' },
];

export function RolePickerScreen() {
  const { t } = useI18n();
  const { site, info } = useStation();
  const centreName = useCentreName();

  return (
    <div className="picker-page">
      <header className="picker-header">
        <BrandMark size={72} />
        <div>
          <p className="picker-agency">{site ? site.agencyName : t('app.tagline')}</p>
          <h1 className="picker-centre" data-testid="centre-name">
            {centreName}
          </h1>
          <p className="picker-province">{site ? site.provinceName : t('app.siteMissing')}</p>
        </div>
        <OfflineMark className="picker-offline" />
      </header>

      <main className="picker-main">
        <h2 className="picker-title">{t('picker.title')}</h2>
        <nav className="picker-grid">
          {tiles.map((tile) => (
            <Link key={tile.to} to={tile.to} className={`picker-tile tone-${tile.tone}`}>
              <span className="picker-tile-icon">
                <Icon name={tile.icon} size={56} />
              </span>
              <span className="picker-tile-text">
                <span className="picker-tile-title">{t(tile.title)}</span>
                <span className="picker-tile-hint">{t(tile.hint)}</span>
              </span>
            </Link>
          ))}
        </nav>
      </main>

      <footer className="picker-footer">
        <span>
          {t('app.name')} · {info ? t('app.version', { version: info.version }) : ''}
        </span>
        <LanguageSwitch />
      </footer>
    </div>
  );
}
