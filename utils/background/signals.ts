import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import type { ReplyRadarDb } from '../db/database';
import { countUpTo } from '../db/ranges';
import { PLATFORM_LABEL, type ManagedPage, type StoredComment } from '../model';
import {
  BADGE_COUNT_CAP,
  badgeFor,
  conversationMembers,
  conversationUpdates,
  dueTimes,
  isQuietTime,
  isWaiting,
  planNotifications,
  type DueConversation,
  type PageCounts,
} from '../rules';
import type { Settings } from '../settings';
import { pageDisplayName } from '../pages';

/**
 * The clock's work: count the badge from the conversation indexes and raise
 * the notifications that are due. Everything it needs is read from storage
 * on each run, so a service worker that was stopped picks up exactly where
 * the last one left off; what it reads doesn't grow with the waiting pile.
 */

export const NOTIFICATION_PREFIX = 'reply-radar:';

/**
 * Where the full list of a notification's comments is kept when it covers more than NOTIFICATION_KEYS_KEPT:
 * beside its record, not in it, so the record every badge run reads stays small.
 */
export const NOTIFIED_KEYS_PREFIX = 'reply-radar-notified:';
/** How many of a notification's comment keys its record holds itself. */
export const NOTIFICATION_KEYS_KEPT = 100;

/** What we remember about a notification on screen: what a click opens, and what it is about. */
export interface ShownNotification {
  oldestKey: string;
  /** Its comments' keys: all of them, or the first NOTIFICATION_KEYS_KEPT when `allKeysAt` is set. */
  commentKeys: string[];
  /** The `meta` key of the full list, for a notification about more comments than its record holds. */
  allKeysAt?: string;
  /** One of the comments beyond `commentKeys` that was still waiting when last looked at. */
  stillWaiting?: string;
}

export function shownNotification(value: unknown): ShownNotification | null {
  const v = value as Partial<ShownNotification> | null;
  return v && typeof v.oldestKey === 'string' && Array.isArray(v.commentKeys) ? (v as ShownNotification) : null;
}

/** The records of a notification about `commentKeys`: its own, and the full list beside it when there are many. */
function notificationRecords(id: string, oldestKey: string, commentKeys: string[]): { key: string; value: unknown }[] {
  if (commentKeys.length <= NOTIFICATION_KEYS_KEPT) return [{ key: id, value: { oldestKey, commentKeys } satisfies ShownNotification }];
  const allKeysAt = `${NOTIFIED_KEYS_PREFIX}${id.slice(NOTIFICATION_PREFIX.length)}`;
  return [
    { key: id, value: { oldestKey, commentKeys: commentKeys.slice(0, NOTIFICATION_KEYS_KEPT), allKeysAt } satisfies ShownNotification },
    { key: allKeysAt, value: commentKeys },
  ];
}

/**
 * A notification about conversations that are all dealt with (answered,
 * marked, snoozed) is stale: take it off the screen, so the user isn't nudged
 * about work already done. Reads a notification's comments a few at a time
 * and stops at the first still waiting. A notification about a huge pile
 * (the first one after a backlog is found) is looked at through its first
 * comments and the one last found waiting beyond them; its full list is read
 * only once those are all dealt with.
 */
async function clearSettledNotifications(db: ReplyRadarDb, now: number): Promise<void> {
  const entries = await db.meta.where('key').startsWith(NOTIFICATION_PREFIX).toArray();
  for (const entry of entries) {
    const shown = shownNotification(entry.value);
    if (!shown) continue;
    const first = shown.stillWaiting ? [shown.stillWaiting, ...shown.commentKeys] : shown.commentKeys;
    if ((await firstWaiting(db, first, now)) !== null) continue;
    if (shown.allKeysAt) {
      const all = (await db.meta.get(shown.allKeysAt))?.value;
      const waiting = Array.isArray(all) ? await firstWaiting(db, all as string[], now) : null;
      if (waiting !== null) {
        await db.meta.put({ key: entry.key, value: { ...shown, stillWaiting: waiting } satisfies ShownNotification });
        continue;
      }
    }
    await browser.notifications.clear(entry.key);
    await db.meta.bulkDelete(shown.allKeysAt ? [entry.key, shown.allKeysAt] : [entry.key]);
  }
}

const CHECK_CHUNK = 100;
/**
 * The first look reads this many: a notification's comments are nearly always still waiting, and the
 * badge runs after every batch a loading page sends, so reading a hundred rows each time to find the
 * first one waiting cost the background (and the page beside it) a read per comment stored.
 */
const FIRST_CHECK = 4;

/** The first of `keys` whose comment still waits, or null when none does. */
async function firstWaiting(db: ReplyRadarDb, keys: readonly string[], now: number): Promise<string | null> {
  for (let i = 0, size = FIRST_CHECK; i < keys.length; i += size, size = CHECK_CHUNK) {
    const rows = await db.comments.bulkGet(keys.slice(i, i + size));
    const waiting = rows.find((c) => c && isWaiting(c, now));
    if (waiting) return waiting.key;
  }
  return null;
}

/**
 * Overdue and due-soon conversations per managed page at `now`: an index
 * range or two per page, counted up to the badge's cap, whatever the size of the pile.
 */
