import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';
import type { StoredComment } from '../model';
import type { Settings } from '../settings';
import type { Period } from './period';
import { responseTime } from './response';
import { median } from './stats';
import { visitorCommentsIn } from './summary';

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
  const days: { dayStart: number; comments: StoredComment[] }[] = [];
  const byStart = new Map<number, StoredComment[]>();
  const last = startOfDay(new TZDate(period.end, timeZone)).getTime();
  // addDays on a TZDate keeps wall-clock midnight across daylight-saving changes (days of 23 or 25 hours).
  for (let day = startOfDay(new TZDate(period.start, timeZone)); day.getTime() <= last; day = addDays(day, 1)) {
    const bucket: StoredComment[] = [];
    days.push({ dayStart: day.getTime(), comments: bucket });
    byStart.set(day.getTime(), bucket);
  }
  for (const comment of visitorCommentsIn(comments, period)) {
    byStart.get(startOfDay(new TZDate(comment.postedAt, timeZone)).getTime())?.push(comment);
  }
  return days.map(({ dayStart, comments: posted }) => {
    const times = posted.flatMap((comment) => responseTime(comment, settings, timeZone) ?? []);
    return {
      dayStart,
      received: posted.length,
      answered: times.length,
      medianCalendarMs: median(times.map((time) => time.calendarMs)),
      medianBusinessMs: settings.businessHours.enabled ? median(times.map((time) => time.countedMs)) : null,
    };
  });
}
