/**
 * The ticket printer's state, loud when it is not ready (the kiosk cannot hand
 * out tickets), and "In phiếu thử" to check it with a sample ticket.
 */
import { useState } from 'react';
import type { DevicesStatus } from '@contract';
import { api } from '../../api/client';
import { useWrite } from '../../api/useWrite';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/icons';
import { Moment } from '../../components/Moment';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { severityOf, stateLabels, type Severity } from './deviceStates';

const adviceFor: Record<Severity, MessageKey> = {
  ok: 'adminDevices.printerOkBody',
  unchecked: 'adminDevices.printerUncheckedBody',
  warning: 'adminDevices.printerNotConfiguredBody',
  danger: 'adminDevices.printerDangerBody',
};

export function TicketPrinterCard({
  status,
  onStatus,
  unsaved,
}: {
  status: DevicesStatus;
  onStatus(status: DevicesStatus): void;
  /** The form holds changes not saved yet: a test print would use the old settings. */
  unsaved: boolean;
}) {
  const { t } = useI18n();
  const [printed, setPrinted] = useState(false);
  const printer = status.ticketPrinter;
  const severity = severityOf(printer.state);
  const configured = status.config.ticketPrinter !== null;
  const where = status.config.ticketPrinter
    ? status.config.ticketPrinter.kind === 'serial'
      ? t('adminDevices.printerAtSerial', { path: status.config.ticketPrinter.path, baud: status.config.ticketPrinter.baudRate })
      : t('adminDevices.printerAtQueue', { queue: status.config.ticketPrinter.queue })
    : null;

  const testPrint = useWrite(async () => {
    setPrinted(false);
    const next = await api.call('devices.testTicket', {});
    onStatus(next);
    setPrinted(next.ticketPrinter.state === 'ready');
  });
  const { busy, error } = testPrint;

  return (
    <section
      className={`card printer-state is-${severity}`}
      role={severity === 'danger' ? 'alert' : undefined}
      data-testid="printer-state"
      data-state={printer.state}
    >
      <div className="printer-state-head">
        <span className="printer-state-icon">
          <Icon name={severity === 'ok' ? 'printer' : 'alert'} size={40} />
        </span>
        <div className="printer-state-text">
          <p className="card-label">{t('adminDevices.ticketPrinter')}</p>
          <p className="printer-state-title" data-testid="printer-state-label">
            {t(stateLabels[printer.state])}
          </p>
          {printer.message ? (
            <p className="printer-state-message" data-testid="printer-state-message">
              {printer.message}
            </p>
          ) : null}
          <p className="printer-state-advice">{t(adviceFor[severity])}</p>
          <p className="muted printer-state-where">
            {where ?? t('adminDevices.printerNone')}
            {printer.checkedAt ? (
              <>
                {' · '}
                {t('adminDevices.checkedAt')} <Moment at={printer.checkedAt} empty="" />
              </>
            ) : null}
          </p>
        </div>
        <div className="printer-state-actions">
          <button type="button" className="button button-primary button-large" onClick={() => void testPrint.run()} disabled={busy || !configured || unsaved}>
            <Icon name="printer" size={20} />
            {busy ? t('adminDevices.testPrinting') : t('adminDevices.testPrint')}
          </button>
          {unsaved ? <p className="printer-state-hint">{t('adminDevices.saveBeforeTest')}</p> : null}
          {!configured && !unsaved ? <p className="printer-state-hint">{t('adminDevices.configureBeforeTest')}</p> : null}
        </div>
      </div>
      {printed ? (
        <p className="notice notice-success" role="status">
          <Icon name="check" className="notice-icon" />
          {t('adminDevices.testPrinted')}
        </p>
      ) : null}
      <ErrorNotice error={error} />
    </section>
  );
}