export async function conversationCounts(db: ReplyRadarDb, pages: readonly ManagedPage[], now: number): Promise<PageCounts[]> {
  // One read transaction for every page's counts: they agree with each other, and the badge run waits for one transaction, not four.
  return db.transaction('r', db.comments, () =>
    Promise.all(
      pages.map(async (page) => {
        const upToNow = (index: string) => () => db.comments.where(index).between([page.key, Dexie.minKey], [page.key, now], true, true);
        const overdue = await countUpTo(upToNow('[pageKey+convOverdueAt]'), BADGE_COUNT_CAP);
        // At the cap, the due-soon range (which holds every overdue one too) can only say "capped" again,
        // so due soon can't be told apart from overdue and isn't counted.
        const dueSoonOrOverdue = overdue < BADGE_COUNT_CAP ? await countUpTo(upToNow('[pageKey+convDueSoonAt]'), BADGE_COUNT_CAP) : overdue;
        // The same brand often has a Facebook and a LinkedIn page: the platform tells them apart.
        return { name: `${pageDisplayName(page)} (${PLATFORM_LABEL[page.platform]})`, overdue, dueSoon: Math.max(0, dueSoonOrOverdue - overdue) };
      }),
    ),
  );
}

export async function updateBadge(db: ReplyRadarDb, now: number): Promise<void> {
  const pages = await db.pages.toArray();
  const badge = badgeFor(await conversationCounts(db, pages, now));
  await clearSettledNotifications(db, now);
  await Promise.all([
    browser.action.setBadgeText({ text: badge.text }),
    browser.action.setBadgeBackgroundColor({ color: badge.color || '#5f6368' }),
    browser.action.setTitle({ title: badge.title }),
  ]);
}

/**
 * Raise the notifications that are due: only the conversations whose
 * `convNotifyAt` has come are read. They are marked notified in the same
 * transaction that decides them, before anything is shown: if the worker
 * dies in between, a nudge is lost rather than repeated.
 */
export async function raiseDueNotifications(db: ReplyRadarDb, settings: Settings, now: number, timeZone: string): Promise<number> {
  // Held back: nothing is read, and the conversations stay due for when it's allowed.
  if (!settings.notificationsEnabled || isQuietTime(now, settings, timeZone)) return 0;
  const planned = await db.transaction('rw', db.comments, db.pages, db.meta, async () => {
    const leads = await db.comments.where('convNotifyAt').belowOrEqual(now).toArray();
    if (leads.length === 0) return [];
    const [pages, threadRows] = await Promise.all([
      db.pages.toArray(),
      db.comments.where('[platform+threadId]').anyOf(leads.map((c) => [c.platform, c.threadId])).toArray(),
    ]);
    const pagesByKey = new Map(pages.map((p) => [p.key, p] as const));
    const threads = groupByThread(threadRows);
    const due = leads
      .filter((lead) => pagesByKey.has(lead.pageKey))
      .map((lead) => dueConversation(lead, threads.get(threadOf(lead)) ?? [lead], pagesByKey.get(lead.pageKey), settings, now, timeZone));
    const plan = planNotifications(due, pagesByKey, settings, now, timeZone);
    if (plan.length === 0) return plan;
    const told = new Set(plan.flatMap((n) => n.commentKeys));
    const writes = new Map<string, StoredComment>();
    for (const thread of threads.values()) {
      if (!thread.some((c) => told.has(c.key))) continue;
      const stamped = thread.map((c) => (told.has(c.key) ? { ...c, notifiedAt: now } : c));
      for (const c of stamped) if (told.has(c.key)) writes.set(c.key, c);
      for (const c of conversationUpdates(stamped, pagesByKey.get(stamped[0]!.pageKey), settings, timeZone)) writes.set(c.key, c);
    }
    await db.comments.bulkPut([...writes.values()]);
    await db.meta.bulkPut(plan.flatMap((n, i) => notificationRecords(`${NOTIFICATION_PREFIX}${now}-${i}`, n.oldestKey, n.commentKeys)));
    return plan;
  });
  await Promise.all(
    planned.map((n, i) =>
      browser.notifications.create(`${NOTIFICATION_PREFIX}${now}-${i}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: n.title,
        message: n.message,
      }),
    ),
  );
  return planned.length;
}

function threadOf(c: StoredComment): string {
  return `${c.platform}|${c.threadId}`;
}

function groupByThread(rows: readonly StoredComment[]): Map<string, StoredComment[]> {
  const groups = new Map<string, StoredComment[]>();
  for (const row of rows) {
    const group = groups.get(threadOf(row));
    if (group) group.push(row);
    else groups.set(threadOf(row), [row]);
  }
  return groups;
}

/** A lead's conversation as a notification needs it: who waits in it now, and the time limit it went past. */
function dueConversation(
  lead: StoredComment,
  thread: readonly StoredComment[],
  page: ManagedPage | undefined,
  settings: Settings,
  now: number,
  timeZone: string,
): DueConversation {
  const waiting = conversationMembers(thread).filter((c) => isWaiting(c, now));
  let thresholdMs = dueTimes(lead, page, settings, timeZone).thresholdMs;
  for (const member of waiting) {
    const times = dueTimes(member, page, settings, timeZone);
    if (times.overdueAt <= now) thresholdMs = Math.min(thresholdMs, times.thresholdMs);
  }
  return { lead, memberKeys: waiting.map((c) => c.key), thresholdMs };
}
