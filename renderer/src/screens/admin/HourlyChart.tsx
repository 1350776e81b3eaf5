/**
 * Tickets issued per hour today, on the shared hour-bar chart. Office hours are
 * always on the axis; hours outside them only when tickets were issued then.
 */
import type { QueueStats } from '@contract';
import { HourBarChart } from '../../components/HourBarChart';
import { useI18n } from '../../i18n/I18nProvider';

export function HourlyChart({ perHour }: { perHour: QueueStats['perHour'] }) {
  const { t } = useI18n();
  const total = perHour.reduce((sum, row) => sum + row.issued, 0);
  return (
    <HourBarChart
      values={perHour.map((row) => ({ hour: row.hour, value: row.issued }))}
      summary={t('admin.queue.chartSummary', { total })}
      barLabel={(hour, count) => t('admin.queue.chartBar', { from: hour, to: hour + 1, count })}
      hourLabel={(hour) => t('admin.queue.hour', { hour })}
      testId="hourly-chart"
      dataName="issued"
    />
  );
}
