/** The two reporting periods: the last 7 or 30 days, ending now. */

export const PERIOD_CHOICES = [7, 30] as const;
export type PeriodDays = (typeof PERIOD_CHOICES)[number];

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

export interface Period {
  days: PeriodDays;
  /** Inclusive, epoch ms: exactly `days` × 24 h before `end`. */
  start: number;
  /** Inclusive, epoch ms: now. */
  end: number;
}

export function periodEnding(now: number, days: PeriodDays): Period {
  return { days, start: now - days * DAY_MS, end: now };
}

export function inPeriod(instant: number, period: Period): boolean {
  return instant >= period.start && instant <= period.end;
}
