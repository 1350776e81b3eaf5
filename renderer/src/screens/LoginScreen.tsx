/**
 * Officer and administrator sign-in. Comes with `?next=/counter` (or another
 * screen) and returns there; otherwise goes to the screen that suits the role.
 */
import { useState, type FormEvent } from 'react';
import { useWrite } from '../api/useWrite';
import { ErrorNotice, issuesFor } from '../components/ErrorNotice';
import { emptyFieldsError } from '../components/requiredFields';
import { TextField } from '../components/Field';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { OfflineMark } from '../components/OfflineMark';
import { CenteredCard } from '../components/Splash';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { Link, navigate, safeReturnPath, usePlace } from '../router/router';
import { useSession } from '../session/SessionProvider';

const pageTitles: Record<string, MessageKey> = {
  '/counter': 'picker.counter',
  '/counter/tiep-nhan': 'picker.counter',
  '/counter/tra-ket-qua': 'picker.counter',
  '/admin': 'picker.admin',
};

export function LoginScreen() {
  const { t } = useI18n();
  const { login } = useSession();
  const place = usePlace();
  const next = safeReturnPath(place.search.get('next'));
  const nextTitle = next ? pageTitles[next.split('?')[0] ?? ''] : undefined;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useWrite(
    async () => {
      const user = await login(username, password);
      navigate(next ?? (user.role === 'admin' ? '/admin' : '/counter'), { replace: true });
    },
    {
      check: () => emptyFieldsError({ username, password }, ['username', 'password'], t('fields.required')),
      onError: () => setPassword(''),
    },
  );
  const { busy, error } = signIn;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void signIn.run();
  };

  return (
    <CenteredCard>
      <div className="card-heading">
        <h1>{t('login.title')}</h1>
        <OfflineMark />
      </div>
      <p className="lead">{nextTitle ? t('login.forPage', { page: t(nextTitle) }) : t('login.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('fields.username')}
          value={username}
          onChange={setUsername}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
          required
          problem={issuesFor(error, 'username')}
        />
        <TextField
          label={t('fields.password')}
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          required
          problem={issuesFor(error, 'password')}
        />
        <ErrorNotice error={error} inlineFields={['username', 'password']} />
        <button type="submit" className="button button-primary button-block" disabled={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
      <div className="card-footer">
        <Link to="/" className="text-link">
          {t('app.backHome')}
        </Link>
        <LanguageSwitch />
      </div>
    </CenteredCard>
  );
}
