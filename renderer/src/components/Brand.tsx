import { useI18n } from '../i18n/I18nProvider';
import { useStation } from '../station/StationProvider';

/** The round red mark with the gold star: the app's logo, drawn inline (its colours are in base.css). */
export function BrandMark({ size = 44 }: { size?: number }) {
  return (
    <svg className="brand-mark" width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle className="brand-mark-disc" cx="24" cy="24" r="23" />
      <circle className="brand-mark-ring" cx="24" cy="24" r="19.5" fill="none" strokeWidth="1.5" />
      <path
        className="brand-mark-star"
        d="M24 10.5l3.3 10.1h10.6l-8.6 6.2 3.3 10.1L24 30.7l-8.6 6.2 3.3-10.1-8.6-6.2h10.6z"
      />
    </svg>
  );
}

/** The centre's name as staff and citizens know it, or a neutral fallback before setup. */
export function useCentreName(): string {
  const { site } = useStation();
  const { t } = useI18n();
  return site?.centreName ?? t('app.fallbackCentre');
}
