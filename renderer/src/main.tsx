/** Entry point of every window and browser tab of Một Cửa. */
import './cspCompatibleZod';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { I18nProvider } from './i18n/I18nProvider';
import { SessionProvider } from './session/SessionProvider';
import { StationProvider } from './station/StationProvider';
import './styles/tokens.css';
import './styles/fonts.css';
import './styles/base.css';
import './styles/staff.css';
import './styles/picker.css';
import './styles/kiosk.css';
import './styles/display.css';
import './styles/tracking.css';
import './styles/intake.css';
import './styles/returnDesk.css';
import './styles/rating.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <StationProvider>
        <SessionProvider>
          <App />
        </SessionProvider>
      </StationProvider>
    </I18nProvider>
  </StrictMode>,
);
