/**
 * Today's queue at a glance for the administrator: who is waiting now, how long
 * people waited and were served, per area and per counter, and when they came.
 * Follows the hall board: every pushed board means the figures moved. Below the
 * figures, the calling order the counters follow, which the admin may tune.
 */
import type { QueueStats } from '@contract';
import { useEvent, useMethod, useThrottled } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon, type IconName } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';
import { formatLongDate } from '../../i18n/vietnamTime';
import { HourlyChart } from './HourlyChart';
import { QueuePolicyCard } from './QueuePolicyCard';

type KpiRow = QueueStats['total'];

export function QueueSection() {
  return (
    <>
      <QueueDashboard />
      <QueuePolicyCard />
    </>
  );
}

function QueueDashboard() {
  const { t, locale } = useI18n();
  const stats = useMethod('queue.stats', {});
  useEvent('queue.board', useThrottled(stats.reload));
  const minutes = useMinutes();

  if (!stats.data) {
    return stats.error ? <ErrorNotice error={stats.error} /> : <p className="muted">{t('app.loading')}</p>;
  }
  const data = stats.data;
  const day = new Date(`${data.serviceDay}T12:00:00+07:00`);

  return (
    <div className="queue-dashboard" data-testid="queue-dashboard">
      <div className="card-bar">
        <h1 className="card-title">{t('admin.queue.title', { day: formatLongDate(day, locale) })}</h1>
      </div>
      <div className="kpi-grid">
        <Kpi icon="people" label={t('admin.queue.waitingNow')} value={String(data.waitingNow)} testId="kpi-waiting" />
        <Kpi icon="ticket" label={t('admin.queue.issued')} value={String(data.total.tickets)} testId="kpi-issued" />
        <Kpi icon="check" label={t('admin.queue.served')} value={String(data.total.served)} testId="kpi-served" />
        <Kpi icon="hourglass" label={t('admin.queue.averageWait')} value={minutes(data.total.averageWaitMinutes)} testId="kpi-wait" />
        <Kpi icon="clock" label={t('admin.queue.averageService')} value={minutes(data.total.averageServiceMinutes)} testId="kpi-service" />
      </div>

      <section className="card">
        <h2 className="card-title">{t('admin.queue.perHourTitle')}</h2>
        <div className="hourly-chart-box">
          <HourlyChart perHour={data.perHour} />
        </div>
      </section>

      <div className="dashboard-columns">
        <section className="card">
          <h2 className="card-title">{t('admin.queue.byAreaTitle')}</h2>
          <KpiTable
            firstColumn={t('admin.queue.colArea')}
            rows={data.byArea.map((row) => ({ key: row.areaId, name: row.areaName, row }))}
            testId="kpi-by-area"
          />
        </section>
        <section className="card">
          <h2 className="card-title">{t('admin.queue.byCounterTitle')}</h2>
          <KpiTable
            firstColumn={t('admin.queue.colCounter')}
            rows={[...data.byCounter]
              .sort((a, b) => a.counterNumber - b.counterNumber)
              .map((row) => ({ key: row.counterId, name: t('counter.counterNumber', { number: row.counterNumber }), row }))}
            testId="kpi-by-counter"
          />
        </section>
      </div>
    </div>
  );
}

/** "12,5 phút", or "—" when nothing was measured yet. */
function useMinutes(): (value: number | null) => string {
  const { t, locale } = useI18n();
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (value) => (value === null ? t('fields.empty') : t('admin.queue.minutes', { value: format.format(value) }));
}

function Kpi({ icon, label, value, testId }: { icon: IconName; label: string; value: string; testId: string }) {
  return (
    <div className="card kpi">
      <span className="kpi-icon">
        <Icon name={icon} size={26} />
      </span>
      <span className="kpi-text">
        <span className="kpi-label">{label}</span>
        <span className="kpi-value" data-testid={testId}>
          {value}
        </span>
      </span>
    </div>
  );
}

function KpiTable({ firstColumn, rows, testId }: { firstColumn: string; rows: Array<{ key: number; name: string; row: KpiRow }>; testId: string }) {
  const { t } = useI18n();
  const minutes = useMinutes();
  if (rows.length === 0) return <p className="muted">{t('admin.queue.none')}</p>;
  return (
    <table className="table kpi-table" data-testid={testId}>
      <thead>
        <tr>
          <th>{firstColumn}</th>
          <th className="num">{t('admin.queue.colTickets')}</th>
          <th className="num">{t('admin.queue.colServed')}</th>
          <th className="num">{t('admin.queue.colWait')}</th>
          <th className="num">{t('admin.queue.colService')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, name, row }) => (
          <tr key={key}>
            <td>{name}</td>
            <td className="num">{row.tickets}</td>
            <td className="num">{row.served}</td>
            <td className="num">{minutes(row.averageWaitMinutes)}</td>
            <td className="num">{minutes(row.averageServiceMinutes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
