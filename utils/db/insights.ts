import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { DAY_MS, HOUR_MS, type AnsweredComment, inPeriod, overdueCutoff, periodDayStarts, type DayCounts, type InsightsTally, type Period } from '../insights';
import type { ManagedPage, StoredComment } from '../model';
import { assess, thresholdHoursFor } from '../rules';
import type { Settings } from '../settings';
import { db as defaultDb, type ReplyRadarDb } from './database';
import { quarterOf, QuarterSums, splitSpan, type CountedStatus, type PageTally } from './tallies';

/**
 * What Insights reads: the tally its figures rest on (utils/insights/tally.ts),
 * from the tallies every write keeps (utils/db/tallies.ts), so its cost
 * follows the period's length, not the pile waiting behind it:
 * - comments of each status posted on each day, and the answered ones'
 *   timings (their response times are the figures): the quarter-hours wholly
 *   inside the span summed, and the cut ends of the period (and of the spans
 *   below) counted or read off `[pageKey+status+priority+postedAt]`, at most a
 *   quarter-hour each;
 * - the waiting ones past their limit: every comment posted before a cutoff
 *   worked out once per page and priority (`overdueCutoff`) is, so a count;
 * - waiting and overdue conversations: the pages' tallies and the badge's own
 *   index (`convOverdueAt`), the conversations overdue only by a snoozed
 *   comment added.
 * The page's own comments are never counted: they are not incoming work.
 */

export interface InsightsQuery {
  /** One managed page's key, or null for all pages together. */
  pageKey: string | null;
  period: Period;
  settings: Settings;
  timeZone: string;
}

const BY_PAGE = '[pageKey+status+priority+postedAt]';
const PRIORITIES = [0, 1] as const;
type Status = StoredComment['status'];

/** Posting times from `from` to `to`, `to` included or not. */
interface Span {
  from: number;
  to: number;
  toIncluded: boolean;
}

const isEmpty = (span: Span) => span.to < span.from || (span.to === span.from && !span.toIncluded);
/** The span's quarters and cut ends; whole milliseconds, so "not including `to`" is "up to `to - 1`". */
const split = (span: Span) => splitSpan(span.from, span.toIncluded ? span.to : span.to - 1);

