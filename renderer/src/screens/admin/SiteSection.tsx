/**
 * The centre's details as the station holds them, and the form to change them.
 * A station without details opens straight on the form.
 */
import { useState, type FormEvent } from 'react';
import type { Site, SiteInput } from '@contract';
import { api } from '../../api/client';
import { useWrite } from '../../api/useWrite';
import { ErrorNotice, issuesFor } from '../../components/ErrorNotice';
import { TextField } from '../../components/Field';
import { Icon } from '../../components/icons';
import { emptyFieldsError } from '../../components/requiredFields';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { useStation } from '../../station/StationProvider';

const fields = [
  { key: 'centreName', label: 'fields.centreName', max: 200 },
  { key: 'agencyName', label: 'fields.agencyName', max: 200 },
  { key: 'agencyCode', label: 'fields.agencyCode', hint: 'fields.agencyCodeHint', max: 20 },
  { key: 'provinceName', label: 'fields.provinceName', max: 100 },
  { key: 'address', label: 'fields.address', optional: true, max: 300 },
  { key: 'phone', label: 'fields.phone', optional: true, max: 30 },
] as const satisfies ReadonlyArray<{
  key: keyof Site;
  label: MessageKey;
  hint?: MessageKey;
  optional?: boolean;
  max: number;
}>;

type Draft = Record<(typeof fields)[number]['key'], string>;

function draftOf(site: Site | null): Draft {
  return {
    centreName: site?.centreName ?? '',
    agencyName: site?.agencyName ?? '',
    agencyCode: site?.agencyCode ?? '',
    provinceName: site?.provinceName ?? '',
    address: site?.address ?? '',
    phone: site?.phone ?? '',
  };
}

export function SiteSection() {
  const { t } = useI18n();
  const station = useStation();
  const site = station.site;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  if (!site || editing) {
    return (
      <SiteForm
        site={site}
        onDone={(changed) => {
          setEditing(false);
          setSaved(changed);
        }}
        canCancel={site !== null}
      />
    );
  }

  return (
    <section className="card">
      <div className="card-bar">
        <div>
          <h1 className="card-title">{t('admin.siteTitle')}</h1>
          <p className="muted">{t('admin.siteIntro')}</p>
        </div>
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            setSaved(false);
            setEditing(true);
          }}
        >
          {t('admin.edit')}
        </button>
      </div>
      {saved ? (
        <p className="notice notice-success" role="status">
          <Icon name="check" className="notice-icon" />
          {t('admin.saved')}
        </p>
      ) : null}
      <dl className="facts" data-testid="site-facts">
        {fields.map((field) => (
          <div key={field.key} className="fact">
            <dt>{t(field.label)}</dt>
            <dd>{site[field.key] ?? t('fields.empty')}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function SiteForm({ site, onDone, canCancel }: { site: Site | null; onDone(changed: boolean): void; canCancel: boolean }) {
  const { t } = useI18n();
  const station = useStation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(site));
  const save = useWrite(
    async () => {
      const input: SiteInput = { ...draft, address: draft.address || null, phone: draft.phone || null };
      await api.call('site.update', input);
      // Saved; if re-reading fails now, the site.changed event or a reload catches up.
      await station.refresh().catch(() => station.reload());
      onDone(true);
    },
    {
      check: () =>
        emptyFieldsError(
          draft,
          fields.filter((field) => !('optional' in field)).map((field) => field.key),
          t('fields.required'),
        ),
    },
  );
  const { busy, error } = save;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run();
  };

  return (
    <section className="card">
      <h1 className="card-title">{t('admin.siteTitle')}</h1>
      {site ? (
        <p className="muted">{t('admin.siteIntro')}</p>
      ) : (
        <p className="notice notice-info">
          <Icon name="info" className="notice-icon" />
          {t('admin.siteMissing')}
        </p>
      )}
      <form className="form form-grid" onSubmit={submit} noValidate data-testid="site-form">
        {fields.map((field) => (
          <TextField
            key={field.key}
            label={t(field.label)}
            hint={'hint' in field ? t(field.hint) : undefined}
            optionalLabel={'optional' in field ? t('fields.optional') : undefined}
            value={draft[field.key]}
            onChange={(value) => setDraft((previous) => ({ ...previous, [field.key]: value }))}
            maxLength={field.max}
            name={field.key}
            problem={issuesFor(error, field.key)}
          />
        ))}
        <ErrorNotice error={error} inlineFields={fields.map((field) => field.key)} className="form-wide" />
        <div className="actions form-wide">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('admin.saving') : t('admin.save')}
          </button>
          {canCancel ? (
            <button type="button" className="button" onClick={() => onDone(false)} disabled={busy}>
              {t('admin.cancel')}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
