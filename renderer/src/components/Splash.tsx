import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useStation } from '../station/StationProvider';
import { BrandMark, useCentreName } from './Brand';

/** A quiet full-page wait: the logo and one line of text. */
export function Splash({ text }: { text: string }) {
  return (
    <main className="splash" aria-busy="true">
      <BrandMark size={64} />
      <p>{text}</p>
    </main>
  );
}

/** A single card under the centre's name, for login, setup and notices. */
export function CenteredCard({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const { t } = useI18n();
  const { site } = useStation();
  const centreName = useCentreName();
  return (
    <main className="centered-page">
      <header className="centered-brand">
        <BrandMark size={60} />
        <div>
          <p className="centered-agency">{site ? site.agencyName : t('app.name')}</p>
          <p className="centered-centre" data-testid="centre-name">
            {centreName}
          </p>
        </div>
      </header>
      <section className={`card centered-card ${wide ? 'is-wide' : ''}`}>{children}</section>
    </main>
  );
}
