/** Which procedure, and once chosen, the checklist of its papers. */
import type { AppError, ServiceArea } from '@contract';
import { issuesFor } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/I18nProvider';
import { DocumentChecklist } from './DocumentChecklist';
import { withProcedure, type IntakeDraft, type IntakeUpdate } from './intakeDraft';
import { ProcedurePicker } from './ProcedurePicker';

export function ProcedureCard({
  draft,
  areas,
  error,
  update,
}: {
  draft: IntakeDraft;
  areas: readonly ServiceArea[];
  error: AppError | undefined;
  update: IntakeUpdate;
}) {
  const { t } = useI18n();
  return (
    <section className="card intake-card">
      <h2 className="card-title">{t('intake.procedure')}</h2>
      <ProcedurePicker
        procedure={draft.procedure}
        areas={areas}
        problem={issuesFor(error, 'procedureId')}
        onChoose={(procedure) => update((previous) => withProcedure(previous, procedure))}
      />
      {draft.procedure ? (
        <>
          <h3 className="intake-subtitle">{t('intake.documents.title')}</h3>
          <DocumentChecklist
            documents={draft.documents}
            attachments={draft.attachments}
            error={error}
            onChange={(documents) => update((previous) => ({ ...previous, documents }))}
          />
          {issuesFor(error, 'documents') ? <p className="field-problem" data-testid="documents-problem">{issuesFor(error, 'documents')}</p> : null}
        </>
      ) : null}
    </section>
  );
}
