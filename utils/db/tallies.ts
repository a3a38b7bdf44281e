import type { PostedAtSource, StoredComment } from '../model';

/**
 * What Insights reads instead of the comments themselves, kept by every
 * write (utils/db/tallies-middleware.ts), so its cost follows the period's
 * length, not the pile:
 * - per page and quarter-hour of posting: the visitor comments of each
 *   status and priority, and the answered ones as the few fields a response
 *   time needs;
 * - per page: how many comments are stored and how many conversations wait.
 * Quarter-hours, because every time zone's offset from UTC is a multiple of
 * 15 minutes: each local midnight starts a quarter, so a day is whole
 * quarters and only a period's cut ends need the comments' own index.
 */

export const QUARTER_MS = 15 * 60_000;

export function quarterOf(instant: number): number {
  return Math.floor(instant / QUARTER_MS) * QUARTER_MS;
}

export type CountedStatus = 'pending' | 'wont-reply' | 'missed';
export const COUNTED_STATUSES: readonly CountedStatus[] = ['pending', 'wont-reply', 'missed'];

/** An answered comment as Insights reads it. */
export type AnsweredEntry = [key: string, postedAt: number, answeredAt: number | null, priority: 0 | 1, postedAtSource: PostedAtSource];

/** One page's visitor comments posted in one quarter-hour. */
export interface QuarterTally {
  pageKey: string;
  /** The quarter's first instant, epoch ms. */
  quarter: number;
  /** By status, then priority 0 and 1. */
  counts: Record<CountedStatus, [number, number]>;
  answered: AnsweredEntry[];
}

export interface PageTally {
  pageKey: string;
  /** Comments stored under the page, of any status. */
  comments: number;
  /** Conversations waiting: comments that lead one (they carry `convOverdueAt`). */
  conversations: number;
}

/** Set when the tallies are those of the stored comments; a store written around Dexie removes it, and the clock rebuilds them. */
export const TALLIES_MARKER = 'insights-tallies';

/** What of a comment the tallies hold, as a string: two equal ones change nothing. */
function footprint(comment: StoredComment | undefined): string {
  if (!comment) return '';
  const { pageKey, postedAt, status, priority } = comment;
  const leads = typeof comment.convOverdueAt === 'number';
  return status === 'answered'
    ? JSON.stringify([pageKey, postedAt, status, priority, leads, comment.answeredAt, comment.postedAtSource])
    : JSON.stringify([pageKey, postedAt, status, priority, leads]);
}

interface QuarterChange {
  pageKey: string;
  quarter: number;
  counts: Record<CountedStatus, [number, number]>;
  removed: Set<string>;
  added: AnsweredEntry[];
}

const zeroCounts = (): Record<CountedStatus, [number, number]> => ({ pending: [0, 0], 'wont-reply': [0, 0], missed: [0, 0] });

/** The changes a set of comment writes make to the tallies, gathered before any tally row is read. */
export class TallyChanges {
  readonly quarters = new Map<string, QuarterChange>();
  readonly pages = new Map<string, { comments: number; conversations: number }>();

  /** One comment's write: what it was (undefined: new) and what it is (undefined: deleted). */
  replace(before: StoredComment | undefined, after: StoredComment | undefined): void {
    if (footprint(before) === footprint(after)) return;
    if (before) this.count(before, -1);
    if (after) this.count(after, 1);
  }

  count(comment: StoredComment, sign: 1 | -1): void {
    const page = this.pageChange(comment.pageKey);
    page.comments += sign;
    if (typeof comment.convOverdueAt === 'number') page.conversations += sign;
    if (comment.status === 'own') return;
    const change = this.quarterChange(comment.pageKey, quarterOf(comment.postedAt));
    if (comment.status === 'answered') {
      if (sign < 0) change.removed.add(comment.key);
      else change.added.push([comment.key, comment.postedAt, comment.answeredAt, comment.priority, comment.postedAtSource]);
    } else {
      change.counts[comment.status][comment.priority === 1 ? 1 : 0] += sign;
    }
  }

  get isEmpty(): boolean {
    return this.quarters.size === 0 && this.pages.size === 0;
  }

  private pageChange(pageKey: string) {
    let change = this.pages.get(pageKey);
    if (!change) this.pages.set(pageKey, (change = { comments: 0, conversations: 0 }));
    return change;
  }

  private quarterChange(pageKey: string, quarter: number): QuarterChange {
    const id = `${quarter}|${pageKey}`;
    let change = this.quarters.get(id);
    if (!change) this.quarters.set(id, (change = { pageKey, quarter, counts: zeroCounts(), removed: new Set(), added: [] }));
    return change;
  }
}

