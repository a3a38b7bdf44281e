import { HOUR_MS, tooFewToJudge } from '../../utils/insights';
import { formatDurationParts, formatNumber, formatPercent, formatUnit, plural, t } from '../../utils/i18n';

/** What a figure without data shows: never NaN, never a misleading 0. */
export const NO_VALUE = '—';

const MINUTE_MS = 60_000;

/**
 * A response time a manager reads at a glance: "under 1 min", "12 min",
 * "3 hr, 20 min", "2 days, 5 hr", in the interface's language. Rounded to the minute; days only
 * from 48 h, since "30 hr" reads better than "1 day, 6 hr" against a 24 h limit.
 */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return NO_VALUE;
  if (ms < MINUTE_MS) return t('insights.underOneMinute');
  const minutes = Math.round(ms / MINUTE_MS);
  if (minutes < 60) return formatDurationParts({ minutes });
  if (minutes < 48 * 60) return formatDurationParts({ hours: Math.floor(minutes / 60), minutes: minutes % 60 });
  const hours = Math.round(ms / HOUR_MS);
  return formatDurationParts({ days: Math.floor(hours / 24), hours: hours % 24 });
}

/** "83%", "83 %", or "—" when nothing to divide. Whole percents: one comment more or less moves more than a decimal. */
export function formatRate(rate: number | null): string {
  if (rate === null || !Number.isFinite(rate)) return NO_VALUE;
  return formatPercent(rate);
}

/** "from 12 comments", "from 3 comments — too few to judge", "no comments in this period". */
export function restsOn(count: number): string {
  if (count === 0) return t('insights.restsOnNone');
  const base = plural('insights.restsOn', count);
  return tooFewToJudge(count) ? t('insights.tooFewToJudge', { basis: base }) : base;
}

/** Hours for a chart axis: "0", "1.5", "12"; the top tick carries the unit ("12 hr", "12 Std."). */
export function formatAxisHours(ms: number, withUnit = false): string {
  const hours = ms / HOUR_MS;
  const digits = hours >= 10 || Number.isInteger(hours) ? 0 : 1;
  return withUnit ? formatUnit(hours, 'hour', digits) : formatNumber(hours, digits);
}
