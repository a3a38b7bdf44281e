import { HOUR_MS, tooFewToJudge } from '../../utils/insights';

/** What a figure without data shows: never NaN, never a misleading 0. */
export const NO_VALUE = '—';

const MINUTE_MS = 60_000;

/**
 * A response time a manager reads at a glance: "under 1 min", "12 min",
 * "3 h 20 min", "2 d 5 h". Rounded to the minute; days only from 48 h, since
 * "30 h" reads better than "1 d 6 h" against a 24 h limit.
 */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return NO_VALUE;
  if (ms < MINUTE_MS) return 'under 1 min';
  const minutes = Math.round(ms / MINUTE_MS);
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60) {
    const rest = minutes % 60;
    return rest === 0 ? `${Math.floor(minutes / 60)} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
  }
  const hours = Math.round(ms / HOUR_MS);
  const restHours = hours % 24;
  return restHours === 0 ? `${Math.floor(hours / 24)} d` : `${Math.floor(hours / 24)} d ${restHours} h`;
}

/** "83 %", or "—" when nothing to divide. Whole percents: one comment more or less moves more than a decimal. */
export function formatRate(rate: number | null): string {
  if (rate === null || !Number.isFinite(rate)) return NO_VALUE;
  return `${Math.round(rate * 100)} %`;
}

/** "from 12 comments", "from 3 comments — too few to judge", "no comments in this period". */
export function restsOn(count: number, noun = 'comment'): string {
  if (count === 0) return `no ${noun}s in this period`;
  const base = `from ${count.toLocaleString()} ${count === 1 ? noun : `${noun}s`}`;
  return tooFewToJudge(count) ? `${base} — too few to judge` : base;
}

/** Hours for a chart axis: "0", "1.5", "12". */
export function formatAxisHours(ms: number): string {
  const hours = ms / HOUR_MS;
  return hours >= 10 || Number.isInteger(hours) ? String(Math.round(hours)) : hours.toFixed(1);
}
