/**
 * Asking for what is missing (Mẫu 02): the papers to bring (the unticked mandatory
 * ones to begin with), how many of each, why, and whom to contact.
 */
import { useState } from 'react';
import type { AppError } from '@contract';
import { FormDialog } from '../../components/Dialog';
import { issuesFor } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { CountInput } from './CountInput';

export interface SupplementItemDraft {
  name: string;
  originals: number;
  certifiedCopies: number;
  copies: number;
}

export interface SupplementRequestDraft {
  reason: string;
  items: SupplementItemDraft[];
  contact: string | null;
}

export function SupplementDialog({
  initialItems,
  initialReason,
  busy,
  error,
  onRequest,
  onCancel,
}: {
  initialItems: SupplementItemDraft[];
  initialReason: string;
  busy: boolean;
  error: AppError | undefined;
  onRequest(request: SupplementRequestDraft): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [items, setItems] = useState<SupplementItemDraft[]>(initialItems.length > 0 ? initialItems : [{ name: '', originals: 1, certifiedCopies: 0, copies: 0 }]);
  const [reason, setReason] = useState(initialReason);
  const [contact, setContact] = useState('');
  const [checked, setChecked] = useState(false);
  const update = (index: number, change: Partial<SupplementItemDraft>) =>
    setItems((previous) => previous.map((item, at) => (at === index ? { ...item, ...change } : item)));
  const named = items.filter((item) => item.name.trim());

  const submit = () => {
    setChecked(true);
    if (!reason.trim() || named.length === 0) return;
    onRequest({ reason: reason.trim(), items: named.map((item) => ({ ...item, name: item.name.trim() })), contact: contact.trim() || null });
  };

  return (
    <FormDialog
      title={t('intake.supplement.title')}
      className="supplement-dialog"
      testId="supplement-form"
      confirm={t('intake.supplement.confirm')}
      confirmIcon="document"
      busyLabel={t('intake.saving')}
      busy={busy}
      error={error}
      inline={['reason']}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <p className="muted">{t('intake.supplement.intro')}</p>
      <table className="table supplement-items">
        <thead>
          <tr>
            <th>{t('intake.documents.name')}</th>
            <th className="num">{t('intake.supplement.originals')}</th>
            <th className="num">{t('intake.supplement.certifiedCopies')}</th>
            <th className="num">{t('intake.supplement.copies')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => (
            <tr key={index}>
              <td>
                <input
                  type="text"
                  className="supplement-name"
                  value={item.name}
                  aria-label={t('intake.documents.name')}
                  onChange={(event) => update(index, { name: event.target.value })}
                />
              </td>
              {(['originals', 'certifiedCopies', 'copies'] as const).map((kind) => (
                <td key={kind} className="num">
                  <CountInput value={item[kind]} label={t(`intake.supplement.${kind}`)} onChange={(value) => update(index, { [kind]: value })} />
                </td>
              ))}
              <td>
                <button type="button" className="button button-small" onClick={() => setItems((previous) => previous.filter((_, at) => at !== index))}>
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {checked && named.length === 0 ? <p className="field-problem">{t('intake.supplement.noItems')}</p> : null}
      <div className="actions">
        <button type="button" className="button button-small" onClick={() => setItems((previous) => [...previous, { name: '', originals: 1, certifiedCopies: 0, copies: 0 }])}>
          {t('intake.documents.addExtra')}
        </button>
      </div>
      <Field label={t('intake.supplement.reason')} problem={checked && !reason.trim() ? t('fields.required') : issuesFor(error, 'reason')}>
        {(props) => <textarea {...props} rows={3} value={reason} maxLength={1000} onChange={(event) => setReason(event.target.value)} />}
      </Field>
      <Field label={t('intake.supplement.contact')} optionalLabel={t('fields.optional')} hint={t('intake.supplement.contactHint')}>
        {(props) => <input {...props} type="text" value={contact} maxLength={200} onChange={(event) => setContact(event.target.value)} />}
      </Field>
    </FormDialog>
  );
}
