import { useI18n } from '../i18n/I18nProvider';
import { languages } from '../i18n/messages';

export function LanguageSwitch({ className = '' }: { className?: string }) {
  const { language, setLanguage, t } = useI18n();
  return (
    <div className={`language-switch ${className}`} role="group" aria-label={t('app.language')}>
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          className={option === language ? 'is-current' : ''}
          aria-pressed={option === language}
          onClick={() => setLanguage(option)}
          lang={option}
        >
          {t(`app.languages.${option}`)}
        </button>
      ))}
    </div>
  );
}
