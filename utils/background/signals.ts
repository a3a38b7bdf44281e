import { browser } from 'wxt/browser';
import type { ReplyRadarDb } from '../db/database';
import { PLATFORM_LABEL, type ManagedPage, type StoredComment } from '../model';
import { assess, badgeFor, compareUrgency, isWaiting, planNotifications, type Ranked } from '../rules';
import type { Settings } from '../settings';

/**
 * The clock's work: recompute the badge from the database and raise the
 * notifications that are due. Everything it needs is read from storage on
 * each run, so a service worker that was stopped picks up exactly where the
 * last one left off.
 */

export const NOTIFICATION_PREFIX = 'reply-radar:';

/** What we remember about a notification on screen: what a click opens, and what it is about. */
export interface ShownNotification {
  oldestKey: string;
  commentKeys: string[];
}

export function shownNotification(value: unknown): ShownNotification | null {
  const v = value as Partial<ShownNotification> | null;
  return v && typeof v.oldestKey === 'string' && Array.isArray(v.commentKeys) ? (v as ShownNotification) : null;
}

/**
 * A notification about comments that are all dealt with (answered, marked,
 * snoozed) is stale: take it off the screen, so the user isn't nudged about
 * work already done.
 */
async function clearSettledNotifications(db: ReplyRadarDb, waiting: ReadonlySet<string>): Promise<void> {
  const entries = await db.meta.where('key').startsWith(NOTIFICATION_PREFIX).toArray();
  for (const entry of entries) {
    const shown = shownNotification(entry.value);
    if (!shown || shown.commentKeys.some((k) => waiting.has(k))) continue;
    await browser.notifications.clear(entry.key);
    await db.meta.delete(entry.key);
  }
}

export async function waitingRanked(db: ReplyRadarDb, settings: Settings, now: number, timeZone: string) {
  const [pending, pages] = await Promise.all([
    db.comments.where('[status+postedAt]').between(['pending', -Infinity], ['pending', Infinity]).toArray(),
    db.pages.toArray(),
  ]);
  const pagesByKey = new Map(pages.map((p) => [p.key, p] as const));
  const ranked: Ranked[] = pending
    .filter((c) => isWaiting(c, now) && pagesByKey.has(c.pageKey))
    .map((comment) => ({ comment, assessment: assess(comment, pagesByKey.get(comment.pageKey), settings, now, timeZone) }))
    .sort(compareUrgency);
  return { ranked, pagesByKey };
}

export async function updateBadge(db: ReplyRadarDb, settings: Settings, now: number, timeZone: string): Promise<void> {
  const { ranked, pagesByKey } = await waitingRanked(db, settings, now, timeZone);
  // The same brand often has a Facebook and a LinkedIn page: the platform tells them apart.
  const names = new Map([...pagesByKey].map(([k, p]) => [k, `${p.name} (${PLATFORM_LABEL[p.platform]})`] as const));
  const badge = badgeFor(ranked, names);
  await clearSettledNotifications(db, new Set(ranked.map((r) => r.comment.key)));
  await Promise.all([
    browser.action.setBadgeText({ text: badge.text }),
    browser.action.setBadgeBackgroundColor({ color: badge.color || '#5f6368' }),
    browser.action.setTitle({ title: badge.title }),
  ]);
}

/**
 * Raise the notifications that are due. The comments are marked notified in
 * the same transaction that decides them, before anything is shown: if the
 * worker dies in between, a nudge is lost rather than repeated.
 */
export async function raiseDueNotifications(db: ReplyRadarDb, settings: Settings, now: number, timeZone: string): Promise<number> {
  const planned = await db.transaction('rw', db.comments, db.pages, db.meta, async () => {
    const { ranked, pagesByKey } = await waitingRanked(db, settings, now, timeZone);
    const plan = planNotifications(ranked, pagesByKey as ReadonlyMap<string, ManagedPage>, settings, now, timeZone);
    if (plan.length === 0) return plan;
    const keys = plan.flatMap((n) => n.commentKeys);
    const rows = (await db.comments.bulkGet(keys)).filter((c): c is StoredComment => !!c);
    await db.comments.bulkPut(rows.map((c) => ({ ...c, notifiedAt: now })));
    await db.meta.bulkPut(
      plan.map((n, i) => ({ key: `${NOTIFICATION_PREFIX}${now}-${i}`, value: { oldestKey: n.oldestKey, commentKeys: n.commentKeys } satisfies ShownNotification })),
    );
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
