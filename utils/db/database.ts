import Dexie, { type EntityTable } from 'dexie';
import type { ManagedPage, ParserHealth, StoredComment } from '../model';

/** Small key/value facts the background must remember across service-worker restarts. */
export interface MetaEntry {
  key: string;
  value: unknown;
}

export const DB_NAME = 'reply-radar';

export type ReplyRadarDb = Dexie & {
  pages: EntityTable<ManagedPage, 'key'>;
  comments: EntityTable<StoredComment, 'key'>;
  health: EntityTable<ParserHealth, 'key'>;
  meta: EntityTable<MetaEntry, 'key'>;
};

/**
 * The schema, one `version()` per change. Never edit a shipped version:
 * add the next one (with an upgrade function when data must move) and a test
 * in tests/unit/db-upgrade.test.ts that opens the previous version's data.
 *
 * Indexes exist for the queries the popup and the clock run:
 * - `[status+postedAt]`: the pending list, oldest first, without a scan;
 * - `[pageKey+status]`: counts per page;
 * - `[platform+threadId]`: every comment of a thread, to decide "answered";
 * - `lastSeenAt`, `answeredAt`: retention pruning and insights periods;
 * - `[pageKey+postedAt]` (v2): one page's comments over a period, for Insights.
 */
export function openDatabase(name = DB_NAME): ReplyRadarDb {
  const db = new Dexie(name) as ReplyRadarDb;
  db.version(1).stores({
    pages: '&key, platform',
    comments: '&key, pageKey, [status+postedAt], [pageKey+status], [platform+threadId], lastSeenAt, answeredAt',
    health: '&key, pageKey, checkedAt',
    meta: '&key',
  });
  // v2: Insights reads one page's comments over 7 or 30 days; this index serves it without a scan.
  db.version(2).stores({
    comments:
      '&key, pageKey, [status+postedAt], [pageKey+status], [pageKey+postedAt], [platform+threadId], lastSeenAt, answeredAt',
  });
  return db;
}

/** The one database of the extension's origin (background, popup, options, insights). */
export const db = openDatabase();
