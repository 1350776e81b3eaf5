/**
 * Receiving a dossier at the counter, for the ticket at the desk or for someone
 * without one: who (typed, or filled from a CCCD scan), which procedure and papers,
 * the scans, the fees; then save, and the receipt (Mẫu 01) to print. Refusing
 * (Mẫu 03) and asking for missing papers (Mẫu 02) start from the same form.
 *
 * The form keeps one requestId from opening to saving, so saving twice (a double
 * click, a retry after the network blinked) gives back the same dossier.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { AppError, maxUploadBytes, type CccdCardView, type Dossier, type FormKind, type QueueTicket, type ServiceArea } from '@contract';
import { api } from '../../api/client';
import { asAppError } from '../../api/appError';
import { ErrorNotice, issuesFor } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';
import { isAcceptedFile } from './acceptedFiles';
import { AttachmentsPanel } from './AttachmentsPanel';
import { DocumentChecklist } from './DocumentChecklist';
import { FeesCard } from './FeesCard';
import { emptyIntake, draftProblems, intakeInputOf, missingMandatory, withProcedure, type AttachmentDraft, type IntakeDraft } from './intakeDraft';
import { IntakeSaved } from './IntakeSaved';
import { PersonFields } from './PersonFields';
import { contactFromRecord, personFromCard } from './personDraft';
import { ProcedurePicker } from './ProcedurePicker';
import { RefuseDialog } from './RefuseDialog';
import { newRequestId } from './requestId';
import { SupplementDialog, type SupplementRequestDraft } from './SupplementDialog';

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
  const [draft, setDraft] = useState<IntakeDraft>(emptyIntake);
  const [ticket, setTicket] = useState<QueueTicket | null>(null);
  const [requestId, setRequestId] = useState(newRequestId);
  const [error, setError] = useState<AppError>();
  const [busy, setBusy] = useState<'save' | 'refuse' | 'supplement' | null>(null);
  const [dialog, setDialog] = useState<'refuse' | 'supplement' | null>(null);
  const [dialogError, setDialogError] = useState<AppError>();
  const [saved, setSaved] = useState<SavedDossier | null>(null);
  const [filledFromCard, setFilledFromCard] = useState<string | null>(null);
  const files = useRef(new Map<string, File>());
  const top = useRef<HTMLFormElement>(null);
  const fileSeq = useRef(0);

  const update = (change: (previous: IntakeDraft) => IntakeDraft) => setDraft(change);

  const restart = (forTicket: QueueTicket | null) => {
    setDraft(emptyIntake());
    setTicket(forTicket);
    setRequestId(newRequestId());
    setError(undefined);
    setSaved(null);
    setDialog(null);
    setFilledFromCard(null);
    setAttempted(false);
    files.current.clear();
    requestAnimationFrame(() => {
      top.current?.scrollIntoView({ block: 'start' });
    });
  };

  // Commands from the counter: each applied once, in order.
  const applied = useRef(0);
  useEffect(() => {
    if (!command || command.seq <= applied.current) return;
    applied.current = command.seq;
    if (command.kind === 'start') {
      if (saved) restart(command.ticket);
      else if (command.ticket) setTicket(command.ticket);
      return;
    }
    if (command.kind === 'file') {
      // Papers scanned after a save belong to the next dossier.
      if (saved) restart(null);
      fileSeq.current += 1;
      const { sha256, fileName, size } = command.file;
      const stored: AttachmentDraft = { key: `file-${fileSeq.current}`, fileName, size, state: 'stored', progress: 1, sha256, error: null, localProblem: null, documentKey: null };
      update((previous) => ({ ...previous, attachments: [...previous.attachments.filter((file) => file.sha256 !== sha256), stored] }));
      return;
    }
    if (saved) restart(ticket ?? command.ticket);
    else if (!ticket && command.ticket) setTicket(command.ticket);
    const { card, person } = command;
    update((previous) => ({ ...previous, hasSubmitter: previous.hasSubmitter || person === 'submitter', [person]: personFromCard(card, previous[person]) }));
    setFilledFromCard(card.fullName);
    // The card has no phone or email: the station may know them from an earlier visit.
    api.call('citizen.byIdNumber', { idNumber: card.idNumber }).then(
      (record) => record && update((previous) => ({ ...previous, [person]: contactFromRecord(record, previous[person]) })),
      () => undefined,
    );
  }, [command]);

  const setAttachment = (key: string, change: Partial<AttachmentDraft>) =>
    update((previous) => ({ ...previous, attachments: previous.attachments.map((file) => (file.key === key ? { ...file, ...change } : file)) }));

  const upload = (key: string, file: File) => {
    setAttachment(key, { state: 'uploading', progress: 0, error: null });
    api
      .upload(file, (sent) => setAttachment(key, { progress: sent ? sent.loaded / Math.max(1, sent.total) : null }))
      .then(
        (stored) => setAttachment(key, { state: 'stored', progress: 1, sha256: stored.sha256, fileName: stored.fileName }),
        (failure: unknown) => setAttachment(key, { state: 'failed', progress: null, error: asAppError(failure) }),
      );
  };

  const addFiles = (chosen: File[]) => {
    const added: AttachmentDraft[] = [];
    for (const file of chosen) {
      fileSeq.current += 1;
      const key = `file-${fileSeq.current}`;
      const localProblem = !isAcceptedFile(file)
        ? t('intake.files.wrongType')
        : file.size > maxUploadBytes
          ? t('intake.files.tooLarge')
          : file.size === 0
            ? t('intake.files.empty')
            : null;
      added.push({ key, fileName: file.name, size: file.size, state: localProblem ? 'failed' : 'uploading', progress: 0, sha256: null, error: null, localProblem, documentKey: null });
      if (!localProblem) files.current.set(key, file);
    }
    update((previous) => ({ ...previous, attachments: [...previous.attachments, ...added] }));
    for (const file of added) {
      const bytes = files.current.get(file.key);
      if (bytes) upload(file.key, bytes);
    }
  };

  const problemMessages = {
    required: t('fields.required'),
    dateInvalid: t('intake.problems.dateInvalid'),
    idNumberInvalid: t('intake.problems.idNumberInvalid'),
    procedureMissing: t('intake.problems.procedureMissing'),
    uploading: t('intake.problems.uploading'),
    documentNameMissing: t('intake.problems.documentNameMissing'),
  };

  // After a refused save, the form's own checks follow every change, so a fixed
  // field loses its complaint at once (and the station's complaints, now stale, go).
  const [attempted, setAttempted] = useState(false);
  useEffect(() => {
    if (attempted) setError(draftProblems(draft, problemMessages));
  }, [draft]);

  const checked = (): boolean => {
    const problems = draftProblems(draft, problemMessages);
    setAttempted(true);
    setError(problems);
    return problems === undefined;
  };

  const input = () => intakeInputOf(draft, { requestId, ticketId: ticket?.id ?? null, counterId });

  const finish = (result: SavedDossier) => {
    setSaved(result);
    setDialog(null);
    setError(undefined);
    setAttempted(false);
    onSaved(result, ticket);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !checked()) return;
    const missing = missingMandatory(draft);
    if (missing.length > 0) {
      setError(
        new AppError('VALIDATION_FAILED', {
          detail: 'Mandatory papers missing (checked in the renderer)',
          issues: [{ path: 'documents', message: t('intake.problems.mandatoryMissing', { names: missing.map((document) => document.name).join('; ') }) }],
        }),
      );
      return;
    }
    setBusy('save');
    try {
      const result = await api.call('dossier.receive', input());
      finish({ ...result, form: '01' });
    } catch (failure) {
      setError(asAppError(failure));
    } finally {
      setBusy(null);
    }
  };

  const openDialog = (which: 'refuse' | 'supplement') => {
    if (!checked()) return;
    setDialogError(undefined);
    setDialog(which);
  };

  const refuse = async (reason: string) => {
    setBusy('refuse');
    setDialogError(undefined);
    try {
      const result = await api.call('dossier.refuse', { ...input(), reason });
      finish({ ...result, form: result.dossier.status === 3 ? '03' : '01' });
    } catch (failure) {
      setDialogError(asAppError(failure));
    } finally {
      setBusy(null);
    }
  };

  // The station asks for a supplement on a received dossier: receive (idempotent), then ask.
  const requestSupplement = async (request: SupplementRequestDraft) => {
    setBusy('supplement');
    setDialogError(undefined);
    try {
      const received = await api.call('dossier.receive', input());
      const dossier =
        received.dossier.status === 5
          ? received.dossier
          : await api.call('dossier.requestSupplement', { dossierId: received.dossier.id, ...request });
      finish({ dossier, alreadySaved: received.alreadySaved, form: '02' });
    } catch (failure) {
      setDialogError(asAppError(failure));
    } finally {
      setBusy(null);
    }
  };

  if (saved) {
    return <IntakeSaved saved={saved} ticket={ticket} onNew={() => restart(null)} />;
  }

  const missing = missingMandatory(draft);
  // Problems shown under their field or row are not repeated in the notice.
  const inline = [
    'procedureId',
    'documents',
    'attachments',
    'summary',
    'notes',
    ...draftFieldPaths,
    ...(error?.issues ?? []).map((issue) => issue.path).filter((path) => path.startsWith('documents.')),
  ];

  return (
    <>
      <form className="intake" onSubmit={save} noValidate data-testid="intake-form" ref={top}>
        <div className="intake-head">
          <div>
            <h1 className="intake-title">{t('intake.title')}</h1>
            <p className="muted">{t('intake.scanHint')}</p>
          </div>
          <div className="intake-ticket" data-testid="intake-ticket">
            {ticket ? (
              <>
                <span className="intake-ticket-chip">
                  <Icon name="ticket" size={18} />
                  {t('intake.forTicket', { number: ticket.number })}
                </span>
                <button type="button" className="button button-small" onClick={() => setTicket(null)}>
                  {t('intake.unlinkTicket')}
                </button>
              </>
            ) : (
              <>
                <span className="muted">{t('intake.noTicket')}</span>
                {currentTicket ? (
                  <button type="button" className="button button-small" onClick={() => setTicket(currentTicket)}>
                    {t('intake.linkTicket', { number: currentTicket.number })}
                  </button>
                ) : null}
              </>
            )}
          </div>
        </div>

        {filledFromCard ? (
          <div className="notice notice-success" role="status" data-testid="card-filled">
            <Icon name="shield" className="notice-icon" />
            <p>{t('intake.cardFilled', { name: filledFromCard })}</p>
          </div>
        ) : null}

        <div className="intake-columns">
          <div className="intake-main">
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
          </div>

          <aside className="intake-side">
            <section className="card intake-card">
              <h2 className="card-title">{t('intake.files.title')}</h2>
              <AttachmentsPanel
                attachments={draft.attachments}
                documents={draft.documents}
                problem={issuesFor(error, 'attachments')}
                onFiles={addFiles}
                onLink={(key, documentKey) => setAttachment(key, { documentKey })}
                onRemove={(key) => {
                  files.current.delete(key);
                  update((previous) => ({ ...previous, attachments: previous.attachments.filter((file) => file.key !== key) }));
                }}
                onRetry={(key) => {
                  const file = files.current.get(key);
                  if (file) upload(key, file);
                }}
              />
            </section>

            <FeesCard procedure={draft.procedure} sets={draft.sets} onSets={(sets) => update((previous) => ({ ...previous, sets }))} />

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
          </aside>
        </div>

        <div className="intake-actions">
          <ErrorNotice error={error} inlineFields={inline} className="intake-error" />
          {missing.length > 0 && draft.procedure ? (
            <p className="muted intake-missing">{t('intake.missingHint', { count: missing.length })}</p>
          ) : null}
          <div className="actions">
            <button type="button" className="button button-danger-outline" onClick={() => openDialog('refuse')} disabled={busy !== null}>
              <Icon name="alert" size={20} />
              {t('intake.refuse.open')}
            </button>
            <button type="button" className="button" onClick={() => openDialog('supplement')} disabled={busy !== null}>
              <Icon name="document" size={20} />
              {t('intake.supplement.open')}
            </button>
            <button type="submit" className="button button-primary button-large" disabled={busy !== null} data-testid="intake-save">
              <Icon name="check" size={22} />
              {busy === 'save' ? t('intake.saving') : t('intake.save')}
            </button>
          </div>
        </div>
      </form>

      {/* Outside the form: a dialog's own form must not submit this one. */}
      {dialog === 'refuse' ? (
        <RefuseDialog busy={busy === 'refuse'} error={dialogError} onRefuse={(reason) => void refuse(reason)} onCancel={() => setDialog(null)} />
      ) : null}
      {dialog === 'supplement' ? (
        <SupplementDialog
          initialItems={missing.map((document) => ({ name: document.name, originals: document.originals, certifiedCopies: 0, copies: document.copies }))}
          initialReason={missing.length > 0 ? t('intake.supplement.defaultReason') : ''}
          busy={busy === 'supplement'}
          error={dialogError}
          onRequest={(request) => void requestSupplement(request)}
          onCancel={() => setDialog(null)}
        />
      ) : null}
    </>
  );
}

/** Field paths shown under their inputs, not repeated in the notice. */
const draftFieldPaths = ['applicant', 'submitter'].flatMap((who) =>
  ['idNumber', 'oldIdNumber', 'fullName', 'dateOfBirth', 'gender', 'address', 'phone', 'email'].map((field) => `${who}.${field}`),
);
