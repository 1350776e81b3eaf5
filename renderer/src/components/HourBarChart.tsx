/**
 * Figures per hour of the day as plain SVG bars (no chart library: a dozen
 * rectangles do not need one). The caller gives the words: what the chart shows
 * as a whole, what one bar means, how an hour is written.
 */
import { hoursOnAxis, type HourValue } from './hourAxis';

/** The chart is drawn about this wide unless told; bars get narrower when more hours are shown. */
const defaultWidth = 1100;
const widestSlot = 96;
const chartHeight = 180;
const top = 22;
const bottom = 26;

export function HourBarChart({
  values,
  summary,
  barLabel,
  hourLabel,
  testId,
  className = '',
  dataName = 'value',
  drawnWidth = defaultWidth,
}: {
  values: readonly HourValue[];
  /** The chart as one sentence, for screen readers. */
  summary: string;
  barLabel(hour: number, value: number): string;
  hourLabel(hour: number): string;
  testId: string;
  className?: string;
  /** Each hour's group carries its figure as `data-<dataName>`, for tests and tools. */
  dataName?: string;
  /** About the width it is shown at, so that its text keeps its size (the SVG scales to fit). */
  drawnWidth?: number;
}) {
  const hours = hoursOnAxis(values);
  const most = Math.max(1, ...hours.map((row) => row.value ?? 0));
  const barSlot = Math.min(widestSlot, Math.floor(drawnWidth / hours.length));
  const barWidth = Math.round(barSlot * 0.6);
  const width = hours.length * barSlot;
  const plot = chartHeight - top - bottom;

  return (
    <svg
      className={`hourly-chart ${className}`}
      viewBox={`0 0 ${width} ${chartHeight}`}
      width={width}
      height={chartHeight}
      role="img"
      aria-label={summary}
      data-testid={testId}
    >
      <line x1={0} x2={width} y1={top + plot} y2={top + plot} className="hourly-axis" />
      {hours.map((row, index) => {
        const x = index * barSlot;
        const value = row.value ?? 0;
        const height = (value / most) * plot;
        const figure = row.value === null ? {} : { [`data-${dataName}`]: row.value };
        return (
          <g key={row.hour} data-hour={row.hour} {...figure} className={row.value === null ? 'is-later' : undefined}>
            {row.value !== null ? <title>{barLabel(row.hour, row.value)}</title> : null}
            {value > 0 ? (
              <>
                <rect x={x + (barSlot - barWidth) / 2} y={top + plot - height} width={barWidth} height={height} rx={3} className="hourly-bar" />
                <text x={x + barSlot / 2} y={top + plot - height - 6} className="hourly-value">
                  {value}
                </text>
              </>
            ) : null}
            <text x={x + barSlot / 2} y={chartHeight - 8} className="hourly-hour">
              {hourLabel(row.hour)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