/** A quarter's tally after a change; undefined when nothing is left in it. */
export function changedQuarter(stored: QuarterTally | undefined, change: QuarterChange): QuarterTally | undefined {
  const counts = zeroCounts();
  let anything = false;
  for (const status of COUNTED_STATUSES) {
    for (const priority of [0, 1] as const) {
      counts[status][priority] = (stored?.counts[status][priority] ?? 0) + change.counts[status][priority];
      anything ||= counts[status][priority] !== 0;
    }
  }
  const kept = change.removed.size === 0 ? (stored?.answered ?? []) : (stored?.answered ?? []).filter(([key]) => !change.removed.has(key));
  const replaced = new Set(change.added.map(([key]) => key));
  const answered = replaced.size === 0 ? kept : [...kept.filter(([key]) => !replaced.has(key)), ...change.added];
  if (!anything && answered.length === 0) return undefined;
  return { pageKey: change.pageKey, quarter: change.quarter, counts, answered };
}

/** A page's tally after a change; undefined when the page has no comment left. */
export function changedPage(pageKey: string, stored: PageTally | undefined, change: { comments: number; conversations: number }): PageTally | undefined {
  const comments = (stored?.comments ?? 0) + change.comments;
  const conversations = (stored?.conversations ?? 0) + change.conversations;
  return comments === 0 && conversations === 0 ? undefined : { pageKey, comments, conversations };
}

/** The tallies of a whole store, worked out from its comments: what the upgrade and a rebuild write. */
export function talliesOf(comments: Iterable<StoredComment>): { quarters: QuarterTally[]; pages: PageTally[] } {
  const changes = new TallyChanges();
  for (const comment of comments) changes.count(comment, 1);
  return tallyRows(changes);
}

export function tallyRows(changes: TallyChanges): { quarters: QuarterTally[]; pages: PageTally[] } {
  return {
    quarters: [...changes.quarters.values()].flatMap((change) => changedQuarter(undefined, change) ?? []),
    pages: [...changes.pages].flatMap(([pageKey, change]) => changedPage(pageKey, undefined, change) ?? []),
  };
}

/**
 * An inclusive stretch of posting times, `from` to `last`, as the quarters
 * wholly inside it (`whole`: quarter starts from its first up to, not
 * including, its second) and the cut ends outside them (`edges`, inclusive),
 * which only the comments' own index can count.
 */
export function splitSpan(from: number, last: number): { whole: [number, number] | null; edges: [number, number][] } {
  const firstWhole = Math.ceil(from / QUARTER_MS) * QUARTER_MS;
  const afterWhole = quarterOf(last + 1);
  if (firstWhole >= afterWhole) return { whole: null, edges: [[from, last]] };
  const edges: [number, number][] = [];
  if (from < firstWhole) edges.push([from, firstWhole - 1]);
  if (afterWhole <= last) edges.push([afterWhole, last]);
  return { whole: [firstWhole, afterWhole], edges };
}

/** One page's quarter tallies of a stretch, summed over runs of whole quarters by running totals. */
export class QuarterSums {
  private readonly quarters: number[];
  private readonly totals = new Map<string, number[]>();

  /** `rows`: one page's, in order of their quarter (as the table's key orders them). */
  constructor(private readonly rows: readonly QuarterTally[]) {
    this.quarters = rows.map((row) => row.quarter);
  }

  /** Comments of a status and priority posted in the quarters starting from `from` up to, not including, `to`. */
  count(status: CountedStatus, priority: 0 | 1, from: number, to: number): number {
    const totals = this.runningTotals(status, priority);
    return totals[this.indexOf(to)]! - totals[this.indexOf(from)]!;
  }

  answered(from: number, to: number): AnsweredEntry[] {
    return this.rows.slice(this.indexOf(from), this.indexOf(to)).flatMap((row) => row.answered);
  }

  /** The first row whose quarter is at or after `quarter`. */
  private indexOf(quarter: number): number {
    let low = 0;
    let high = this.quarters.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.quarters[middle]! < quarter) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private runningTotals(status: CountedStatus, priority: 0 | 1): number[] {
    const id = `${status}|${priority}`;
    let totals = this.totals.get(id);
    if (!totals) {
      totals = [0];
      for (const row of this.rows) totals.push(totals.at(-1)! + row.counts[status][priority]);
      this.totals.set(id, totals);
    }
    return totals;
  }
}
