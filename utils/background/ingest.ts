import type { ReplyRadarDb } from '../db/database';
import { rowsOfThreads, storedKeysAmong } from '../db/ranges';
import { noteStoredRows } from '../db/tallies-middleware';
import type { ManagedPage, ObservedComment, PageRef, Platform, PostedAtSource, StoredComment } from '../model';
import { commentKey } from '../model';
import { matchManagedPage } from '../pages';
import { conversationUpdates, detectPriority, fromMissed, isPageAuthor, localTimeZone, missedToWake, resolveThread, snoozesToWake } from '../rules';
import type { Settings } from '../settings';
import { resolvePostedAt } from '../time/resolve';
import { safePlatformUrl } from '../urls';

/** Longest text we keep; the popup shows less and expands to this. */
export const MAX_STORED_TEXT = 5_000;

export interface IngestBatch {
  /** Address of the tab the comments were read from. */
  url: string;
  /** The page's `<html lang>`: time labels are read in that language only. */
  lang?: string;
  /** The page the address or document names, when the adapter could tell. */
  page: PageRef | null;
  comments: ObservedComment[];
  /**
   * `notification`: told by a notification list, not read under the post. Such
   * a comment is added when unknown and marked so; one already known is left
   * exactly as it is, since what its post showed wins.
   */
  source?: 'notification';
}

export interface IngestResult {
  /** Comments on managed pages, written or refreshed. */
  stored: number;
  /** Comments on pages the user does not manage: dropped, never stored. */
  ignored: number;
  /** Keys of comments seen for the first time. */
  added: string[];
  /** How many comments stored before this batch changed state (a page reply answered them, a snooze woke). */
  restated: number;
  /** Those comments' platform ids: the tab that sent the batch re-asks about these only. */
  restatedIds: string[];
  /** Ids of this batch's comments whose time no label told: they count from when they were first seen. */
  unreadTimes: string[];
  /** This batch's comments as stored now (not sent back to the tab: the service answers with their states). */
  rows: StoredComment[];
  /** The managed pages the batch was matched against. */
  pages: ManagedPage[];
}

// How trustworthy each way of knowing a posting time is; a better one replaces a worse one.
const TIME_RANK: Record<PostedAtSource, number> = { 'first-seen': 0, relative: 1, absolute: 2, id: 3 };

/**
 * Record what a content script saw, in one transaction: new comments are
 * added, known ones get a new last-seen time, and every touched thread is
 * re-judged (answered or not) from everything stored about it, and its
 * conversation's due times recomputed.
 */
