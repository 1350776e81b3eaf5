/**
 * Officer accounts: who may sign in, with which role, and whether the account is
 * enabled. Accounts are disabled rather than deleted, so the audit log keeps
 * pointing at a real person.
 */
import { useState, type FormEvent } from 'react';
import { userRoles, type User, type UserRole } from '@contract';
import { api } from '../../api/client';
import { useMethod } from '../../api/hooks';
import { useWrite } from '../../api/useWrite';
import { ErrorNotice, issuesFor } from '../../components/ErrorNotice';
import { Field, TextField } from '../../components/Field';
import { Icon } from '../../components/icons';
import { emptyFieldsError } from '../../components/requiredFields';
import { useI18n } from '../../i18n/I18nProvider';
import { formatShortDate } from '../../i18n/vietnamTime';
import { useSession } from '../../session/SessionProvider';

export function UsersSection() {
  const { t, locale } = useI18n();
  const { user: me } = useSession();
  const users = useMethod('users.list', {});
  const setActive = useWrite(async (user: User, active: boolean) => {
    const updated = await api.call('users.setActive', { userId: user.id, active });
    users.replace((users.data ?? []).map((row) => (row.id === updated.id ? updated : row)));
  });

  const sorted = [...(users.data ?? [])].sort((a, b) => a.username.localeCompare(b.username));
  return (
    <div className="admin-columns">
      <section className="card">
        <div className="card-bar">
          <h1 className="card-title">{t('admin.usersTitle')}</h1>
          <span className="badge">{sorted.length}</span>
        </div>
        <ErrorNotice error={users.error ?? setActive.error} />
        {users.data && sorted.length === 0 ? <p className="muted">{t('admin.usersEmpty')}</p> : null}
        {sorted.length > 0 ? (
          <table className="table" data-testid="users-table">
            <thead>
              <tr>
                <th>{t('admin.colUser')}</th>
                <th>{t('admin.colRole')}</th>
                <th>{t('admin.colStatus')}</th>
                <th>{t('admin.colCreated')}</th>
                <th aria-label={t('admin.colStatus')} />
              </tr>
            </thead>
            <tbody>
              {sorted.map((user) => {
                const isMe = me?.id === user.id;
                return (
                  <tr key={user.id} className={user.active ? '' : 'is-inactive'}>
                    <td>
                      <span className="user-cell-name">{user.fullName}</span>
                      <span className="user-cell-username">
                        {user.username}
                        {isMe ? <span className="badge badge-blue">{t('admin.you')}</span> : null}
                      </span>
                    </td>
                    <td>{t(`userRoles.${user.role}`)}</td>
                    <td>
                      <span className={`status ${user.active ? 'status-on' : 'status-off'}`}>
                        {user.active ? t('admin.active') : t('admin.inactive')}
                      </span>
                    </td>
                    <td>{formatShortDate(new Date(user.createdAt), locale)}</td>
                    <td className="table-actions">
                      {isMe ? null : (
                        <button
                          type="button"
                          className={`button button-small ${user.active ? 'button-danger-outline' : ''}`}
                          disabled={setActive.busyWith?.id === user.id}
                          onClick={() => void setActive.run(user, !user.active)}
                        >
                          {user.active ? t('admin.disable') : t('admin.enable')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : null}
      </section>
      <CreateUserForm onCreated={(user) => users.replace([...(users.data ?? []), user])} />
    </div>
  );
}

function CreateUserForm({ onCreated }: { onCreated(user: User): void }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [role, setRole] = useState<UserRole>('officer');
  const [password, setPassword] = useState('');
  const [created, setCreated] = useState<string>();
  const create = useWrite(
    async () => {
      const user = await api.call('users.create', { username, fullName, role, password });
      onCreated(user);
      setCreated(user.username);
      setUsername('');
      setFullName('');
      setPassword('');
      setRole('officer');
    },
    { check: () => emptyFieldsError({ username, fullName, password }, ['fullName', 'username', 'password'], t('fields.required')) },
  );
  const { busy, error } = create;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setCreated(undefined);
    void create.run();
  };

  const labels = {
    username: t('fields.username'),
    fullName: t('fields.fullName'),
    role: t('fields.role'),
    password: t('fields.password'),
  };
  return (
    <section className="card">
      <h2 className="card-title">{t('admin.createTitle')}</h2>
      <form className="form" onSubmit={submit} noValidate data-testid="create-user-form">
        <TextField
          label={labels.fullName}
          value={fullName}
          onChange={setFullName}
          maxLength={100}
          autoComplete="off"
          name="fullName"
          problem={issuesFor(error, 'fullName')}
        />
        <TextField
          label={labels.username}
          hint={t('fields.usernameHint')}
          value={username}
          onChange={setUsername}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          name="username"
          problem={issuesFor(error, 'username')}
        />
        <Field label={labels.role} problem={issuesFor(error, 'role')}>
          {(props) => (
            <select {...props} name="role" value={role} onChange={(event) => setRole(event.target.value as UserRole)}>
              {userRoles.map((option) => (
                <option key={option} value={option}>
                  {t(`userRoles.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label={labels.password}
          hint={t('fields.passwordHint')}
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
          name="password"
          problem={issuesFor(error, 'password')}
        />
        <ErrorNotice error={error} inlineFields={Object.keys(labels)} />
        {created ? (
          <p className="notice notice-success" role="status">
            <Icon name="check" className="notice-icon" />
            {t('admin.created', { username: created })}
          </p>
        ) : null}
        <button type="submit" className="button button-primary button-block" disabled={busy}>
          {busy ? t('admin.creating') : t('admin.create')}
        </button>
      </form>
    </section>
  );
}