export async function readInsightsTally(query: InsightsQuery, db: ReplyRadarDb = defaultDb): Promise<InsightsTally> {
  const { pageKey, period, settings, timeZone } = query;
  const now = period.end;
  const dayStarts = periodDayStarts(period, timeZone);
  // Each day of the period, cut to the period at both ends.
  const daySpans: Span[] = dayStarts.slice(0, -1).map((dayStart, i) => {
    const next = dayStarts[i + 1]!;
    return next > period.end
      ? { from: Math.max(dayStart, period.start), to: period.end, toIncluded: true }
      : { from: Math.max(dayStart, period.start), to: next, toIncluded: false };
  });
  const wholePeriod: Span = { from: period.start, to: period.end, toIncluded: true };

  // One read-only transaction: every figure is of the same state of the database.
  return db.transaction('r', [db.comments, db.pages, db.quarterTallies, db.pageTallies], async () => {
    const [pages, pageTallies] = await Promise.all([db.pages.toArray(), db.pageTallies.toArray()]);
    const pagesByKey = new Map(pages.map((page) => [page.key, page]));
    // Every page comments are stored under, tracked or not.
    const pageKeys = pageKey !== null ? [pageKey] : pageTallies.filter((tally) => tally.comments > 0).map((tally) => tally.pageKey);
    const sums = new Map(
      await Promise.all(
        pageKeys.map(async (key) => {
          const rows = await db.quarterTallies.where('[pageKey+quarter]').between([key, quarterOf(period.start)], [key, period.end], true, true).toArray();
          return [key, new QuarterSums(rows)] as const;
        }),
      ),
    );
    const edge = (key: string, status: Status, priority: 0 | 1, [from, last]: [number, number]) =>
      db.comments.where(BY_PAGE).between([key, status, priority, from], [key, status, priority, last], true, true);

    /** One page's comments of a status and priority posted in `span`. */
    const posted = async (key: string, status: CountedStatus, priority: 0 | 1, span: Span): Promise<number> => {
      if (isEmpty(span)) return 0;
      const { whole, edges } = split(span);
      const inWhole = whole ? sums.get(key)!.count(status, priority, ...whole) : 0;
      const inEdges = await Promise.all(edges.map((stretch) => edge(key, status, priority, stretch).count()));
      return inWhole + sum(inEdges);
    };
    /** The selection's comments of a status posted in `span`, every page and priority. */
    const postedAll = async (status: CountedStatus, span: Span): Promise<number> =>
      sum(await Promise.all(pageKeys.flatMap((key) => PRIORITIES.map((priority) => posted(key, status, priority, span)))));
    /** The answered comments posted in `span`: the quarters' timings, and the cut ends' rows. */
    const answeredIn = async (span: Span): Promise<AnsweredComment[]> => {
      if (isEmpty(span)) return [];
      const { whole, edges } = split(span);
      const perPage = await Promise.all(
        pageKeys.map(async (key) => {
          const fromQuarters: AnsweredComment[] = (whole ? sums.get(key)!.answered(...whole) : []).map(([commentKey, postedAt, answeredAt, priority, postedAtSource]) => ({
            key: commentKey,
            pageKey: key,
            status: 'answered',
            postedAt,
            answeredAt,
            priority,
            postedAtSource,
          }));
          const fromEdges = await Promise.all(edges.flatMap((stretch) => PRIORITIES.map((priority) => edge(key, 'answered', priority, stretch).toArray())));
          return [...fromQuarters, ...fromEdges.flat().map(answeredFields)];
        }),
      );
      return perPage.flat();
    };

    // Waiting comments per day, per page and priority: the chart's, and the base of the overdue and 24 h counts.
    const groups = pageKeys.flatMap((key) => PRIORITIES.map((priority) => ({ key, priority })));
    type Group = (typeof groups)[number];
    /** A group's waiting comments posted in the period up to `bound`. */
    const pendingUpTo = async (group: Group, perDay: readonly number[], bound: number, included: boolean): Promise<number> => {
      if (bound < period.start || (bound === period.start && !included)) return 0;
      if (bound >= period.end) return sum(perDay);
      return posted(group.key, 'pending', group.priority, { from: period.start, to: bound, toIncluded: included });
    };

    const [wontReplyMissed, pendingPerGroup, answered, conversations] = await Promise.all([
      Promise.all(daySpans.map((span) => Promise.all([postedAll('wont-reply', span), postedAll('missed', span)]))),
      Promise.all(groups.map((group) => Promise.all(daySpans.map((span) => posted(group.key, 'pending', group.priority, span))))),
      answeredIn(wholePeriod),
      countConversations(db, pageKey, pageTallies, pagesByKey, settings, now, timeZone),
    ]);
    const cutoffs = new Map<number, number>();
    const cutoff = (thresholdMs: number) => {
      let at = cutoffs.get(thresholdMs);
      if (at === undefined) cutoffs.set(thresholdMs, (at = overdueCutoff(thresholdMs, period, settings, timeZone)));
      return at;
    };
    const [overdue, over24h] = await Promise.all([
      // Past its limit: posted by the cutoff of its page's and priority's limit. A page no longer tracked keeps the
      // default limit, as `assess` gives it.
      Promise.all(
        groups.map((group, i) =>
          pendingUpTo(group, pendingPerGroup[i]!, cutoff(thresholdHoursFor(group, pagesByKey.get(group.key), settings) * HOUR_MS), true),
        ),
      ),
      // Waited more than 24 hours: posted before now − 24 h.
      Promise.all(groups.map((group, i) => pendingUpTo(group, pendingPerGroup[i]!, now - DAY_MS, false))),
    ]);
    const days: DayCounts[] = daySpans.map((_, day) => ({
      wontReply: wontReplyMissed[day]![0],
      missed: wontReplyMissed[day]![1],
      pending: sum(pendingPerGroup.map((perDay) => perDay[day]!)),
    }));
    return { period, dayStarts, days, answered, pendingOverdue: sum(overdue), pendingOver24h: sum(over24h), ...conversations };
  });
}