export async function ingest(
  db: ReplyRadarDb,
  batch: IngestBatch,
  settings: Settings,
  now: number,
  timeZone: string = localTimeZone(),
): Promise<IngestResult> {
  return db.transaction('rw', db.comments, db.pages, async () => {
    const pages = await db.pages.toArray();
    const incoming = new Map<string, { observed: ObservedComment; page: ManagedPage }>();
    let ignored = 0;
    for (const observed of batch.comments) {
      const page = matchManagedPage(observed.postOwner, pages) ?? matchManagedPage(batch.page, pages);
      if (!page || page.platform !== observed.platform) {
        ignored++;
        continue;
      }
      incoming.set(commentKey(observed.platform, observed.id), { observed, page });
    }
    if (incoming.size === 0) return { stored: 0, ignored, added: [], restated: 0, restatedIds: [], unreadTimes: [], rows: [], pages };

    const keys = [...incoming.keys()];
    const summaries = new Map<string, string[]>();
    const threads = new Map<string, ManagedPage>();
    for (const [key, { observed, page }] of incoming) {
      threads.set(threadKey(observed.platform, observed.parentId ?? observed.id), page);
      if (observed.repliedByNames?.length) summaries.set(key, observed.repliedByNames);
    }
    // Everything known about the touched threads, and the incoming comments themselves, read up front.
    // A comment seen before is nearly always among its thread's rows. The others are read by key only when a
    // read of the batch's key range shows they exist (new comments, the usual case, don't): a few requests, not one a comment.
    const [threadRows, storedKeys] = await Promise.all([
      rowsOfThreads(db.comments, [...threads.keys()].map((k) => k.split('|') as [Platform, string])),
      storedKeysAmong(db.comments, keys),
    ]);
    const known = new Map(threadRows.map((row) => [row.key, row] as const));
    const elsewhere = keys.filter((key) => !known.has(key) && (storedKeys?.has(key) ?? true));
    if (elsewhere.length > 0) for (const row of await db.comments.bulkGet(elsewhere)) if (row) known.set(row.key, row);
    const existing = keys.map((key) => known.get(key));

    const next = new Map<string, StoredComment>();
    const added = new Set<string>();
    const storedBefore = new Map(keys.map((key, i) => [key, existing[i]] as const));
    const notified = batch.source === 'notification';
    keys.forEach((key, i) => {
      const { observed, page } = incoming.get(key)!;
      const before = existing[i];
      if (before && notified) return;
      next.set(key, before ? merge(before, observed, settings, now, batch.lang) : create(observed, page, settings, now, batch.lang, notified));
      if (!before) added.add(key);
    });

    // Re-judge every touched thread from the stored whole, not just this batch:
    // a page reply seen today answers a comment stored last week.
    const byThread = groupBy(threadRows, (c) => threadKey(c.platform, c.threadId));
    for (const c of next.values()) {
      const tkey = threadKey(c.platform, c.threadId);
      const rows = byThread.get(tkey);
      if (!rows) byThread.set(tkey, [c]);
      else if (!rows.some((r) => r.key === c.key)) rows.push(c);
    }
    const restatedIds: string[] = [];
    for (const [tkey, page] of threads) {
      const current = (byThread.get(tkey) ?? []).map((r) => next.get(r.key) ?? r);
      const updates = new Map(resolveThread(current, page, summaries, now).map((c) => [c.key, c] as const));
      const resolved = current.map((c) => updates.get(c.key) ?? c);
      const fresh = resolved.filter((c) => added.has(c.key));
      for (const key of snoozesToWake(resolved, fresh)) {
        const c = updates.get(key) ?? resolved.find((r) => r.key === key);
        if (c) updates.set(key, { ...c, snoozedUntil: null });
      }
      // A visitor writing again brings a missed comment of the thread back to waiting, as a snooze wakes.
      for (const key of missedToWake(resolved, fresh)) {
        const c = updates.get(key) ?? resolved.find((r) => r.key === key);
        if (c) updates.set(key, fromMissed(c, now));
      }
      for (const [key, c] of updates) {
        if (!next.has(key) || (!added.has(key) && storedBefore.get(key)?.status !== c.status)) restatedIds.push(c.id);
        next.set(key, c);
      }
      // The thread's conversation (its lead and due times) follows from the comments as now judged.
      for (const c of conversationUpdates(current.map((r) => next.get(r.key) ?? r), page, settings, timeZone)) next.set(c.key, c);
    }
    // One write for the whole batch: new comments, refreshed ones and re-judged threads. Every row it replaces
    // was read above (or is known not to be stored), so Insights' tallies take them from here.
    noteStoredRows([...threadRows.map((row) => [row.key, row] as const), ...storedBefore]);
    await db.comments.bulkPut([...next.values()]);
    const unreadTimes = keys.flatMap((key) => (next.get(key)?.postedAtSource === 'first-seen' ? [incoming.get(key)!.observed.id] : []));
    const rows = keys.flatMap((key) => next.get(key) ?? storedBefore.get(key) ?? []);
    return { stored: incoming.size, ignored, added: [...added], restated: restatedIds.length, restatedIds, unreadTimes, rows, pages };
  });
}

