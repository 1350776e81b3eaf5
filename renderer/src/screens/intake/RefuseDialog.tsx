/** Refusing the dossier (Mẫu 03): the reason is written on the paper the citizen takes home. */
import { useState } from 'react';
import type { AppError } from '@contract';
import { FormDialog } from '../../components/Dialog';
import { issuesFor } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';

export function RefuseDialog({
  busy,
  error,
  onRefuse,
  onCancel,
}: {
  busy: boolean;
  error: AppError | undefined;
  onRefuse(reason: string): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [empty, setEmpty] = useState(false);
  const submit = () => {
    if (!reason.trim()) return setEmpty(true);
    onRefuse(reason.trim());
  };
  return (
    <FormDialog
      title={t('intake.refuse.title')}
      testId="refuse-form"
      confirm={t('intake.refuse.confirm')}
      confirmIcon="alert"
      busyLabel={t('intake.saving')}
      danger
      busy={busy}
      error={error}
      inline={['reason']}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <p className="muted">{t('intake.refuse.intro')}</p>
      <Field label={t('intake.refuse.reason')} problem={empty ? t('fields.required') : issuesFor(error, 'reason')}>
        {(props) => <textarea {...props} rows={4} value={reason} maxLength={1000} onChange={(event) => setReason(event.target.value)} />}
      </Field>
    </FormDialog>
  );
}
