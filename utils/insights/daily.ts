import type { StoredComment } from '../model';
import type { Settings } from '../settings';
import type { Period } from './period';
import { responseTime } from './response';
import { median } from './stats';
import { dayIndex, tallyPosted, type InsightsTally } from './tally';

/** One calendar day of the chart. Comments belong to the day they were posted. */
export interface DayPoint {
  /** Local midnight starting the day, epoch ms. */
  dayStart: number;
  /** Visitor comments posted that day (won't-reply included). */
  received: number;
  /** Of those, how many have been answered (at any time since). */
  answered: number;
  /** Median response time of that day's answered comments; null when none. */
  medianCalendarMs: number | null;
  /** The same in business hours; null when business hours are off. */
  medianBusinessMs: number | null;
}

/**
 * A point for every local calendar day the period touches, oldest first: a
 * 7-day period ending mid-afternoon touches 8 days, the first and last only in
 * part. Summing `received` over the days gives the period's total.
 */
export function dailySeries(
  comments: readonly StoredComment[],
  period: Period,
  settings: Settings,
  timeZone: string,
): DayPoint[] {
  return dailyPoints(tallyPosted(comments, period, timeZone), settings, timeZone);
}

/** The chart's points from a tally (see `InsightsTally`). */
export function dailyPoints(
  tally: Pick<InsightsTally, 'dayStarts' | 'days' | 'answered'>,
  settings: Settings,
  timeZone: string,
): DayPoint[] {
  const answeredByDay = tally.days.map(() => ({ count: 0, calendarMs: [] as number[], countedMs: [] as number[] }));
  for (const comment of tally.answered) {
    const day = answeredByDay[dayIndex(tally.dayStarts, comment.postedAt)]!;
    day.count += 1;
    const time = responseTime(comment, settings, timeZone);
    if (!time) continue;
    day.calendarMs.push(time.calendarMs);
    day.countedMs.push(time.countedMs);
  }
  return tally.days.map((counts, i) => {
    const answered = answeredByDay[i]!;
    return {
      dayStart: tally.dayStarts[i]!,
      received: answered.count + counts.wontReply + counts.missed + counts.pending,
      answered: answered.calendarMs.length,
      medianCalendarMs: median(answered.calendarMs),
      medianBusinessMs: settings.businessHours.enabled ? median(answered.countedMs) : null,
    };
  });
}
