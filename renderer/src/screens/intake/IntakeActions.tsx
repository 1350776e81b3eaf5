/**
 * The foot of the form: the problems not already shown under their field, how many
 * mandatory papers are missing, and refuse / ask for papers / save.
 */
import type { AppError } from '@contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';
import { personFields } from './personDraft';
import type { IntakeDialog } from './useIntake';

/** Field paths shown under their inputs or rows, not repeated in the notice. */
const draftFieldPaths = ['applicant', 'submitter'].flatMap((who) => personFields.map((field) => `${who}.${field}`));

function inlinePaths(error: AppError | undefined): string[] {
  return [
    'procedureId',
    'documents',
    'attachments',
    'summary',
    'notes',
    ...draftFieldPaths,
    ...(error?.issues ?? []).map((issue) => issue.path).filter((path) => path.startsWith('documents.')),
  ];
}

export function IntakeActions({
  error,
  missingCount,
  busy,
  onDialog,
}: {
  error: AppError | undefined;
  /** Mandatory papers not ticked, once a procedure is chosen. */
  missingCount: number;
  busy: 'save' | IntakeDialog | null;
  onDialog(which: IntakeDialog): void;
}) {
  const { t } = useI18n();
  return (
    <div className="intake-actions">
      <ErrorNotice error={error} inlineFields={inlinePaths(error)} className="intake-error" />
      {missingCount > 0 ? <p className="muted intake-missing">{t('intake.missingHint', { count: missingCount })}</p> : null}
      <div className="actions">
        <button type="button" className="button button-danger-outline" onClick={() => onDialog('refuse')} disabled={busy !== null}>
          <Icon name="alert" size={20} />
          {t('intake.refuse.open')}
        </button>
        <button type="button" className="button" onClick={() => onDialog('supplement')} disabled={busy !== null}>
          <Icon name="document" size={20} />
          {t('intake.supplement.open')}
        </button>
        <button type="submit" className="button button-primary button-large" disabled={busy !== null} data-testid="intake-save">
          <Icon name="check" size={22} />
          {busy === 'save' ? t('intake.saving') : t('intake.save')}
        </button>
      </div>
    </div>
  );
}
