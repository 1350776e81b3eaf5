/**
 * Events the province refused, held back so the rest keeps flowing. The admin
 * sends one again (after fixing the cause) or skips it for good; skipping needs a
 * reason because it is written to the audit log.
 */
import { useState } from 'react';
import type { SyncStatus } from '@contract';
import { api } from '../../api/client';
import { useWrite } from '../../api/useWrite';
import { FormDialog } from '../../components/Dialog';
import { ErrorNotice, issuesFor } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { Icon } from '../../components/icons';
import { emptyFieldsError } from '../../components/requiredFields';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../i18n/vietnamTime';

type Parked = SyncStatus['parked'][number];

export function ParkedEvents({ parked, onStatus }: { parked: SyncStatus['parked']; onStatus(status: SyncStatus): void }) {
  const { t, tOptional, locale } = useI18n();
  const [skipping, setSkipping] = useState<Parked>();
  const [done, setDone] = useState<string>();
  const retry = useWrite(async (row: Parked) => {
    setDone(undefined);
    onStatus(await api.call('sync.retryParked', { seq: row.seq }));
    setDone(t('adminSync.retried', { seq: row.seq }));
  });
  const busySeq = retry.busyWith?.seq ?? null;

  return (
    <section className="card" data-testid="parked-events">
      <div className="card-bar">
        <div>
          <h2 className="card-title">{t('adminSync.parkedTitle')}</h2>
          <p className="muted">{t('adminSync.parkedIntro')}</p>
        </div>
        <span className={`badge ${parked.length > 0 ? 'badge-muted' : ''}`}>{parked.length}</span>
      </div>
      <ErrorNotice error={retry.error} />
      {done ? (
        <p className="notice notice-success" role="status">
          <Icon name="check" className="notice-icon" />
          {done}
        </p>
      ) : null}
      {parked.length === 0 ? (
        <p className="ops-empty">
          <Icon name="check" size={20} />
          {t('adminSync.parkedNone')}
        </p>
      ) : (
        <table className="table ops-table">
          <thead>
            <tr>
              <th className="num">{t('adminSync.colSeq')}</th>
              <th>{t('adminSync.colType')}</th>
              <th>{t('adminSync.colReason')}</th>
              <th>{t('adminSync.colParkedAt')}</th>
              <th aria-label={t('adminSync.colActions')} />
            </tr>
          </thead>
          <tbody>
            {parked.map((row) => (
              <tr key={row.seq} data-seq={row.seq}>
                <td className="num">{row.seq}</td>
                <td>
                  <span className="ops-strong">{tOptional(`adminSync.eventTypes.${row.type}`) ?? row.type}</span>
                  <span className="ops-sub">{row.aggregateId}</span>
                </td>
                <td className="ops-reason">{row.reason}</td>
                <td>{formatDateTime(new Date(row.parkedAt), locale)}</td>
                <td className="table-actions">
                  <span className="ops-row-actions">
                    <button type="button" className="button button-small" disabled={busySeq === row.seq} onClick={() => void retry.run(row)}>
                      {t('adminSync.retry')}
                    </button>
                    <button
                      type="button"
                      className="button button-small button-danger-outline"
                      disabled={busySeq === row.seq}
                      onClick={() => {
                        setDone(undefined);
                        setSkipping(row);
                      }}
                    >
                      {t('adminSync.skip')}
                    </button>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {skipping ? (
        <SkipDialog
          row={skipping}
          onCancel={() => setSkipping(undefined)}
          onSkipped={(status) => {
            onStatus(status);
            setDone(t('adminSync.skipped', { seq: skipping.seq }));
            setSkipping(undefined);
          }}
        />
      ) : null}
    </section>
  );
}

function SkipDialog({ row, onCancel, onSkipped }: { row: Parked; onCancel(): void; onSkipped(status: SyncStatus): void }) {
  const { t, tOptional } = useI18n();
  const [reason, setReason] = useState('');
  const skip = useWrite(async () => onSkipped(await api.call('sync.skipParked', { seq: row.seq, reason: reason.trim() })), {
    check: () => emptyFieldsError({ reason }, ['reason'], t('fields.required')),
    keepBusyOnSuccess: true,
  });
  const { busy, error } = skip;

  return (
    <FormDialog
      title={t('adminSync.skipTitle', { seq: row.seq })}
      className="skip-dialog"
      testId="skip-dialog"
      noValidate
      confirm={t('adminSync.skipConfirm')}
      busyLabel={t('adminSync.skipping')}
      lockCancelWhileBusy
      danger
      busy={busy}
      error={error}
      inline={['reason']}
      onSubmit={() => void skip.run()}
      onCancel={onCancel}
    >
      <p>
        <strong>{tOptional(`adminSync.eventTypes.${row.type}`) ?? row.type}</strong> · {row.aggregateId}
      </p>
      <p className="notice notice-warning">
        <Icon name="alert" className="notice-icon" />
        {t('adminSync.skipWarning')}
      </p>
      <Field label={t('adminSync.skipReason')} hint={t('adminSync.skipReasonHint')} problem={issuesFor(error, 'reason')}>
        {(props) => <textarea {...props} name="reason" rows={3} maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />}
      </Field>
    </FormDialog>
  );
}
