import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';
import type { ManagedPage, StoredComment } from '../model';
import { assess, countedMs } from '../rules';
import type { Settings } from '../settings';
import { DAY_MS, inPeriod, type Period } from './period';

/**
 * What the Insights figures rest on, for one selection (a page, or all) and
 * one period: how many comments of each kind were posted on each day, the
 * answered ones themselves (their response times are the figures), and a few
 * counts. The figures are worked out from it by `summarizeTally` and
 * `dailyPoints`. It is built either from the comments themselves
 * (`tallyComments`) or, at any size, off the database's indexes
 * (utils/db/insights.ts) with the same result: counts where a count is
 * enough, rows only for the answered comments.
 */
export interface InsightsTally {
  period: Period;
  /** The local midnight starting each day the period touches, oldest first, and the one after the last. */
  dayStarts: number[];
  /** One per day (`dayStarts[i]` to `dayStarts[i + 1]`): visitor comments posted that day, by status, answered ones aside. */
  days: DayCounts[];
  /** The answered comments posted in the period. */
  answered: AnsweredComment[];
  /** Waiting comments posted in the period that are past their time limit at the period's end (a snooze doesn't change that). */
  pendingOverdue: number;
  /** Waiting comments posted in the period that have waited more than 24 hours. */
  pendingOver24h: number;
  /** Conversations waiting, whenever posted, snoozed included (as the badge counts them). */
  waiting: number;
  /** Those with a comment past its time limit now. */
  overdue: number;
}

export interface DayCounts {
  wontReply: number;
  missed: number;
  pending: number;
}

/** What the figures read of an answered comment. */
export type AnsweredComment = Pick<StoredComment, 'key' | 'pageKey' | 'status' | 'priority' | 'postedAt' | 'postedAtSource' | 'answeredAt'>;

/**
 * The local midnight starting each calendar day the period touches, oldest
 * first, then the midnight after the last: a 7-day period ending
 * mid-afternoon touches 8 days, the first and last only in part.
 */
export function periodDayStarts(period: Period, timeZone: string): number[] {
  const starts: number[] = [];
  // addDays on a TZDate keeps wall-clock midnight across daylight-saving changes (days of 23 or 25 hours).
  for (let day = startOfDay(new TZDate(period.start, timeZone)); ; day = addDays(day, 1)) {
    starts.push(day.getTime());
    if (day.getTime() > period.end) return starts;
  }
}

/** Which day of `dayStarts` an instant of the period falls on: a binary search, no time-zone work per comment. */
export function dayIndex(dayStarts: readonly number[], instant: number): number {
  let low = 0;
  let high = dayStarts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (dayStarts[middle]! <= instant) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The latest posting time (whole ms, within the period) of a comment that,
 * still waiting at the period's end, is past a time limit of `thresholdMs`
 * (as `assess` judges it: the time that counts since posting ≥ the limit);
 * `period.start - 1` when no comment posted in the period is. The time that
 * counts only shrinks as the posting time moves later, so a comment is
 * overdue exactly when it was posted at or before this: the waiting comments
 * past their limit are a count over an index range, not a judgement each.
 */
export function overdueCutoff(thresholdMs: number, period: Period, settings: Settings, timeZone: string): number {
  const late = (postedAt: number) => countedMs(postedAt, period.end, settings, timeZone) >= thresholdMs;
  if (!late(period.start)) return period.start - 1;
  let low = period.start; // late
  let high = period.end; // may be late (a limit of 0)
  while (low < high) {
    const middle = low + Math.ceil((high - low) / 2);
    if (late(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

export interface TallyInput {
  comments: readonly StoredComment[];
  pages: readonly ManagedPage[];
  settings: Settings;
  timeZone: string;
  period: Period;
  /** One managed page's key, or null for all pages together. */
  pageKey: string | null;
}

/** The days and the answered comments of a tally, from the selection's comments. */
export function tallyPosted(
  comments: readonly StoredComment[],
  period: Period,
  timeZone: string,
): Pick<InsightsTally, 'period' | 'dayStarts' | 'days' | 'answered'> {
  const dayStarts = periodDayStarts(period, timeZone);
  const days: DayCounts[] = dayStarts.slice(1).map(() => ({ wontReply: 0, missed: 0, pending: 0 }));
  const answered: StoredComment[] = [];
  for (const comment of comments) {
    if (comment.status === 'own' || !inPeriod(comment.postedAt, period)) continue;
    if (comment.status === 'answered') {
      answered.push(comment);
      continue;
    }
    const day = days[dayIndex(dayStarts, comment.postedAt)]!;
    if (comment.status === 'wont-reply') day.wontReply += 1;
    else if (comment.status === 'missed') day.missed += 1;
    else day.pending += 1;
  }
  return { period, dayStarts, days, answered };
}

/**
 * The whole tally from the comments themselves (every one of the selection's
 * that matters: those posted in the period and every waiting one). The
 * reference the database's index reads are held to.
 */
export function tallyComments(input: TallyInput): InsightsTally {
  const { settings, timeZone, period } = input;
  const pagesByKey = new Map(input.pages.map((page) => [page.key, page]));
  const selected = input.pageKey === null ? input.comments : input.comments.filter((comment) => comment.pageKey === input.pageKey);
  let pendingOverdue = 0;
  let pendingOver24h = 0;
  // Waiting and overdue count conversations, as the badge does: a thread's waiting comments are one, and a
  // page no longer tracked asks nothing of the user, so its kept comments form none.
  const conversations = new Map<string, boolean>();
  for (const comment of selected) {
    if (comment.status !== 'pending') continue;
    const page = pagesByKey.get(comment.pageKey);
    const overdue = assess(comment, page, settings, period.end, timeZone).severity === 'overdue';
    if (inPeriod(comment.postedAt, period)) {
      if (overdue) pendingOverdue += 1;
      if (period.end - comment.postedAt > DAY_MS) pendingOver24h += 1;
    }
    if (!page) continue;
    const thread = `${comment.platform}|${comment.threadId}`;
    conversations.set(thread, overdue || conversations.get(thread) === true);
  }
  return {
    ...tallyPosted(selected, period, timeZone),
    pendingOverdue,
    pendingOver24h,
    waiting: conversations.size,
    overdue: [...conversations.values()].filter(Boolean).length,
  };
}
