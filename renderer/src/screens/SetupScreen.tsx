/**
 * First run: the station has no administrator. The person installing it creates
 * one here, is signed in right away and lands on the admin screen to enter the
 * centre's details.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { useWrite } from '../api/useWrite';
import { ErrorNotice, issuesFor } from '../components/ErrorNotice';
import { emptyFieldsError } from '../components/requiredFields';
import { TextField } from '../components/Field';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { CenteredCard } from '../components/Splash';
import { useI18n } from '../i18n/I18nProvider';
import { navigate } from '../router/router';
import { useSession } from '../session/SessionProvider';
import { useStation } from '../station/StationProvider';

export function SetupScreen() {
  const { t } = useI18n();
  const { login } = useSession();
  const station = useStation();
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const mismatch = confirm.length > 0 && confirm !== password;
  const create = useWrite(
    async () => {
      await api.call('setup.createAdmin', { username, fullName, password });
      await login(username, password);
      // The gate in App sends everyone to /setup until it knows setup is done.
      await station.refresh();
      navigate('/admin', { replace: true });
    },
    {
      check: () => emptyFieldsError({ username, fullName, password }, ['fullName', 'username', 'password'], t('fields.required')),
      onError: (error) => {
        if (error.code === 'SETUP_DONE') station.reload();
      },
    },
  );
  const { busy, error } = create;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!mismatch) void create.run();
  };

  const labels = { username: t('fields.username'), fullName: t('fields.fullName'), password: t('fields.password') };
  return (
    <CenteredCard wide>
      <div className="card-heading">
        <h1>{t('setup.title')}</h1>
      </div>
      <p className="lead">{t('setup.intro')}</p>
      <form className="form form-grid" onSubmit={submit} noValidate>
        <TextField
          label={labels.fullName}
          value={fullName}
          onChange={setFullName}
          autoComplete="name"
          required
          maxLength={100}
          problem={issuesFor(error, 'fullName')}
        />
        <TextField
          label={labels.username}
          hint={t('fields.usernameHint')}
          value={username}
          onChange={setUsername}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          problem={issuesFor(error, 'username')}
        />
        <TextField
          label={labels.password}
          hint={t('fields.passwordHint')}
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
          required
          problem={issuesFor(error, 'password')}
        />
        <TextField
          label={t('fields.passwordConfirm')}
          type="password"
          value={confirm}
          onChange={setConfirm}
          autoComplete="new-password"
          required
          problem={mismatch ? t('setup.passwordMismatch') : undefined}
        />
        <ErrorNotice error={error} inlineFields={Object.keys(labels)} className="form-wide" />
        <button type="submit" className="button button-primary button-block form-wide" disabled={busy || mismatch}>
          {busy ? t('setup.submitting') : t('setup.submit')}
        </button>
      </form>
      <LanguageSwitch className="card-language" />
    </CenteredCard>
  );
}
