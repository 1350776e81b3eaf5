/**
 * Tickets issued per hour as plain SVG bars (no chart library: a dozen rectangles
 * do not need one). Office hours are always on the axis; hours outside them only
 * when tickets were issued then.
 */
import type { QueueStats } from '../../../../preload/contract';
import { useI18n } from '../../i18n/I18nProvider';

const officeStart = 7;
const officeEnd = 17;
/** The chart is drawn about this wide; bars get narrower when more hours are shown. */
const chartWidth = 1100;
const widestSlot = 96;
const chartHeight = 180;
const top = 22;
const bottom = 26;

export function hoursShown(perHour: QueueStats['perHour']): QueueStats['perHour'] {
  const busy = perHour.filter((row) => row.issued > 0).map((row) => row.hour);
  const first = Math.min(officeStart, ...busy);
  const last = Math.max(officeEnd, ...busy);
  return perHour.filter((row) => row.hour >= first && row.hour <= last);
}

export function HourlyChart({ perHour }: { perHour: QueueStats['perHour'] }) {
  const { t } = useI18n();
  const hours = hoursShown(perHour);
  const most = Math.max(1, ...hours.map((row) => row.issued));
  const barSlot = Math.min(widestSlot, Math.floor(chartWidth / hours.length));
  const barWidth = Math.round(barSlot * 0.6);
  const width = hours.length * barSlot;
  const plot = chartHeight - top - bottom;
  const total = hours.reduce((sum, row) => sum + row.issued, 0);

  return (
    <svg
      className="hourly-chart"
      viewBox={`0 0 ${width} ${chartHeight}`}
      width={width}
      height={chartHeight}
      role="img"
      aria-label={t('admin.queue.chartSummary', { total })}
      data-testid="hourly-chart"
    >
      <line x1={0} x2={width} y1={top + plot} y2={top + plot} className="hourly-axis" />
      {hours.map((row, index) => {
        const height = (row.issued / most) * plot;
        const x = index * barSlot;
        const label = t('admin.queue.chartBar', { from: row.hour, to: row.hour + 1, count: row.issued });
        return (
          <g key={row.hour} data-hour={row.hour} data-issued={row.issued}>
            <title>{label}</title>
            {row.issued > 0 ? (
              <>
                <rect x={x + (barSlot - barWidth) / 2} y={top + plot - height} width={barWidth} height={height} rx={3} className="hourly-bar" />
                <text x={x + barSlot / 2} y={top + plot - height - 6} className="hourly-value">
                  {row.issued}
                </text>
              </>
            ) : null}
            <text x={x + barSlot / 2} y={chartHeight - 8} className="hourly-hour">
              {t('admin.queue.hour', { hour: row.hour })}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
