/** Refusing the dossier (Mẫu 03): the reason is written on the paper the citizen takes home. */
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../preload/contract';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice, issuesFor } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { Icon } from '../../components/icons';
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
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setEmpty(true);
    onRefuse(reason.trim());
  };
  return (
    <Dialog title={t('intake.refuse.title')} onCancel={onCancel}>
      <form className="form" onSubmit={submit} data-testid="refuse-form">
        <p className="muted">{t('intake.refuse.intro')}</p>
        <Field label={t('intake.refuse.reason')} problem={empty ? t('fields.required') : issuesFor(error, 'reason')}>
          {(props) => <textarea {...props} rows={4} value={reason} maxLength={1000} onChange={(event) => setReason(event.target.value)} />}
        </Field>
        <ErrorNotice error={error} inlineFields={['reason']} />
        <div className="actions dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('counter.cancel')}
          </button>
          <button type="submit" className="button button-danger" disabled={busy}>
            <Icon name="alert" size={20} />
            {busy ? t('intake.saving') : t('intake.refuse.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
