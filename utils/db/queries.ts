import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { ManagedPage, ParserHealth, StoredComment } from '../model';
import { loadSettings, settingsItem, withDefaults, type Settings } from '../settings';
import { db } from './database';

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

/** Every pending comment (snoozed ones included), oldest first, straight off the `[status+postedAt]` index. */
export function pendingComments(): Promise<StoredComment[]> {
  return db.comments.where('[status+postedAt]').between(['pending', Dexie.minKey], ['pending', Dexie.maxKey]).toArray();
}

/** Comments answered or set aside since `since`, newest first. */
export async function recentlyDoneComments(since: number): Promise<StoredComment[]> {
  const [answered, setAside] = await Promise.all([
    db.comments.where('answeredAt').aboveOrEqual(since).toArray(),
    // Won't-reply keeps its decision time in answeredAt when the background sets one; lastSeenAt otherwise.
    db.comments.where('[status+postedAt]').between(['wont-reply', Dexie.minKey], ['wont-reply', Dexie.maxKey]).toArray(),
  ]);
  const byKey = new Map<string, StoredComment>();
  for (const comment of answered) {
    if (comment.status === 'answered' || comment.status === 'wont-reply') byKey.set(comment.key, comment);
  }
  for (const comment of setAside) {
    if (doneAt(comment) >= since) byKey.set(comment.key, comment);
  }
  return [...byKey.values()].sort((a, b) => doneAt(b) - doneAt(a));
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
  kind?: 'layout' | 'times';
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
  message: string;
  at: number;
}

export async function storageError(): Promise<StorageError | null> {
  const entry = await db.meta.get('storage-error');
  const value = entry?.value as Partial<StorageError> | undefined;
  if (!value || typeof value.message !== 'string' || typeof value.at !== 'number') return null;
  return { message: value.message, at: value.at };
}

/** Number of pending comments per page key (snoozed included), via the `[pageKey+status]` index. */
export async function pendingCountsByPage(pageKeys: readonly string[]): Promise<Map<string, number>> {
  const counts = await Promise.all(pageKeys.map((key) => db.comments.where('[pageKey+status]').equals([key, 'pending']).count()));
  return new Map(pageKeys.map((key, index) => [key, counts[index] ?? 0]));
}

/** Everything, for the JSON backup and the CSV export. */
export async function everything(): Promise<{ pages: ManagedPage[]; comments: StoredComment[] }> {
  const [pages, comments] = await Promise.all([db.pages.toArray(), db.comments.toArray()]);
  return { pages, comments };
}

// --- Hooks ---------------------------------------------------------------

/** `undefined` while the first read is running, so callers can tell "loading" from "empty". */
export function usePendingComments(): StoredComment[] | undefined {
  return useLiveQuery(pendingComments, []);
}

/**
 * The Done list. `enabled` lets the popup read it only after the waiting list
 * is on screen: with a long history it is the larger read, and the user opened
 * the popup for what is waiting.
 */
export function useRecentlyDone(now: number, enabled = true): StoredComment[] | undefined {
  // Rounded to the hour so the query isn't re-run on every clock tick.
  const since = Math.floor((now - DONE_WINDOW_MS) / 3_600_000) * 3_600_000;
  return useLiveQuery(() => (enabled ? recentlyDoneComments(since) : undefined), [since, enabled]);
}

export function usePages(): ManagedPage[] | undefined {
  return useLiveQuery(allPages, []);
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

/** The user's settings, kept current when another page saves them. `undefined` while loading. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => {
      if (live) setSettings(loaded);
    });
    const unwatch = settingsItem.watch((next) => {
      if (live) setSettings(withDefaults(next));
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}
