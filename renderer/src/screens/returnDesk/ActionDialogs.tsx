/**
 * The return desk's confirmations, one small form each: who collected the result,
 * what the citizen brought, the new appointment and why (Mẫu 04), why the citizen
 * withdraws. Each sends one call and hands back the dossier as it now stands.
 */
import { useState } from 'react';
import { AppError, type Dossier } from '@contract';
import { api } from '../../api/client';
import { useWrite } from '../../api/useWrite';
import { FormDialog } from '../../components/Dialog';
import { issuesFor } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { formatClock, vietnamDayOf } from '../../i18n/vietnamTime';
import type { DossierAction } from '../dossier/dossierActions';
import { dateInputOf, isoDateOf } from '../intake/personDraft';

export function DossierActionDialog({
  action,
  dossier,
  onDone,
  onCancel,
}: {
  action: DossierAction;
  dossier: Dossier;
  onDone(dossier: Dossier): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  // Each form passes its own check and call; the dialog stays busy until its caller closes it.
  const send = useWrite(async (_check: () => AppError | undefined, call: () => Promise<Dossier>) => onDone(await call()), {
    check: (check) => check(),
    keepBusyOnSuccess: true,
  });
  const { busy, error, run } = send;
  const [who, setWho] = useState(dossier.submitter?.fullName ?? dossier.applicant.fullName);
  const [note, setNote] = useState('');
  const [date, setDate] = useState(dateInputOf(vietnamDayOf(new Date(dossier.dueAt))));
  const [time, setTime] = useState(formatClock(new Date(dossier.dueAt), 'en-GB'));
  const required = t('fields.required');
  // What the four forms share; each adds its title, fields and call.
  const form = { testId: 'dossier-action-form', busyLabel: t('returnDesk.working'), busy, error, onCancel };

  const missing = (path: string, message = required) =>
    new AppError('VALIDATION_FAILED', { detail: 'Required field left empty (checked in the renderer)', issues: [{ path, message }] });

  switch (action) {
    case 'returnResult':
      return (
        <FormDialog
          {...form}
          title={t('returnDesk.actions.returnResult')}
          confirm={t('returnDesk.returnConfirm')}
          inline={['collectedBy', 'note']}
          onSubmit={() =>
            void run(
              () => (who.trim() ? undefined : missing('collectedBy')),
              () => api.call('dossier.returnResult', { dossierId: dossier.id, collectedBy: who.trim(), note: note.trim() || null }),
            )
          }
        >
          <p className="muted">{t('returnDesk.returnIntro', { code: dossier.code })}</p>
          <Field label={t('returnDesk.collectedBy')} hint={t('returnDesk.collectedByHint')} problem={issuesFor(error, 'collectedBy')}>
            {(props) => <input {...props} type="text" value={who} maxLength={200} onChange={(event) => setWho(event.target.value)} />}
          </Field>
          <Field label={t('returnDesk.note')} optionalLabel={t('fields.optional')} problem={issuesFor(error, 'note')}>
            {(props) => <textarea {...props} rows={2} value={note} maxLength={500} onChange={(event) => setNote(event.target.value)} />}
          </Field>
        </FormDialog>
      );
    case 'recordSupplement':
      return (
        <FormDialog
          {...form}
          title={t('returnDesk.actions.recordSupplement')}
          confirm={t('returnDesk.recordConfirm')}
          inline={['note']}
          onSubmit={() => void run(() => undefined, () => api.call('dossier.recordSupplement', { dossierId: dossier.id, note: note.trim() || null }))}
        >
          <p className="muted">{t('returnDesk.recordIntro')}</p>
          <Field label={t('returnDesk.recordNote')} optionalLabel={t('fields.optional')} problem={issuesFor(error, 'note')}>
            {(props) => <textarea {...props} rows={3} value={note} maxLength={500} onChange={(event) => setNote(event.target.value)} />}
          </Field>
        </FormDialog>
      );
    case 'postpone': {
      const iso = isoDateOf(date);
      return (
        <FormDialog
          {...form}
          title={t('returnDesk.actions.postpone')}
          confirm={t('returnDesk.postponeConfirm')}
          inline={['newDueAt', 'reason']}
          onSubmit={() =>
            void run(
              () =>
                iso === null || iso === 'invalid' || !/^\d{2}:\d{2}$/.test(time)
                  ? missing('newDueAt', t('returnDesk.dateInvalid'))
                  : !note.trim()
                    ? missing('reason')
                    : undefined,
              () => api.call('dossier.postpone', { dossierId: dossier.id, newDueAt: `${iso as string}T${time}:00+07:00`, reason: note.trim() }),
            )
          }
        >
          <p className="muted">{t('returnDesk.postponeIntro')}</p>
          <div className="form-grid">
            <Field label={t('returnDesk.newDate')} hint={t('intake.person.datePlaceholder')} problem={issuesFor(error, 'newDueAt')}>
              {(props) => <input {...props} type="text" value={date} onChange={(event) => setDate(event.target.value)} />}
            </Field>
            <Field label={t('returnDesk.newTime')}>
              {(props) => <input {...props} type="text" value={time} placeholder="16:30" onChange={(event) => setTime(event.target.value)} />}
            </Field>
          </div>
          <Field label={t('returnDesk.postponeReason')} problem={issuesFor(error, 'reason')}>
            {(props) => <textarea {...props} rows={3} value={note} maxLength={1000} onChange={(event) => setNote(event.target.value)} />}
          </Field>
        </FormDialog>
      );
    }
    case 'withdraw':
      return (
        <FormDialog
          {...form}
          title={t('returnDesk.actions.withdraw')}
          confirm={t('returnDesk.withdrawConfirm')}
          danger
          inline={['reason']}
          onSubmit={() =>
            void run(
              () => (note.trim() ? undefined : missing('reason')),
              () => api.call('dossier.withdraw', { dossierId: dossier.id, reason: note.trim() }),
            )
          }
        >
          <p className="muted">{t('returnDesk.withdrawIntro', { code: dossier.code })}</p>
          <Field label={t('returnDesk.withdrawReason')} problem={issuesFor(error, 'reason')}>
            {(props) => <textarea {...props} rows={3} value={note} maxLength={1000} onChange={(event) => setNote(event.target.value)} />}
          </Field>
        </FormDialog>
      );
  }
}
