import Dexie, { liveQuery, type Collection } from 'dexie';
import { useLiveQuery, useObservable } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { ManagedPage, ParserHealth, StoredComment } from '../model';
import { loadSettings, settingsItem, withDefaults, type Settings } from '../settings';
import { db } from './database';
import { earlySource, type EarlySource } from './early-source';
import { commentsInBulkScope } from './bulk';
import { countUpTo } from './ranges';
import { BADGE_COUNT_CAP as COUNT_CAP } from '../rules/badge';
import type { BulkScope } from '../rules/bulk';

/**
 * Read-only queries for the extension's pages. Everything here only reads:
 * writes go to the background as commands. The hooks re-run when the
 * database changes (useLiveQuery), so an open popup stays current.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far back the popup's Done tab reaches. */
export const DONE_WINDOW_MS = 7 * DAY_MS;
/** A storage error older than this is history, not a current problem. */
export const STORAGE_ERROR_FRESH_MS = DAY_MS;

/** A conversation's lead comment and every stored comment of its thread. */
export interface ConversationThread {
  lead: StoredComment;
  thread: StoredComment[];
}

export interface ConversationPage {
  threads: ConversationThread[];
  /** More waiting conversations follow the ones read. */
  more: boolean;
}

const isLead = (now: number) => (c: StoredComment) => (c.convWaitFrom ?? 0) <= now;

/**
 * The first `limit` conversations waiting at `now` (snoozed ones left out),
 * the most overdue first and then the next due, off the `convOverdueAt`
 * indexes: the cost is the page read, whatever waits behind it. `pageKeys`
 * narrows to some pages (null: all).
 */
export async function waitingConversations(now: number, limit: number, pageKeys: readonly string[] | null): Promise<ConversationPage> {
  const ranges =
    pageKeys === null
      ? [() => db.comments.orderBy('convOverdueAt')]
      : pageKeys.map((key) => () => db.comments.where('[pageKey+convOverdueAt]').between([key, Dexie.minKey], [key, Dexie.maxKey]));
  const perRange = await Promise.all(ranges.map((range) => firstWaiting(range, now, limit + 1)));
  let leads = pageKeys === null ? perRange.flat() : perRange.flat().sort(byDueThenKey).slice(0, limit + 1);
  const more = leads.length > limit;
  leads = leads.slice(0, limit);
  return { threads: await withThreads(leads), more };
}

/** Leads a page read takes beyond the page: room for snoozed conversations before the filtered walk is needed. */
const SNOOZED_ROOM = 8;

/**
 * The first `count` leads of an index range that wait at `now` (not snoozed). One `getAll` of a few more than
 * asked is one trip to the browser's IndexedDB; a cursor that skips the snoozed costs a trip per few entries
 * (about 30 ms for a popup's first screen). The cursor is only walked when snoozed ones filled that room.
 */
// `any`: the insert type differs between an index's collection and the table's; only reads happen here.
async function firstWaiting(range: () => Collection<StoredComment, string, any>, now: number, count: number): Promise<StoredComment[]> {
  const read = await range().limit(count + SNOOZED_ROOM).toArray();
  const waiting = read.filter(isLead(now));
  if (waiting.length >= count || read.length < count + SNOOZED_ROOM) return waiting.slice(0, count);
  return range().filter(isLead(now)).limit(count).toArray();
}

/** Every conversation waiting at `now`, for a search through all of them (the one read that grows with the pile). */
export async function allWaitingConversations(now: number): Promise<ConversationThread[]> {
  const leads = await db.comments.orderBy('convOverdueAt').filter(isLead(now)).toArray();
  return withThreads(leads);
}