function threadKey(platform: string, threadId: string): string {
  return `${platform}|${threadId}`;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function cleanText(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > MAX_STORED_TEXT ? `${trimmed.slice(0, MAX_STORED_TEXT - 1)}…` : trimmed;
}

function create(observed: ObservedComment, page: ManagedPage, settings: Settings, now: number, lang?: string, notified = false): StoredComment {
  const time = resolvePostedAt(observed.platform, observed.time, now, lang);
  const text = cleanText(observed.text);
  const authorUrl = safePlatformUrl(observed.authorUrl, observed.platform);
  const reasons = detectPriority(text, settings.complaintKeywords);
  const authorIsPage = isPageAuthor({ authorUrl, authorName: observed.authorName }, page);
  return {
    key: commentKey(observed.platform, observed.id),
    platform: observed.platform,
    id: observed.id,
    idSource: observed.idSource,
    pageKey: page.key,
    postUrl: safePlatformUrl(observed.postUrl, observed.platform),
    permalink: safePlatformUrl(observed.permalink, observed.platform),
    parentId: observed.parentId,
    threadId: observed.parentId ?? observed.id,
    authorName: observed.authorName.trim().slice(0, 300),
    authorUrl,
    ...(observed.authorHeadline ? { authorHeadline: observed.authorHeadline.slice(0, 300) } : {}),
    authorIsPage,
    text,
    postedAt: time.at,
    postedAtSource: time.source,
    firstSeenAt: now,
    lastSeenAt: now,
    status: authorIsPage ? 'own' : 'pending',
    answeredBy: null,
    answeredAt: null,
    answerKey: null,
    snoozedUntil: null,
    priority: reasons.length > 0 ? 1 : 0,
    priorityReasons: reasons,
    notifiedAt: null,
    undo: null,
    ...(notified && { fromNotification: true as const }),
    ...summaryOf(observed),
  };
}

/** The collapsed "‹Name› replied" row under a top-level comment, kept with it for when the page's name is learned. */
function summaryOf(observed: ObservedComment): Pick<StoredComment, 'repliedByNames'> {
  return observed.parentId === null && observed.repliedByNames?.length ? { repliedByNames: observed.repliedByNames.slice(0, 20).map((n) => n.slice(0, 300)) } : {};
}

/** A comment seen again: it moves its last-seen time and picks up what is newly visible, nothing else. */
function merge(before: StoredComment, observed: ObservedComment, settings: Settings, now: number, lang?: string): StoredComment {
  if (before.fromNotification) return fromPost(before, observed, settings, now, lang);
  const next: StoredComment = { ...before, lastSeenAt: Math.max(before.lastSeenAt, now) };
  const text = cleanText(observed.text);
  // A collapsed reading ("See more" not yet expanded) is a prefix of what we have: keep the longer one.
  // Anything else that differs is an edit, and the latest reading wins.
  if (text !== before.text && !before.text.startsWith(text.replace(/…$/, ''))) {
    next.text = text;
    next.priorityReasons = detectPriority(text, settings.complaintKeywords);
    next.priority = next.priorityReasons.length > 0 ? 1 : 0;
  }
  const time = resolvePostedAt(observed.platform, observed.time, now, lang);
  if (TIME_RANK[time.source] > TIME_RANK[before.postedAtSource]) {
    next.postedAt = time.at;
    next.postedAtSource = time.source;
  }
  next.permalink ??= safePlatformUrl(observed.permalink, observed.platform);
  next.postUrl ??= safePlatformUrl(observed.postUrl, observed.platform);
  next.authorUrl ??= safePlatformUrl(observed.authorUrl, observed.platform);
  // The latest row wins; a reading without one (replies expanded) keeps what an earlier row said.
  Object.assign(next, summaryOf(observed));
  return next;
}

/**
 * A comment known from a notification, read at last under its post: the
 * post's reading replaces what the notification showed (author, text, links,
 * thread), keeping the record, its time when the post's is no better, and the
 * user's decisions.
 */
function fromPost(before: StoredComment, observed: ObservedComment, settings: Settings, now: number, lang?: string): StoredComment {
  const { fromNotification: _known, authorHeadline: _headline, ...rest } = before;
  const text = cleanText(observed.text);
  const time = resolvePostedAt(observed.platform, observed.time, now, lang);
  const better = TIME_RANK[time.source] > TIME_RANK[before.postedAtSource];
  const priorityReasons = detectPriority(text, settings.complaintKeywords);
  return {
    ...rest,
    lastSeenAt: Math.max(before.lastSeenAt, now),
    authorName: observed.authorName.trim().slice(0, 300),
    authorUrl: safePlatformUrl(observed.authorUrl, observed.platform) ?? before.authorUrl,
    ...(observed.authorHeadline ? { authorHeadline: observed.authorHeadline.slice(0, 300) } : {}),
    text,
    priorityReasons,
    priority: priorityReasons.length > 0 ? 1 : 0,
    permalink: safePlatformUrl(observed.permalink, observed.platform) ?? before.permalink,
    postUrl: safePlatformUrl(observed.postUrl, observed.platform) ?? before.postUrl,
    parentId: observed.parentId,
    threadId: observed.parentId ?? observed.id,
    ...(better && { postedAt: time.at, postedAtSource: time.source }),
    ...summaryOf(observed),
  };
}
