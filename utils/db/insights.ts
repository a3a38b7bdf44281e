import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { DAY_MS, HOUR_MS, dayIndex, type AnsweredComment, inPeriod, overdueCutoff, periodDayStarts, type DayCounts, type InsightsTally, type Period } from '../insights';
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
 * - the answered comments of the period: their response times are the figures, so what each needs (posting
 *   and reply times, priority, how the posting time was known) is read as the keys of `ANSWERED`, not as rows.
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
/** Every comment with a reply time, by page, status and posting time, carrying what a response time needs (v6). */
export const ANSWERED = '[pageKey+status+postedAt+answeredAt+priority+postedAtSource]';
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
    const pageKeys = pageKey !== null ? [pageKey] : await storedPageKeys(db);

    const range = (status: Status, priority: 0 | 1 | null, span: Span, key = pageKey) =>
      priority === null || key === null
        ? db.comments.where('[status+postedAt]').between([status, span.from], [status, span.to], true, span.toIncluded)
        : db.comments.where(BY_PAGE).between([key, status, priority, span.from], [key, status, priority, span.to], true, span.toIncluded);
    /** How many comments of the selection with this status were posted in `span`. */
    const count = async (status: Status, span: Span): Promise<number> => {
      if (isEmpty(span)) return 0;
      if (pageKey === null) return range(status, null, span).count();
      const [regular, priority] = await Promise.all(PRIORITIES.map((p) => range(status, p, span).count()));
      return regular! + priority!;
    };
    /**
     * The answered comments posted in `span`, from the keys of `ANSWERED` (no row read). One answered without a
     * reply time has no entry there: a count of the status's range tells whether any is missing, and only then
     * are the rows read.
     */
    const answeredIn = async (span: Span): Promise<AnsweredComment[]> => {
      if (isEmpty(span)) return [];
      const [fromKeys, total] = await Promise.all([
        Promise.all(pageKeys.map((key) => answeredKeys(db, key, span))).then((perPage) => perPage.flat()),
        count('answered', span),
      ]);
      if (fromKeys.length === total) return fromKeys;
      const rows = pageKey === null ? await range('answered', null, span).toArray() : (await Promise.all(PRIORITIES.map((p) => range('answered', p, span).toArray()))).flat();
      return [...fromKeys, ...rows.filter((row) => row.answeredAt === null).map(answeredFields)];
    };

    // Waiting comments per day, per page and priority: the chart's, and the base of the overdue and 24 h counts.
    const groups = pageKeys.flatMap((key) => PRIORITIES.map((priority) => ({ key, priority })));
    type Group = (typeof groups)[number];
    const pendingIn = async (group: Group, span: Span): Promise<number> => (isEmpty(span) ? 0 : range('pending', group.priority, span, group.key).count());
    /**
     * A group's waiting comments posted in the period up to `bound`: the whole days before it, and the part of
     * its day counted from whichever end of the day is nearer, so at most half a day's comments are counted again.
     */
    const pendingUpTo = async (group: Group, perDay: readonly number[], bound: number, included: boolean): Promise<number> => {
      if (bound < period.start || (bound === period.start && !included)) return 0;
      if (bound >= period.end) return sum(perDay);
      const day = dayIndex(dayStarts, bound);
      const before = sum(perDay.slice(0, day));
      const span = daySpans[day]!;
      if (bound - span.from <= span.to - bound) return before + (await pendingIn(group, { from: span.from, to: bound, toIncluded: included }));
      // Less the rest of the day after `bound` (from `bound` itself when it is not counted).
      const rest: Span = included ? { ...span, from: bound + 1 } : { ...span, from: bound };
      return before + perDay[day]! - (await pendingIn(group, rest));
    };

    const [wontReplyMissed, pendingPerGroup, answered, conversations] = await Promise.all([
      Promise.all(daySpans.map((span) => Promise.all([count('wont-reply', span), count('missed', span)]))),
      Promise.all(groups.map((group) => Promise.all(daySpans.map((span) => pendingIn(group, span))))),
      answeredIn(wholePeriod),
      countConversations(db, pageKey, pagesByKey, settings, now, timeZone),
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

type AnsweredKey = [string, 'answered', number, number, 0 | 1, StoredComment['postedAtSource']];

/** One page's answered comments posted in `span`, read as index keys (with each one's primary key). */
async function answeredKeys(db: ReplyRadarDb, pageKey: string, span: Span): Promise<AnsweredComment[]> {
  const answered: AnsweredComment[] = [];
  await db.comments
    .where(ANSWERED)
    // [page, answered, to] sorts before every key that goes on after it, and Dexie.maxKey after them all.
    .between([pageKey, 'answered', span.from, Dexie.minKey], [pageKey, 'answered', span.to, span.toIncluded ? Dexie.maxKey : Dexie.minKey], true, false)
    .eachKey((indexKey, cursor) => {
      const [, status, postedAt, answeredAt, priority, postedAtSource] = indexKey as unknown as AnsweredKey;
      answered.push({ key: cursor.primaryKey as unknown as string, pageKey, status, postedAt, answeredAt, priority, postedAtSource });
    });
  return answered;
}

function answeredFields({ key, pageKey, status, postedAt, answeredAt, priority, postedAtSource }: AnsweredComment): AnsweredComment {
  return { key, pageKey, status, postedAt, answeredAt, priority, postedAtSource };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, n) => total + n, 0);
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
  // Most of a pile is overdue: counting the conversations not due yet is the shorter range.
  const notDue =
    pageKey === null
      ? db.comments.where('convOverdueAt').above(now)
      : db.comments.where('[pageKey+convOverdueAt]').between([pageKey, now], [pageKey, Dexie.maxKey], false, true);
  const [waiting, notDueYet, snoozed] = await Promise.all([
    leads(Dexie.maxKey).count(),
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