function byDueThenKey(a: StoredComment, b: StoredComment): number {
  return (a.convOverdueAt ?? 0) - (b.convOverdueAt ?? 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * Up to this many threads (the popup's first screen), each is read on its own, all at once. More walk one
 * cursor: a hundred answers at once arrive as a hundred tasks on the page's main thread, ahead of its next frame.
 */
const THREADS_READ_APART = 20;

async function withThreads(leads: StoredComment[]): Promise<ConversationThread[]> {
  if (leads.length === 0) return [];
  const threadKeys = new Map(leads.map((lead) => [`${lead.platform}|${lead.threadId}`, [lead.platform, lead.threadId]] as const));
  // `anyOf` walks one cursor, a trip to the browser's IndexedDB per thread and more: a screen of 12 threads
  // took about 40 ms. An `equals` per thread is one `getAll` each, asked together in one transaction.
  const rows =
    threadKeys.size <= THREADS_READ_APART
      ? (
          await db.transaction('r', db.comments, () =>
            Promise.all([...threadKeys.values()].map((key) => db.comments.where('[platform+threadId]').equals(key).toArray())),
          )
        ).flat()
      : await db.comments.where('[platform+threadId]').anyOf([...threadKeys.values()]).toArray();
  const byThread = new Map<string, StoredComment[]>();
  for (const row of rows) {
    const key = `${row.platform}|${row.threadId}`;
    const group = byThread.get(key);
    if (group) group.push(row);
    else byThread.set(key, [row]);
  }
  return leads.map((lead) => ({ lead, thread: byThread.get(`${lead.platform}|${lead.threadId}`) ?? [lead] }));
}

export interface ConversationCounts {
  /** Waiting conversations per page key, counted up to `cap` each: a count at `cap` means at least that many. */
  byPage: Map<string, number>;
  total: number;
  /** Overdue conversations, up to `cap`. */
  overdue: number;
  cap: number;
}

/**
 * What the popup counts up to when `loaded` rows are read: COUNT_CAP, or one more than what is read once
 * the user has shown more than that, so a count at its cap always means there are rows still to show.
 */
export function countCapFor(loaded: number): number {
  return Math.max(COUNT_CAP, loaded + 1);
}

/**
 * How many conversations wait, per page, and how many are overdue: index counts up to `cap` (the popup says
 * "999+" beyond, as the badge does), less the conversations snoozed right now (a short list). IndexedDB counts by
 * walking every entry, and a closed popup doesn't stop a walk already asked for: at 50,000 waiting, exact counts
 * kept the browser's IndexedDB busy for a second after each open, and the next open waited behind them.
 */
export async function conversationCounts(now: number, pageKeys: readonly string[], cap = COUNT_CAP): Promise<ConversationCounts> {
  const [perPage, snoozed, overdue] = await Promise.all([
    Promise.all(pageKeys.map((key) => countUpTo(() => db.comments.where('[pageKey+convOverdueAt]').between([key, Dexie.minKey], [key, Dexie.maxKey]), cap))),
    db.comments.where('convWaitFrom').above(now).toArray(),
    countUpTo(() => db.comments.where('convOverdueAt').belowOrEqual(now), cap),
  ]);
  const byPage = new Map(pageKeys.map((key, i) => [key, perPage[i] ?? 0]));
  // A count at the cap stands for "at least that many": taking the snoozed off it would understate it.
  for (const c of snoozed) {
    const n = byPage.get(c.pageKey);
    if (n !== undefined && n < cap) byPage.set(c.pageKey, n - 1);
  }
  return { byPage, total: [...byPage.values()].reduce((sum, n) => sum + n, 0), overdue, cap };
}

/** How many comments a bulk action over `scope` would reach at `now`: the count the popup shows before acting. */
export async function countInBulkScope(scope: BulkScope, now: number): Promise<number> {
  return (await commentsInBulkScope(db.comments, db.pages, scope, now)).length;
}

/** A page of rows and how many there are in all; `atLeast` when counting stopped at its cap, so `total` is a floor. */
export interface CountedRows {
  rows: StoredComment[];
  total: number;
  atLeast: boolean;
}

/** The missed comments, most recently missed first, a page at a time, and how many there are, counted up to a cap (index reads only). */
export async function missedComments(limit: number): Promise<CountedRows> {
  const range = () => db.comments.where('[status+postedAt]').between(['missed', Dexie.minKey], ['missed', Dexie.maxKey]);
  const cap = countCapFor(limit);
  const [rows, total] = await Promise.all([range().reverse().limit(limit).toArray(), countUpTo(range, cap)]);
  return { rows, total, atLeast: total >= cap };
}

/** Comments snoozed past `now`, the next to return first. */
export async function snoozedComments(now: number): Promise<StoredComment[]> {
  const rows = await db.comments.where('snoozedUntil').above(now).toArray();
  return rows.filter((c) => c.status === 'pending');
}

/**
 * The `limit` comments answered or set aside most recently since `since`, newest first, and how many there are
 * in all: index counts and two page-sized reads of `[status+answeredAt]`, whatever the history holds.
 * A won't-reply set by an older version has no decision time (answeredAt null, so not in that index); its
 * `lastSeenAt` stands in. Such rows are only read when the counts show there are any; counts stop at COUNT_CAP,
 * so past that many dated won't-replies they can't show it, and the old undated rows (last seen a week after the
 * upgrade at the latest) are left out rather than every won't-reply read on each open.
 */
export async function recentlyDoneComments(since: number, limit: number): Promise<CountedRows> {
  const cap = countCapFor(limit);
  const decided = (status: 'answered' | 'wont-reply', from: number | typeof Dexie.minKey) =>
    db.comments.where('[status+answeredAt]').between([status, from], [status, Dexie.maxKey], true, true);
  const [answered, setAside, answeredTotal, setAsideTotal, setAsideDated, setAsideAll] = await Promise.all([
    decided('answered', since).reverse().limit(limit).toArray(),
    decided('wont-reply', since).reverse().limit(limit).toArray(),
    countUpTo(() => decided('answered', since), cap),
    countUpTo(() => decided('wont-reply', since), cap),
    countUpTo(() => decided('wont-reply', Dexie.minKey), cap),
    countUpTo(() => db.comments.where('[status+postedAt]').between(['wont-reply', Dexie.minKey], ['wont-reply', Dexie.maxKey]), cap),
  ]);
  const undated =
    setAsideAll > setAsideDated
      ? await db.comments
          .where('[status+postedAt]')
          .between(['wont-reply', Dexie.minKey], ['wont-reply', Dexie.maxKey])
          .filter((c) => c.answeredAt == null && c.lastSeenAt >= since)
          .toArray()
      : [];
  const rows = [...answered, ...setAside, ...undated].sort((a, b) => doneAt(b) - doneAt(a)).slice(0, limit);
  return { rows, total: answeredTotal + setAsideTotal + undated.length, atLeast: answeredTotal >= cap || setAsideTotal >= cap };
}

/** When a comment left the waiting list, as well as we know. */
export function doneAt(comment: StoredComment): number {
  return comment.answeredAt ?? comment.lastSeenAt;
}

export function allPages(): Promise<ManagedPage[]> {
  return db.pages.orderBy('key').toArray();
}

export interface LayoutWarning {
  page: ManagedPage;
  health: ParserHealth;
  /** `layout`: nothing recognised; `times`: comments read, but some of their times couldn't be. */
  kind?: 'layout' | 'times' | 'language';
}

/**
 * Managed pages whose latest check saw a comment area but recognised no
 * comments (the platform changed its layout and we are blind there), or
 * whose comments' times couldn't be read in the page's language.
 */
export async function layoutWarnings(): Promise<LayoutWarning[]> {
  const [pages, checks] = await Promise.all([db.pages.toArray(), db.health.toArray()]);
  const latest = new Map<string, ParserHealth>();
  for (const check of checks) {
    if (check.pageKey === null) continue;
    const seen = latest.get(check.pageKey);
    if (!seen || check.checkedAt > seen.checkedAt) latest.set(check.pageKey, check);
  }
  const warnings: LayoutWarning[] = [];
  for (const page of pages) {
    const health = latest.get(page.key);
    if (health && health.commentAreaVisible && health.recognised === 0) warnings.push({ page, health });
    else if (health?.unknownLanguage && health.recognised === 0) warnings.push({ page, health, kind: 'language' });
    else if (health?.unreadTimes) warnings.push({ page, health, kind: 'times' });
  }
  return warnings;
}

/** When each managed page was last read, by page key. */
export async function lastCheckedByPage(): Promise<Map<string, number>> {
  const checks = await db.health.toArray();
  const result = new Map<string, number>();
  for (const check of checks) {
    if (check.pageKey === null) continue;
    result.set(check.pageKey, Math.max(result.get(check.pageKey) ?? 0, check.checkedAt));
  }
  return result;
}

export interface StorageError {
  /** The browser's own words for what failed ("QuotaExceededError"), shown beside our sentence. */
  message: string;
  /** The browser's storage for the extension is full: the popup says so in the user's language. */
  full: boolean;
  at: number;
}

export async function storageError(): Promise<StorageError | null> {
  const entry = await db.meta.get('storage-error');
  const value = entry?.value as Partial<StorageError> | undefined;
  if (!value || typeof value.message !== 'string' || typeof value.at !== 'number') return null;
  return { message: value.message, full: value.full === true || value.message === 'QuotaExceededError', at: value.at };
}

/** Number of pending comments per page key (snoozed included), via the `[pageKey+status]` index. */
export async function pendingCountsByPage(pageKeys: readonly string[]): Promise<Map<string, number>> {
  const counts = await Promise.all(pageKeys.map((key) => db.comments.where('[pageKey+status]').equals([key, 'pending']).count()));
  return new Map(pageKeys.map((key, index) => [key, counts[index] ?? 0]));
}

/** The next `limit` stored comments after `afterKey` (from the first with null), in key order: the backup reads them in pieces. */
export function commentsAfter(afterKey: string | null, limit: number): Promise<StoredComment[]> {
  const range = afterKey === null ? db.comments.orderBy('key') : db.comments.where('key').above(afterKey);
  return range.limit(limit).toArray();
}

/** Everything at once, for small stores (tests, tools); the settings' exports read in pieces with `commentsAfter`. */
export async function everything(): Promise<{ pages: ManagedPage[]; comments: StoredComment[] }> {
  const [pages, comments] = await Promise.all([db.pages.toArray(), db.comments.toArray()]);
  return { pages, comments };
}

// --- Hooks ---------------------------------------------------------------

/**
 * The Done list. `enabled` lets the popup read it only after the waiting list
 * is on screen: with a long history it is the larger read, and the user opened
 * the popup for what is waiting.
 */
export function useRecentlyDone(now: number, enabled = true, limit = 100): CountedRows | undefined {
  // Rounded to the hour so the query isn't re-run on every clock tick.
  const since = Math.floor((now - DONE_WINDOW_MS) / 3_600_000) * 3_600_000;
  return useLiveQuery(() => (enabled ? recentlyDoneComments(since, limit) : undefined), [since, enabled, limit]);
}

/** The managed pages, live; `early`: a read the page started before React (see early-source.ts). */
export function usePages(early?: EarlySource<ManagedPage[]>): ManagedPage[] | undefined {
  return useObservable(() => early ?? liveQuery(allPages), [early]);
}

export function useLayoutWarnings(): LayoutWarning[] {
  return useLiveQuery(layoutWarnings, []) ?? [];
}

export function useLastChecked(): Map<string, number> | undefined {
  return useLiveQuery(lastCheckedByPage, []);
}

/** The background's last clock tick (epoch ms), or null before the first. */
export function useLastClockTick(): number | null {
  return useLiveQuery(async () => {
    const entry = await db.meta.get('last-check');
    return typeof entry?.value === 'number' ? entry.value : null;
  }, []) ?? null;
}

export function useStorageError(): StorageError | null {
  return useLiveQuery(storageError, []) ?? null;
}

export function usePendingCountsByPage(pageKeys: readonly string[]): Map<string, number> | undefined {
  const signature = pageKeys.join('\n');
  return useLiveQuery(() => pendingCountsByPage(pageKeys), [signature]);
}

/** The settings, read now and kept current when another page saves them: started before React by the popup. */
export function settingsSource(): EarlySource<Settings> {
  return earlySource<Settings>((next) => {
    let live = true;
    void loadSettings().then((loaded) => {
      if (live) next(loaded);
    });
    const unwatch = settingsItem.watch((changed) => {
      if (live) next(withDefaults(changed));
    });
    return () => {
      live = false;
      unwatch();
    };
  });
}

/** The user's settings, kept current when another page saves them. `undefined` while loading. */
export function useSettings(early?: EarlySource<Settings>): Settings | undefined {
  const [settings, setSettings] = useState<Settings | undefined>(() => early?.getValue());
  useEffect(() => {
    // The last subscriber leaving stops the source's read and watch.
    const subscription = (early ?? settingsSource()).subscribe(setSettings);
    return () => subscription.unsubscribe();
  }, [early]);
  return settings;
}
