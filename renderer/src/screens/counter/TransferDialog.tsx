/**
 * Sends the ticket at the desk elsewhere: back to the line of another area, or to
 * one named counter. The ticket keeps its number and its place by issue time.
 */
import { useState } from 'react';
import type { AppError, Counter, QueueTicket, ServiceArea } from '@contract';
import { FormDialog } from '../../components/Dialog';
import { useI18n } from '../../i18n/I18nProvider';

export interface TransferTarget {
  kind: 'area' | 'counter';
  id: number;
}

export function TransferDialog({
  ticket,
  counterId,
  counters,
  areas,
  busy,
  error,
  onTransfer,
  onCancel,
}: {
  ticket: QueueTicket;
  counterId: number;
  counters: readonly Counter[];
  areas: readonly ServiceArea[];
  busy: boolean;
  error: AppError | null;
  onTransfer(target: TransferTarget): Promise<boolean>;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [target, setTarget] = useState<TransferTarget | null>(null);
  const otherAreas = areas.filter((area) => area.active && area.id !== ticket.areaId).sort((a, b) => a.sortOrder - b.sortOrder);
  const otherCounters = counters.filter((counter) => counter.active && counter.id !== counterId).sort((a, b) => a.number - b.number);
  const isChosen = (kind: TransferTarget['kind'], id: number) => target?.kind === kind && target.id === id;

  const submit = () => {
    if (target) void onTransfer(target);
  };

  const option = (kind: TransferTarget['kind'], id: number, label: string) => (
    <label key={`${kind}-${id}`} className={`choice ${isChosen(kind, id) ? 'is-checked' : ''}`}>
      <input type="radio" name="transfer-target" checked={isChosen(kind, id)} onChange={() => setTarget({ kind, id })} />
      <span>{label}</span>
    </label>
  );

  return (
    <FormDialog
      title={t('counter.transferTitle', { number: ticket.number })}
      className="transfer-dialog"
      testId="transfer-form"
      confirm={t('counter.transferConfirm')}
      confirmIcon="transfer"
      busyLabel={t('counter.transferring')}
      busy={busy}
      ready={target !== null}
      error={error ?? undefined}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <p className="muted">{t('counter.transferIntro')}</p>
      <div className="transfer-columns">
        <fieldset className="choices">
          <legend className="card-label">{t('counter.transferToArea')}</legend>
          {otherAreas.length === 0 ? <p className="muted">{t('counter.transferNoArea')}</p> : null}
          {otherAreas.map((area) => option('area', area.id, area.name))}
        </fieldset>
        <fieldset className="choices">
          <legend className="card-label">{t('counter.transferToCounter')}</legend>
          {otherCounters.length === 0 ? <p className="muted">{t('counter.transferNoCounter')}</p> : null}
          {otherCounters.map((counter) => option('counter', counter.id, counter.name))}
        </fieldset>
      </div>
    </FormDialog>
  );
}
