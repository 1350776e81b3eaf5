/** Who: the applicant, and the person handing the papers in when someone else does. */
import type { AppError } from '@contract';
import { useI18n } from '../../i18n/I18nProvider';
import type { IntakeDraft, IntakeUpdate } from './intakeDraft';
import { PersonFields } from './PersonFields';

export function PersonsCard({ draft, error, update }: { draft: IntakeDraft; error: AppError | undefined; update: IntakeUpdate }) {
  const { t } = useI18n();
  return (
    <section className="card intake-card">
      <h2 className="card-title">{t('intake.applicant')}</h2>
      <PersonFields prefix="applicant" person={draft.applicant} error={error} onChange={(applicant) => update((previous) => ({ ...previous, applicant }))} />
      <label className="submitter-toggle">
        <input type="checkbox" checked={draft.hasSubmitter} onChange={(event) => update((previous) => ({ ...previous, hasSubmitter: event.target.checked }))} />
        <span>{t('intake.hasSubmitter')}</span>
      </label>
      {draft.hasSubmitter ? (
        <fieldset className="submitter">
          <legend className="card-label">{t('intake.submitter')}</legend>
          <PersonFields prefix="submitter" person={draft.submitter} error={error} onChange={(submitter) => update((previous) => ({ ...previous, submitter }))} />
        </fieldset>
      ) : null}
    </section>
  );
}
