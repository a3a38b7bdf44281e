import { useId } from 'react';
import { HOUR_MS, type DayPoint } from '../../utils/insights';
import { formatAxisHours, formatDuration } from './format';
import { dateFormatter, formatDayRange, formatNumber, plural, t } from '../../utils/i18n';

/**
 * Comments per day and median response time per day, drawn as inline SVG.
 * Colours come from CSS variables (light and dark values in insights.css) and
 * text uses currentColor, so the chart follows the page's colour scheme.
 * Each SVG is one image with a summary for screen readers; the numbers
 * themselves are in a visually hidden table below.
 */

interface Props {
  points: DayPoint[];
  /** Plot business-hours medians instead of clock-hours ones. */
  businessHours: boolean;
  timeZone: string;
}

const WIDTH = 720;
const HEIGHT = 190;
const MARGIN = { top: 12, right: 12, bottom: 30, left: 44 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;
const TICKS = 4;

export function DailyChart({ points, businessHours, timeZone }: Props) {
  const id = useId();
  const dayLabel = dateFormatter({ weekday: 'short', day: 'numeric', month: 'short', timeZone });
  const tickLabel = dateFormatter({ day: 'numeric', month: 'short', timeZone });
  const medianOf = (point: DayPoint) => (businessHours ? point.medianBusinessMs : point.medianCalendarMs);
  const medianTitle = businessHours ? t('insights.chart.medianTitleBusinessHours') : t('insights.chart.medianTitle');

  const maxCount = niceCeiling(Math.max(0, ...points.map((p) => p.received)), 1);
  const maxMedian = niceCeiling(Math.max(0, ...points.map((p) => medianOf(p) ?? 0)) / HOUR_MS, 0.5) * HOUR_MS;
  const slot = points.length > 0 ? PLOT_W / points.length : PLOT_W;
  const labelEvery = points.length > 10 ? Math.ceil(points.length / 7) : 1;
  const xCentre = (index: number) => MARGIN.left + slot * (index + 0.5);
  const yCount = (value: number) => MARGIN.top + PLOT_H - (value / maxCount) * PLOT_H;
  const yMedian = (value: number) => MARGIN.top + PLOT_H - (value / maxMedian) * PLOT_H;

  const xAxis = points.map((point, index) =>
    index % labelEvery === 0 || index === points.length - 1 ? (
      <text key={point.dayStart} x={xCentre(index)} y={HEIGHT - 10} textAnchor="middle" className="chart-tick">
        {tickLabel.format(point.dayStart)}
      </text>
    ) : null,
  );

  const segments = medianSegments(points.map(medianOf));

  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart-caption">
        {t('insights.chart.caption')}
      </figcaption>

      <h3 className="chart-title">{t('insights.chart.countsTitle')}</h3>
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <span className="swatch swatch-received" /> {t('insights.chart.received')}
        </li>
        <li>
          <span className="swatch swatch-answered" /> {t('insights.chart.answered')}
        </li>
      </ul>
      <svg
        className="chart-svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={countsSummary(points, dayLabel, timeZone)}
        preserveAspectRatio="xMidYMid meet"
      >
        <Grid max={maxCount} y={yCount} format={(v) => formatNumber(v)} />
        {points.map((point, index) => {
          const barW = Math.max(2, slot * 0.7);
          const x = xCentre(index) - barW / 2;
          const inner = barW * 0.55;
          return (
            <g key={point.dayStart}>
              <rect className="bar-received" x={x} y={yCount(point.received)} width={barW} height={yCount(0) - yCount(point.received)} />
              <rect
                className="bar-answered"
                x={xCentre(index) - inner / 2}
                y={yCount(point.answered)}
                width={inner}
                height={yCount(0) - yCount(point.answered)}
              />
            </g>
          );
        })}
        {xAxis}
      </svg>

      <h3 className="chart-title">{medianTitle}</h3>
      <svg
        className="chart-svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={medianSummary(points, medianOf, dayLabel, timeZone, businessHours)}
        preserveAspectRatio="xMidYMid meet"
      >
        <Grid max={maxMedian} y={yMedian} format={(ms, top) => formatAxisHours(ms, top)} />
        {segments.map((segment) => (
          <polyline
            key={segment[0]}
            className="median-line"
            points={segment.map((index) => `${xCentre(index)},${yMedian(medianOf(points[index]!)!)}`).join(' ')}
          />
        ))}
        {points.map((point, index) => {
          const value = medianOf(point);
          return value === null ? null : (
            <circle key={point.dayStart} className="median-dot" cx={xCentre(index)} cy={yMedian(value)} r={3.5} />
          );
        })}
        {xAxis}
      </svg>

      {/* Wrapped: a table's own width and height are only minimums, so it can't be hidden by sizing it. */}
      <div className="visually-hidden">
        <table>
          <caption>{t('insights.chart.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('insights.chart.day')}</th>
              <th scope="col">{t('insights.chart.received')}</th>
              <th scope="col">{t('insights.chart.answered')}</th>
              <th scope="col">{medianTitle}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.dayStart}>
                <th scope="row">{dayLabel.format(point.dayStart)}</th>
                <td>{formatNumber(point.received)}</td>
                <td>{formatNumber(point.answered)}</td>
                <td>{formatDuration(medianOf(point))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** Gridlines with their values; the top one may carry the unit. */
function Grid({ max, y, format }: { max: number; y: (v: number) => number; format: (v: number, top: boolean) => string }) {
  const values = Array.from({ length: TICKS + 1 }, (_, i) => (max * i) / TICKS);
  return (
    <g>
      {values.map((value) => (
        <g key={value}>
          <line className="chart-grid" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(value)} y2={y(value)} />
          <text className="chart-tick" x={MARGIN.left - 6} y={y(value) + 4} textAnchor="end">
            {format(value, value === max)}
          </text>
        </g>
      ))}
    </g>
  );
}

/** The smallest 1, 2 or 5 × 10ⁿ step that puts `value` under TICKS steps; at least `floor` per step. */
export function niceCeiling(value: number, floor: number): number {
  if (!(value > 0)) return floor * TICKS;
  const raw = value / TICKS;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return Math.max(step, floor) * TICKS;
}

/** Runs of consecutive days that have a median: the line breaks over days with no answered comment. */
function medianSegments(values: (number | null)[]): number[][] {
  const segments: number[][] = [];
  let current: number[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (current.length > 0) segments.push(current);
      current = [];
    } else current.push(index);
  });
  if (current.length > 0) segments.push(current);
  return segments.filter((segment) => segment.length > 1);
}

function range(points: DayPoint[], timeZone: string): string {
  const first = points[0];
  const last = points[points.length - 1];
  return first && last ? formatDayRange(first.dayStart, last.dayStart, timeZone) : t('insights.chart.noDays');
}

function countsSummary(points: DayPoint[], format: Intl.DateTimeFormat, timeZone: string): string {
  const received = points.reduce((n, p) => n + p.received, 0);
  const answered = points.reduce((n, p) => n + p.answered, 0);
  const busiest = points.reduce<DayPoint | null>((best, p) => (p.received > (best?.received ?? 0) ? p : best), null);
  const summary = t('insights.chart.countsSummary', {
    range: range(points, timeZone),
    received: formatNumber(received),
    answered: formatNumber(answered),
  });
  if (!busiest) return summary;
  return `${summary} ${t('insights.chart.busiestDay', { day: format.format(busiest.dayStart), received: formatNumber(busiest.received) })}`;
}

function medianSummary(
  points: DayPoint[],
  medianOf: (p: DayPoint) => number | null,
  format: Intl.DateTimeFormat,
  timeZone: string,
  businessHours: boolean,
): string {
  const known = points.filter((p) => medianOf(p) !== null);
  if (known.length === 0) return t('insights.chart.medianSummaryNone', { range: range(points, timeZone) });
  const fastest = known.reduce((a, b) => (medianOf(b)! < medianOf(a)! ? b : a));
  const slowest = known.reduce((a, b) => (medianOf(b)! > medianOf(a)! ? b : a));
  const gaps = points.length - known.length;
  const substitutions = {
    range: range(points, timeZone),
    fastest: formatDuration(medianOf(fastest)),
    fastestDay: format.format(fastest.dayStart),
    slowest: formatDuration(medianOf(slowest)),
    slowestDay: format.format(slowest.dayStart),
  };
  const summary = businessHours
    ? t('insights.chart.medianSummaryBusinessHours', substitutions)
    : t('insights.chart.medianSummary', substitutions);
  return gaps > 0 ? `${summary} ${plural('insights.chart.daysWithoutAnswer', gaps)}` : summary;
}