function answeredFields({ key, pageKey, status, postedAt, answeredAt, priority, postedAtSource }: AnsweredComment): AnsweredComment {
  return { key, pageKey, status, postedAt, answeredAt, priority, postedAtSource };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, n) => total + n, 0);
}

/**
 * Conversations waiting (snoozed included) and overdue, as the badge counts
 * them: its index holds one entry per conversation (of a tracked page), at
 * the time it is overdue unless snoozed. Insights counts a snoozed comment
 * past its limit as overdue too, so the conversations overdue only through
 * one (comments snoozed right now: a short list) are added.
 */
async function countConversations(
  db: ReplyRadarDb,
  pageKey: string | null,
  pageTallies: readonly PageTally[],
  pagesByKey: ReadonlyMap<string, ManagedPage>,
  settings: Settings,
  now: number,
  timeZone: string,
): Promise<{ waiting: number; overdue: number }> {
  const waiting = sum(pageTallies.filter((tally) => pageKey === null || tally.pageKey === pageKey).map((tally) => tally.conversations));
  // Most of a pile is overdue: counting the conversations not due yet is the shorter range.
  const notDue =
    pageKey === null
      ? db.comments.where('convOverdueAt').above(now)
      : db.comments.where('[pageKey+convOverdueAt]').between([pageKey, now], [pageKey, Dexie.maxKey], false, true);
  const [notDueYet, snoozed] = await Promise.all([
    notDue.count(),
    db.comments.where('snoozedUntil').above(now).toArray(),
  ]);
  const overdueUnsnoozed = waiting - notDueYet;
  const lateWhileSnoozed = new Map<string, [string, string]>();
  for (const comment of snoozed) {
    if (comment.status !== 'pending' || (pageKey !== null && comment.pageKey !== pageKey)) continue;
    const page = pagesByKey.get(comment.pageKey);
    if (!page || assess(comment, page, settings, now, timeZone).severity !== 'overdue') continue;
    lateWhileSnoozed.set(`${comment.platform}|${comment.threadId}`, [comment.platform, comment.threadId]);
  }
  if (lateWhileSnoozed.size === 0) return { waiting, overdue: overdueUnsnoozed };
  const threadRows = await db.comments.where('[platform+threadId]').anyOf([...lateWhileSnoozed.values()]).toArray();
  // A conversation whose lead isn't due yet wasn't counted above.
  const notYetCounted = threadRows.filter((row) => row.convOverdueAt !== undefined && row.convOverdueAt > now).length;
  return { waiting, overdue: overdueUnsnoozed + notYetCounted };
}

/** A tally and the selection it is of. */
export interface InsightsRead {
  query: InsightsQuery;
  tally: InsightsTally;
}

/**
 * The tally for the view: `undefined` until the first read is done; after a
 * change of selection, the previous read until the new one is (its `query`
 * says which). Re-reads when the database changes.
 */
export function useInsightsTally(query: InsightsQuery | null): InsightsRead | undefined {
  return useLiveQuery(
    async () => (query ? { query, tally: await readInsightsTally(query) } : undefined),
    [query?.pageKey, query?.period.start, query?.period.end, query?.settings, query?.timeZone],
  );
}

/** The visitor comments of the selection posted in the period, for the CSV export: answered, set aside, missed, then waiting. */
export async function commentsInView(pageKey: string | null, period: Period, db: ReplyRadarDb = defaultDb): Promise<StoredComment[]> {
  const statuses: Status[] = ['answered', 'wont-reply', 'missed', 'pending'];
  const read = await Promise.all(
    statuses.map((status) => db.comments.where('[status+postedAt]').between([status, period.start], [status, period.end], true, true).toArray()),
  );
  return read.flat().filter((comment) => (pageKey === null || comment.pageKey === pageKey) && inPeriod(comment.postedAt, period));
}
