/**
 * The intake form's state and its calls to the station, apart from its layout:
 * the draft, the linked ticket, the counter's commands (start, a scanned card, a
 * scanned file), the form's own checks, and the three ways to end an intake:
 * save (Mẫu 01), refuse (Mẫu 03), ask for missing papers (Mẫu 02).
 *
 * The form keeps one requestId from opening to saving, so saving twice (a double
 * click, a retry after the network blinked) gives back the same dossier.
 */
import { useEffect, useRef, useState } from 'react';
import { AppError, type QueueTicket } from '@contract';
import { dossierStatus } from '@domain/dossier/dossierStatus';
import { api } from '../../api/client';
import { useWrite } from '../../api/useWrite';
import { useI18n } from '../../i18n/I18nProvider';
import { draftProblems, emptyIntake, intakeInputOf, missingMandatory, type IntakeDraft } from './intakeDraft';
import type { IntakeCommand, SavedDossier } from './IntakeForm';
import { contactFromRecord, personFromCard } from './personDraft';
import { newRequestId } from './requestId';
import type { SupplementRequestDraft } from './SupplementDialog';
import { useAttachmentUploads } from './useAttachmentUploads';

export type IntakeDialog = 'refuse' | 'supplement';

export function useIntake({
  counterId,
  command,
  onSaved,
}: {
  counterId: number;
  command: IntakeCommand | null;
  onSaved(saved: SavedDossier, ticket: QueueTicket | null): void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<IntakeDraft>(emptyIntake);
  const [ticket, setTicket] = useState<QueueTicket | null>(null);
  const [requestId, setRequestId] = useState(newRequestId);
  const [dialog, setDialog] = useState<IntakeDialog | null>(null);
  const [saved, setSaved] = useState<SavedDossier | null>(null);
  const [filledFromCard, setFilledFromCard] = useState<string | null>(null);
  // After a refused save, the form's own checks follow every change (see below).
  const [attempted, setAttempted] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const update = (change: (previous: IntakeDraft) => IntakeDraft) => setDraft(change);
  const uploads = useAttachmentUploads(update);

  const problemMessages = {
    required: t('fields.required'),
    dateInvalid: t('intake.problems.dateInvalid'),
    idNumberInvalid: t('intake.problems.idNumberInvalid'),
    procedureMissing: t('intake.problems.procedureMissing'),
    uploading: t('intake.problems.uploading'),
    documentNameMissing: t('intake.problems.documentNameMissing'),
  };
  const problems = () => {
    setAttempted(true);
    return draftProblems(draft, problemMessages);
  };
  const input = () => intakeInputOf(draft, { requestId, ticketId: ticket?.id ?? null, counterId });

  const finish = (result: SavedDossier) => {
    setSaved(result);
    setDialog(null);
    save.setError(undefined);
    setAttempted(false);
    onSaved(result, ticket);
  };

  // Saving shows its failure on the form, with the form's own checks.
  const save = useWrite(
    async () => {
      const result = await api.call('dossier.receive', input());
      finish({ ...result, form: '01' });
    },
    {
      check: () => {
        const missing = missingMandatory(draft);
        return (
          problems() ??
          (missing.length > 0
            ? new AppError('VALIDATION_FAILED', {
                detail: 'Mandatory papers missing (checked in the renderer)',
                issues: [{ path: 'documents', message: t('intake.problems.mandatoryMissing', { names: missing.map((document) => document.name).join('; ') }) }],
              })
            : undefined)
        );
      },
    },
  );

  // Refusing and asking for papers are confirmed in a dialog, which shows their failure.
  const conclude = useWrite(async (_dialog: IntakeDialog, send: () => Promise<SavedDossier>) => finish(await send()));

  const refuse = (reason: string) =>
    void conclude.run('refuse', async () => {
      const result = await api.call('dossier.refuse', { ...input(), reason });
      return { ...result, form: result.dossier.status === dossierStatus.refused ? '03' : '01' };
    });

  // The station asks for a supplement on a received dossier: receive (idempotent), then ask.
  const requestSupplement = (request: SupplementRequestDraft) =>
    void conclude.run('supplement', async () => {
      const received = await api.call('dossier.receive', input());
      const dossier =
        received.dossier.status === dossierStatus.supplementRequested
          ? received.dossier
          : await api.call('dossier.requestSupplement', { dossierId: received.dossier.id, ...request });
      return { dossier, alreadySaved: received.alreadySaved, form: '02' };
    });

  const openDialog = (which: IntakeDialog) => {
    const found = problems();
    save.setError(found);
    if (found) return;
    conclude.setError(undefined);
    setDialog(which);
  };

  const restart = (forTicket: QueueTicket | null) => {
    setDraft(emptyIntake());
    setTicket(forTicket);
    setRequestId(newRequestId());
    save.setError(undefined);
    setSaved(null);
    setDialog(null);
    setFilledFromCard(null);
    setAttempted(false);
    uploads.clear();
    requestAnimationFrame(() => {
      formRef.current?.scrollIntoView({ block: 'start' });
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
      uploads.addStored(command.file);
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

  // A fixed field loses its complaint at once (and the station's complaints, now stale, go).
  useEffect(() => {
    if (attempted) save.setError(draftProblems(draft, problemMessages));
  }, [draft]);

  return {
    draft,
    update,
    uploads,
    ticket,
    setTicket,
    filledFromCard,
    formRef,
    saved,
    restart,
    /** The form's problems: its own checks and the station's answer to saving. */
    error: save.error,
    busy: save.busy ? ('save' as const) : (conclude.busyWith ?? null),
    save: () => void save.run(),
    dialog,
    openDialog,
    closeDialog: () => setDialog(null),
    dialogError: conclude.error,
    refuse,
    requestSupplement,
  };
}
