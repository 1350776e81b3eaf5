/**
 * Receiving a dossier at the counter, for the ticket at the desk or for someone
 * without one: who (typed, or filled from a CCCD scan), which procedure and papers,
 * the scans, the fees; then save, and the receipt (Mẫu 01) to print. Refusing
 * (Mẫu 03) and asking for missing papers (Mẫu 02) start from the same form.
 * The layout only: the state and the calls to the station are useIntake's.
 */
import type { CccdCardView, Dossier, FormKind, QueueTicket, ServiceArea } from '@contract';
import { issuesFor } from '../../components/ErrorNotice';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';
import { AttachmentsPanel } from './AttachmentsPanel';
import { FeesCard } from './FeesCard';
import { IntakeActions } from './IntakeActions';
import { IntakeHeader } from './IntakeHeader';
import { missingMandatory } from './intakeDraft';
import { IntakeSaved } from './IntakeSaved';
import { NotesCard } from './NotesCard';
import { PersonsCard } from './PersonsCard';
import { ProcedureCard } from './ProcedureCard';
import { RefuseDialog } from './RefuseDialog';
import { SupplementDialog } from './SupplementDialog';
import { useIntake } from './useIntake';

/** What the counter asks of the form: start for a ticket, or fill a person from a scanned card. */
export type IntakeCommand =
  | { seq: number; kind: 'start'; ticket: QueueTicket | null }
  /** `ticket`: the ticket at the desk, linked if the form has none yet. */
  | { seq: number; kind: 'card'; card: CccdCardView; person: 'applicant' | 'submitter'; ticket: QueueTicket | null }
  /** A document scanner saved a file in the counter's scan folder; the station already stored it. */
  | { seq: number; kind: 'file'; file: { sha256: string; fileName: string; size: number } };

export interface SavedDossier {
  dossier: Dossier;
  alreadySaved: boolean;
  /** The paper to show first: 01 receipt, 02 supplement request, 03 refusal. */
  form: FormKind;
}

export function IntakeForm({
  counterId,
  currentTicket,
  areas,
  command,
  onSaved,
}: {
  counterId: number;
  /** The ticket at the desk now, offered for linking. */
  currentTicket: QueueTicket | null;
  areas: readonly ServiceArea[];
  command: IntakeCommand | null;
  onSaved(saved: SavedDossier, ticket: QueueTicket | null): void;
}) {
  const { t } = useI18n();
  const intake = useIntake({ counterId, command, onSaved });
  const { draft, update, uploads, error, busy } = intake;

  if (intake.saved) {
    return <IntakeSaved saved={intake.saved} ticket={intake.ticket} onNew={() => intake.restart(null)} />;
  }

  const missing = missingMandatory(draft);
  return (
    <>
      <form
        className="intake"
        onSubmit={(event) => {
          event.preventDefault();
          intake.save();
        }}
        noValidate
        data-testid="intake-form"
        ref={intake.formRef}
      >
        <IntakeHeader ticket={intake.ticket} currentTicket={currentTicket} onTicket={intake.setTicket} />

        {intake.filledFromCard ? (
          <div className="notice notice-success" role="status" data-testid="card-filled">
            <Icon name="shield" className="notice-icon" />
            <p>{t('intake.cardFilled', { name: intake.filledFromCard })}</p>
          </div>
        ) : null}

        <div className="intake-columns">
          <div className="intake-main">
            <PersonsCard draft={draft} error={error} update={update} />
            <ProcedureCard draft={draft} areas={areas} error={error} update={update} />
          </div>

          <aside className="intake-side">
            <section className="card intake-card">
              <h2 className="card-title">{t('intake.files.title')}</h2>
              <AttachmentsPanel
                attachments={draft.attachments}
                documents={draft.documents}
                problem={issuesFor(error, 'attachments')}
                onFiles={uploads.add}
                onLink={uploads.link}
                onRemove={uploads.remove}
                onRetry={uploads.retry}
              />
            </section>

            <FeesCard procedure={draft.procedure} sets={draft.sets} onSets={(sets) => update((previous) => ({ ...previous, sets }))} />

            <NotesCard draft={draft} error={error} update={update} />
          </aside>
        </div>

        <IntakeActions error={error} missingCount={draft.procedure ? missing.length : 0} busy={busy} onDialog={intake.openDialog} />
      </form>

      {/* Outside the form: a dialog's own form must not submit this one. */}
      {intake.dialog === 'refuse' ? (
        <RefuseDialog busy={busy === 'refuse'} error={intake.dialogError} onRefuse={intake.refuse} onCancel={intake.closeDialog} />
      ) : null}
      {intake.dialog === 'supplement' ? (
        <SupplementDialog
          initialItems={missing.map((document) => ({ name: document.name, originals: document.originals, certifiedCopies: 0, copies: document.copies }))}
          initialReason={missing.length > 0 ? t('intake.supplement.defaultReason') : ''}
          busy={busy === 'supplement'}
          error={intake.dialogError}
          onRequest={intake.requestSupplement}
          onCancel={intake.closeDialog}
        />
      ) : null}
    </>
  );
}
