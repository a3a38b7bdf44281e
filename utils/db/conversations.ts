import Dexie, { type Table } from 'dexie';
import type { ManagedPage, Platform, StoredComment } from '../model';
import { CONVERSATION_FIELDS, conversationUpdates } from '../rules/conversation';
import { noteStoredRows } from './tallies-middleware';
import type { Settings } from '../settings';

/**
 * Keeping each conversation's stored due times current (see
 * utils/rules/conversation.ts). Every write that changes a comment's status,
 * snooze or notification, or the rules behind its due times, ends by running
 * the threads it touched through `refreshThreads` (or, for a rule change,
 * `refreshAllConversations`), inside its own transaction when it has one.
 *
 * These take tables rather than the database so the schema upgrade can run
 * them on its own transaction's tables.
 */

export interface ThreadRef {
  platform: Platform;
  threadId: string;
}

// The insert type varies between the typed tables and an upgrade transaction's; only reads and puts of whole rows happen here.
type Comments = Table<StoredComment, string, any>;
type Pages = Table<ManagedPage, string, any>;

function threadKey(c: ThreadRef): string {
  return `${c.platform}|${c.threadId}`;
}

/** Works out the conversations of these rows, grouped by thread; returns the rows to write. */
function updatesFor(rows: readonly StoredComment[], pages: readonly ManagedPage[], settings: Settings, timeZone: string): StoredComment[] {
  const pagesByKey = new Map(pages.map((p) => [p.key, p] as const));
  const byThread = new Map<string, StoredComment[]>();
  for (const row of rows) {
    const key = threadKey(row);
    const group = byThread.get(key);
    if (group) group.push(row);
    else byThread.set(key, [row]);
  }
  const changed: StoredComment[] = [];
  for (const thread of byThread.values()) {
    const page = pagesByKey.get(thread[0]!.pageKey);
    if (page) changed.push(...conversationUpdates(thread, page, settings, timeZone));
    // A page no longer tracked asks nothing of the user: its kept comments form no conversation.
    else changed.push(...thread.filter(hasConversation).map(withoutConversation));
  }
  return changed;
}

function hasConversation(comment: StoredComment): boolean {
  return CONVERSATION_FIELDS.some((field) => comment[field] !== undefined);
}

function withoutConversation(comment: StoredComment): StoredComment {
  const copy = { ...comment };
  for (const field of CONVERSATION_FIELDS) delete copy[field];
  return copy;
}

/** Recompute the conversations of these threads from everything stored about them. Returns how many rows changed. */
export async function refreshThreads(
  comments: Comments,
  pages: Pages,
  threads: readonly ThreadRef[],
  settings: Settings,
  timeZone: string,
): Promise<number> {
  if (threads.length === 0) return 0;
  const unique = [...new Map(threads.map((t) => [threadKey(t), [t.platform, t.threadId] as [string, string]])).values()];
  const [rows, allPages] = await Promise.all([comments.where('[platform+threadId]').anyOf(unique).toArray(), pages.toArray()]);
  const changed = updatesFor(rows, allPages, settings, timeZone);
  await writeRead(comments, rows, changed);
  return changed.length;
}

/**
 * Recompute every conversation: after a change of time limits, business
 * hours or time zone, an import, or the schema upgrade. Reads what waits and
 * what still carries a conversation, never the answered history.
 */
export async function refreshAllConversations(comments: Comments, pages: Pages, settings: Settings, timeZone: string): Promise<number> {
  const [pending, leads, allPages] = await Promise.all([
    comments.where('[status+postedAt]').between(['pending', Dexie.minKey], ['pending', Dexie.maxKey]).toArray(),
    comments.where('convOverdueAt').between(Dexie.minKey, Dexie.maxKey, true, true).toArray(),
    pages.toArray(),
  ]);
  const rows = new Map(pending.map((c) => [c.key, c] as const));
  for (const lead of leads) if (!rows.has(lead.key)) rows.set(lead.key, lead);
  const changed = updatesFor([...rows.values()], allPages, settings, timeZone);
  await writeRead(comments, rows.values(), changed);
  return changed.length;
}

/** Recompute one page's conversations: its time limit changed, or it was added or removed. */
export async function refreshPageConversations(comments: Comments, pages: Pages, pageKey: string, settings: Settings, timeZone: string): Promise<number> {
  const [pending, allPages] = await Promise.all([comments.where('[pageKey+status]').equals([pageKey, 'pending']).toArray(), pages.toArray()]);
  const changed = updatesFor(pending, allPages, settings, timeZone);
  await writeRead(comments, pending, changed);
  return changed.length;
}

/** Writes rows changed from `read`, handing Insights' tallies what was read so they don't read it again. */
async function writeRead(comments: Comments, read: Iterable<StoredComment>, changed: StoredComment[]): Promise<void> {
  if (changed.length === 0) return;
  noteStoredRows(Array.from(read, (row) => [row.key, row] as const));
  await comments.bulkPut(changed);
}

/** Beyond this many threads, reading every waiting comment (two index ranges) beats looking each thread up. */
export const THREADS_FOR_FULL_READ = 2_000;

/**
 * Write `changed` (comments whose status or snooze the caller changed) with
 * their threads' conversations worked out in the same write, so each row is
 * written once: at tens of thousands of rows, the write is the cost. The
 * threads are read before writing: one by one when few, or every waiting
 * comment and every conversation lead at once when many (as
 * `refreshAllConversations` does). Call inside a transaction over comments and pages.
 */
export async function writeWithConversations(
  comments: Comments,
  pages: Pages,
  changed: readonly StoredComment[],
  settings: Settings,
  timeZone: string,
): Promise<void> {
  if (changed.length === 0) return;
  const threads = new Map(changed.map((c) => [threadKey(c), [c.platform, c.threadId] as [string, string]]));
  const [stored, allPages] = await Promise.all([
    threads.size > THREADS_FOR_FULL_READ
      ? Promise.all([
          comments.where('[status+postedAt]').between(['pending', Dexie.minKey], ['pending', Dexie.maxKey]).toArray(),
          comments.where('convOverdueAt').between(Dexie.minKey, Dexie.maxKey, true, true).toArray(),
        ]).then(([pending, leads]) => [...pending, ...leads])
      : comments.where('[platform+threadId]').anyOf([...threads.values()]).toArray(),
    pages.toArray(),
  ]);
  const rows = new Map(stored.filter((c) => threads.has(threadKey(c))).map((c) => [c.key, c] as const));
  for (const c of changed) rows.set(c.key, c);
  const toWrite = new Map(changed.map((c) => [c.key, c] as const));
  for (const c of updatesFor([...rows.values()], allPages, settings, timeZone)) toWrite.set(c.key, c);
  // What was read is as stored; the caller's changed rows are not, so only the read ones are handed over.
  noteStoredRows(stored.filter((c) => threads.has(threadKey(c))).map((c) => [c.key, c] as const));
  await comments.bulkPut([...toWrite.values()]);
}
