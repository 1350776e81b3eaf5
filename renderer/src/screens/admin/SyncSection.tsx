/**
 * The link to the provincial one-stop system as the administrator needs to see
 * it: up or down and why, what is still waiting to go, events the province
 * refused (retry or skip), changes the station could not apply, and the
 * connection settings. Follows the station's `sync.status` pushes live.
 */
import { useRef } from 'react';
import type { SyncStatus } from '@contract';
import { useEvent, useMethod } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { HourBarChart } from '../../components/HourBarChart';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';
import { ParkedEvents } from './ParkedEvents';
import { RejectedChanges } from './RejectedChanges';
import { SyncConfigForm } from './SyncConfigForm';
import { SyncStatusCard } from './SyncStatusCard';
import { backlogValues, isNewerStatus, skewAmount, stationIsBehind } from './syncView';

export function SyncSection() {
  const { t } = useI18n();
  const status = useMethod('sync.status', {});
  // An action's reply and the pushed `sync.status` of the run it started can arrive
  // in either order: the later reading wins, whichever road it came by.
  const shown = useRef<SyncStatus | null>(null);
  if (status.data && isNewerStatus(shown.current, status.data)) shown.current = status.data;
  const afterAction = (next: SyncStatus) => {
    if (!isNewerStatus(shown.current, next)) return;
    shown.current = next;
    status.replace(next);
  };
  useEvent('sync.status', afterAction);
  const configForm = useRef<HTMLFormElement>(null);

  if (!shown.current) {
    return status.error ? <ErrorNotice error={status.error} /> : <p className="muted">{t('app.loading')}</p>;
  }
  const data = shown.current;
  const openConfiguration = () => {
    const form = configForm.current;
    form?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    form?.querySelector<HTMLElement>('input:not([type="radio"]), select')?.focus();
  };

  return (
    <div className="ops-layout" data-testid="sync-screen">
      <div className="ops-main">
        <SyncStatusCard status={data} onStatus={afterAction} onConfigure={openConfiguration} />
        {data.clockWarning && data.clockSkewMs !== null ? <ClockSkewBanner skewMs={data.clockSkewMs} /> : null}
        <section className="card">
          <div className="card-bar">
            <h2 className="card-title">{t('adminSync.backlogTitle')}</h2>
            <span className="muted chart-empty">
              {data.backlog.some((row) => row.pending > 0) ? t('adminSync.backlogHint') : t('adminSync.backlogEmpty')}
            </span>
          </div>
          <div className="hourly-chart-box">
            <HourBarChart
              values={backlogValues(data.backlog)}
              summary={t('adminSync.backlogSummary', { pending: data.pendingEvents })}
              barLabel={(hour, count) => t('adminSync.backlogBar', { from: hour, to: hour + 1, count })}
              hourLabel={(hour) => t('admin.queue.hour', { hour })}
              testId="backlog-chart"
              className="backlog-chart"
              dataName="pending"
              drawnWidth={780}
            />
          </div>
        </section>
        <ParkedEvents parked={data.parked} onStatus={afterAction} />
        <RejectedChanges changes={data.rejectedChanges} />
      </div>
      <aside className="ops-side">
        <SyncConfigForm status={data} onStatus={afterAction} formRef={configForm} />
      </aside>
    </div>
  );
}

function ClockSkewBanner({ skewMs }: { skewMs: number }) {
  const { t, locale } = useI18n();
  const { value, unit } = skewAmount(skewMs);
  const amount = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  return (
    <div className="notice notice-warning ops-banner" role="alert" data-testid="clock-warning">
      <Icon name="clock" className="notice-icon" />
      <div>
        <p className="notice-title">
          {stationIsBehind(skewMs) ? t('adminSync.clockBehind', { amount }) : t('adminSync.clockAhead', { amount })}
        </p>
        <p>{t('adminSync.clockAdvice')}</p>
      </div>
    </div>
  );
}
