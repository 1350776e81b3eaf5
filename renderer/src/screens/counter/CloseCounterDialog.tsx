/** Closing a counter is asked once more: a stray F9 must not send a counter home. */
import type { Counter } from '@contract';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';

export function CloseCounterDialog({
  counter,
  busy,
  onConfirm,
  onCancel,
}: {
  counter: Counter;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  return (
    <Dialog title={t('counter.closeTitle', { number: counter.number })} onCancel={onCancel}>
      <p>{t('counter.closeBody')}</p>
      <div className="actions dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('counter.cancel')}
        </button>
        <button type="button" className="button button-danger" data-initial-focus onClick={onConfirm} disabled={busy}>
          <Icon name="power" size={20} />
          {t('counter.actions.close')}
        </button>
      </div>
    </Dialog>
  );
}
