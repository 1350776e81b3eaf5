/** The dossier's summary and notes, and how the citizen gets the result. */
import type { AppError } from '@contract';
import { issuesFor } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import type { IntakeDraft, IntakeUpdate } from './intakeDraft';

export function NotesCard({ draft, error, update }: { draft: IntakeDraft; error: AppError | undefined; update: IntakeUpdate }) {
  const { t } = useI18n();
  return (
    <section className="card intake-card">
      <Field label={t('intake.summary')} optionalLabel={t('fields.optional')} problem={issuesFor(error, 'summary')}>
        {(props) => (
          <textarea {...props} rows={2} maxLength={1000} value={draft.summary} onChange={(event) => update((previous) => ({ ...previous, summary: event.target.value }))} />
        )}
      </Field>
      <Field label={t('intake.notes')} optionalLabel={t('fields.optional')} problem={issuesFor(error, 'notes')}>
        {(props) => (
          <textarea {...props} rows={2} maxLength={1000} value={draft.notes} onChange={(event) => update((previous) => ({ ...previous, notes: event.target.value }))} />
        )}
      </Field>
      <fieldset className="delivery">
        <legend className="card-label">{t('intake.delivery.title')}</legend>
        {([0, 1] as const).map((value) => (
          <label key={value} className={`choice ${draft.resultDelivery === value ? 'is-checked' : ''}`}>
            <input type="radio" name="delivery" checked={draft.resultDelivery === value} onChange={() => update((previous) => ({ ...previous, resultDelivery: value }))} />
            <span>{t(value === 0 ? 'intake.delivery.counter' : 'intake.delivery.post')}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
