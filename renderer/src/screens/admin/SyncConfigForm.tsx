/**
 * How the station reaches the provincial system: which kind of system, its
 * address and the station's credentials. Secrets are never shown back (the
 * station does not return them), so changing the settings means typing them again.
 * For the province's own system the admin may paste the province's CA certificate,
 * to trust only it; the station keeps it with the settings, which every save
 * replaces whole, so a pinned certificate is pasted again too.
 */
import { useId, useState, type FormEvent, type RefObject } from 'react';
import type { SyncConfigInput, SyncStatus } from '@contract';
import { api } from '../../api/client';
import { useWrite } from '../../api/useWrite';
import { ErrorNotice, issuesFor } from '../../components/ErrorNotice';
import { Field, TextField } from '../../components/Field';
import { Icon } from '../../components/icons';
import { emptyFieldsError } from '../../components/requiredFields';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { formatClock } from '../../i18n/vietnamTime';
import { useStation } from '../../station/StationProvider';

type Adapter = SyncConfigInput['adapter'];

const adapters = [
  { id: 'motcua', label: 'adminSync.adapterMotcua', hint: 'adminSync.adapterMotcuaHint' },
  { id: 'dvcqg', label: 'adminSync.adapterDvcqg', hint: 'adminSync.adapterDvcqgHint' },
] as const satisfies ReadonlyArray<{ id: Adapter; label: MessageKey; hint: MessageKey }>;

interface Draft {
  baseUrl: string;
  siteId: string;
  secret: string;
  username: string;
  password: string;
  madonvi: string;
  /** PEM text; empty = trust the operating system's certificates. */
  caPem: string;
}

const requiredFor: Record<Adapter, ReadonlyArray<keyof Draft>> = {
  motcua: ['baseUrl', 'siteId', 'secret'],
  dvcqg: ['baseUrl', 'username', 'password', 'madonvi'],
};

function inputOf(adapter: Adapter, draft: Draft): SyncConfigInput {
  const baseUrl = draft.baseUrl.trim();
  const caPem = draft.caPem.trim();
  return adapter === 'motcua'
    ? { adapter, baseUrl, siteId: draft.siteId.trim(), secret: draft.secret, ...(caPem ? { caPem } : {}) }
    : { adapter, baseUrl, username: draft.username.trim(), password: draft.password, madonvi: draft.madonvi.trim() };
}

export function SyncConfigForm({
  status,
  onStatus,
  formRef,
}: {
  status: SyncStatus;
  onStatus(status: SyncStatus): void;
  formRef: RefObject<HTMLFormElement | null>;
}) {
  const { t, locale } = useI18n();
  const { clockOffsetMs } = useStation();
  const [adapter, setAdapter] = useState<Adapter>(status.adapter === 'dvcqg' ? 'dvcqg' : 'motcua');
  // The station gives back everything but the secrets: only those are typed again.
  const [draft, setDraft] = useState<Draft>({
    baseUrl: status.serverUrl ?? '',
    siteId: status.settings?.siteId ?? '',
    secret: '',
    username: status.settings?.username ?? '',
    password: '',
    madonvi: status.settings?.madonvi ?? '',
    caPem: '',
  });
  const [savedAt, setSavedAt] = useState<Date>();
  const hintIds = useId();

  const set = (key: keyof Draft) => (value: string) => setDraft((previous) => ({ ...previous, [key]: value }));

  const save = useWrite(
    async () => {
      onStatus(await api.call('sync.configure', inputOf(adapter, draft)));
      // Secrets are not kept in the page once the station holds them.
      setDraft((previous) => ({ ...previous, secret: '', password: '', caPem: '' }));
      setSavedAt(new Date(Date.now() + clockOffsetMs));
    },
    { check: () => emptyFieldsError({ ...draft }, requiredFor[adapter], t('fields.required')) },
  );
  const { busy, error } = save;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setSavedAt(undefined);
    void save.run();
  };

  const fieldNames = Object.keys(draft);
  const field = (key: keyof Draft, label: MessageKey, extra: { hint?: MessageKey; secret?: boolean; placeholder?: string } = {}) => (
    <TextField
      key={key}
      label={t(label)}
      hint={extra.hint ? t(extra.hint) : undefined}
      type={extra.secret ? 'password' : 'text'}
      autoComplete={extra.secret ? 'new-password' : 'off'}
      autoCapitalize="none"
      spellCheck={false}
      placeholder={extra.placeholder}
      value={draft[key]}
      onChange={set(key)}
      name={key}
      problem={issuesFor(error, key)}
    />
  );

  return (
    <section className="card" data-testid="sync-config">
      <div>
        <h2 className="card-title">{t('adminSync.configTitle')}</h2>
        <p className="muted">{status.configured ? t('adminSync.configIntroChange') : t('adminSync.configIntro')}</p>
      </div>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <fieldset className="choices">
          <legend className="field-legend">{t('adminSync.adapter')}</legend>
          {adapters.map((option) => (
            <label key={option.id} className={`choice ops-choice ${adapter === option.id ? 'is-checked' : ''}`}>
              <input
                type="radio"
                name="adapter"
                value={option.id}
                checked={adapter === option.id}
                onChange={() => setAdapter(option.id)}
                aria-describedby={`${hintIds}-${option.id}`}
              />
              <span>
                <span className="ops-choice-label">{t(option.label)}</span>
                {/* Read as the radio's description, not as part of its name. */}
                <span className="ops-choice-hint" id={`${hintIds}-${option.id}`} aria-hidden="true">
                  {t(option.hint)}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        {field('baseUrl', 'adminSync.baseUrl', { hint: 'adminSync.baseUrlHint', placeholder: 'https://' })}
        {adapter === 'motcua' ? (
          <>
            {field('siteId', 'adminSync.siteId', { hint: 'adminSync.siteIdHint' })}
            {field('secret', 'adminSync.secret', { secret: true, hint: status.configured ? 'adminSync.secretAgain' : 'adminSync.secretHint' })}
            <Field
              label={t('adminSync.caPem')}
              optionalLabel={t('fields.optional')}
              hint={status.settings?.caPinned ? t('adminSync.caPemPinned') : t('adminSync.caPemHint')}
              problem={issuesFor(error, 'caPem')}
            >
              {(props) => (
                <textarea
                  {...props}
                  className="ca-pem"
                  name="caPem"
                  rows={4}
                  spellCheck={false}
                  autoCapitalize="none"
                  placeholder="-----BEGIN CERTIFICATE-----"
                  value={draft.caPem}
                  onChange={(event) => set('caPem')(event.target.value)}
                />
              )}
            </Field>
            {status.settings?.caPinned ? (
              <p className="notice notice-info" data-testid="ca-pinned">
                <Icon name="info" className="notice-icon" />
                {t('adminSync.caPinnedNow')}
              </p>
            ) : null}
          </>
        ) : (
          <>
            {field('username', 'adminSync.username')}
            {field('password', 'adminSync.password', { secret: true, hint: status.configured ? 'adminSync.secretAgain' : undefined })}
            {field('madonvi', 'adminSync.madonvi', { hint: 'adminSync.madonviHint' })}
          </>
        )}
        <ErrorNotice error={error} inlineFields={fieldNames} />
        {savedAt ? (
          <p className="notice notice-success" role="status">
            <Icon name="check" className="notice-icon" />
            {t('adminSync.configSaved', { time: formatClock(savedAt, locale) })}
          </p>
        ) : null}
        <button type="submit" className="button button-primary button-block" disabled={busy}>
          {busy ? t('admin.saving') : t('adminSync.configSave')}
        </button>
      </form>
    </section>
  );
}
