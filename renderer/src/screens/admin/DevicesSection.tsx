/**
 * The station's devices: the ticket printer's state up top (with a test print),
 * then the settings: ticket printer, A4 printer, scanners and the address phones
 * use for the ticket's QR. Refreshes when the station raises a device alert.
 */
import { useState } from 'react';
import type { Counter, DevicesStatus } from '@contract';
import { useEvent, useMethod } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/I18nProvider';
import { DevicesForm } from './DevicesForm';
import { TicketPrinterCard } from './TicketPrinterCard';
import { draftChanged, draftOf } from './deviceDraft';

export function DevicesSection() {
  const { t } = useI18n();
  const status = useMethod('devices.status', {});
  const counters = useMethod('catalogue.counters', {});
  useEvent('devices.alert', () => status.reload());

  if (!status.data) {
    return status.error ? <ErrorNotice error={status.error} /> : <p className="muted">{t('app.loading')}</p>;
  }
  return <DevicesPage status={status.data} counters={counters.data ?? []} onStatus={status.replace} />;
}

function DevicesPage({
  status,
  counters,
  onStatus,
}: {
  status: DevicesStatus;
  counters: Counter[];
  onStatus(status: DevicesStatus): void;
}) {
  const [draft, setDraft] = useState(() => draftOf(status.config));
  return (
    <div className="devices-page" data-testid="devices-screen">
      <TicketPrinterCard status={status} onStatus={onStatus} unsaved={draftChanged(draft, status.config)} />
      <DevicesForm
        status={status}
        counters={counters}
        draft={draft}
        onDraft={setDraft}
        onSaved={(next) => {
          onStatus(next);
          setDraft(draftOf(next.config));
        }}
      />
    </div>
  );
}
