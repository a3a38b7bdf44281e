import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { DAY_MS, HOUR_MS, inPeriod, overdueCutoff, periodDayStarts, type DayCounts, type InsightsTally, type Period } from '../insights';
import type { ManagedPage, StoredComment } from '../model';
import { assess, thresholdHoursFor } from '../rules';
import type { Settings } from '../settings';
import { db as defaultDb, type ReplyRadarDb } from './database';

/**
 * What Insights reads: the tally its figures rest on (utils/insights/tally.ts),
 * off the indexes, so its cost follows the answered comments of the period,
 * not the pile waiting behind them:
 * - comments of each status posted on each day: a count per day over
 *   `[status+postedAt]` (all pages) or `[pageKey+status+priority+postedAt]` (one page);
 * - the waiting ones past their limit: every comment posted before a cutoff
 *   worked out once per page and priority (`overdueCutoff`) is, so a count;
 * - waiting and overdue conversations: the badge's own index counts
 *   (`convOverdueAt`), the conversations overdue only by a snoozed comment added;
 * - the answered comments of the period: the rows, as their response times are the figures.
 * The page's own comments are never read: they are not incoming work.
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

  // One read-only transaction: every count is of the same state of the database.
  return db.transaction('r', db.comments, db.pages, async () => {
    const pages = await db.pages.toArray();
    const pagesByKey = new Map(pages.map((page) => [page.key, page]));

    const range = (status: Status, priority: 0 | 1 | null, span: Span) =>
      priority === null
        ? db.comments.where('[status+postedAt]').between([status, span.from], [status, span.to], true, span.toIncluded)
        : db.comments.where(BY_PAGE).between([pageKey, status, priority, span.from], [pageKey, status, priority, span.to], true, span.toIncluded);
    /** How many comments of the selection with this status were posted in `span`. */
    const count = async (status: Status, span: Span): Promise<number> => {
      if (isEmpty(span)) return 0;
      if (pageKey === null) return range(status, null, span).count();
      const [regular, priority] = await Promise.all(PRIORITIES.map((p) => range(status, p, span).count()));
      return regular! + priority!;
    };
    const rows = async (status: Status, span: Span): Promise<StoredComment[]> =>
      isEmpty(span) ? [] : pageKey === null ? range(status, null, span).toArray() : (await Promise.all(PRIORITIES.map((p) => range(status, p, span).toArray()))).flat();

    const [days, answered, pendingOverdue, pendingOver24h, conversations] = await Promise.all([
      Promise.all(
        daySpans.map(async (span): Promise<DayCounts> => {
          const [wontReply, missed, pending] = await Promise.all([count('wont-reply', span), count('missed', span), count('pending', span)]);
          return { wontReply, missed, pending };
        }),
      ),
      rows('answered', wholePeriod),
      countPendingOverdue(db, pageKey, pagesByKey, period, settings, timeZone),
      count('pending', { from: period.start, to: now - DAY_MS, toIncluded: false }),
      countConversations(db, pageKey, pagesByKey, settings, now, timeZone),
    ]);
    return { period, dayStarts, days, answered, pendingOverdue, pendingOver24h, ...conversations };
  });
}

/**
 * Waiting comments posted in the period and past their limit now. The limit
 * depends on the page and on priority, so per page and priority: those posted
 * by the cutoff. Pages no longer tracked keep the default limit, as `assess`
 * gives them; the pages comments are stored under come off an index's keys.
 */
async function countPendingOverdue(
  db: ReplyRadarDb,
  pageKey: string | null,
  pagesByKey: ReadonlyMap<string, ManagedPage>,
  period: Period,
  settings: Settings,
  timeZone: string,
): Promise<number> {
  const pageKeys = pageKey !== null ? [pageKey] : await storedPageKeys(db);
  const cutoffs = new Map<number, number>();
  const cutoff = (thresholdMs: number) => {
    let at = cutoffs.get(thresholdMs);
    if (at === undefined) cutoffs.set(thresholdMs, (at = overdueCutoff(thresholdMs, period, settings, timeZone)));
    return at;
  };
  const counts = await Promise.all(
    pageKeys.flatMap((key) =>
      PRIORITIES.map((priority) => {
        const to = cutoff(thresholdHoursFor({ priority }, pagesByKey.get(key), settings) * HOUR_MS);
        if (to < period.start) return 0;
        return db.comments.where(BY_PAGE).between([key, 'pending', priority, period.start], [key, 'pending', priority, to], true, true).count();
      }),
    ),
  );
  return counts.reduce((total: number, n) => total + n, 0);
}

/** Every page key comments are stored under, tracked or not: one index step per page, however many comments. */
async function storedPageKeys(db: ReplyRadarDb): Promise<string[]> {
  const keys: string[] = [];
  for (;;) {
    // Past every entry of the last page found: [page, anything] sorts before [page, maxKey].
    const next = keys.length === 0 ? db.comments.orderBy('[pageKey+status]') : db.comments.where('[pageKey+status]').above([keys.at(-1), Dexie.maxKey]);
    const [key] = await next.limit(1).keys();
    if (key === undefined) return keys;
    keys.push((key as unknown as [string, Status])[0]);
  }
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
  pagesByKey: ReadonlyMap<string, ManagedPage>,
  settings: Settings,
  now: number,
  timeZone: string,
): Promise<{ waiting: number; overdue: number }> {
  const leads = (upTo: unknown) =>
    pageKey === null
      ? db.comments.where('convOverdueAt').between(Dexie.minKey, upTo, true, true)
      : db.comments.where('[pageKey+convOverdueAt]').between([pageKey, Dexie.minKey], [pageKey, upTo], true, true);
  const [waiting, overdueUnsnoozed, snoozed] = await Promise.all([
    leads(Dexie.maxKey).count(),
    leads(now).count(),
    db.comments.where('snoozedUntil').above(now).toArray(),
  ]);
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
