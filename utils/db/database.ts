import Dexie, { type EntityTable, type Table } from 'dexie';
import type { ManagedPage, ParserHealth, StoredComment } from '../model';
import { upgradedPage } from '../pages';
import { localTimeZone } from '../rules/business-hours';
import { loadSettings } from '../settings';
import { refreshAllConversations } from './conversations';
import { rebuildTallies } from './rebuild-tallies';
import type { PageTally, QuarterTally } from './tallies';
import { talliesMiddleware } from './tallies-middleware';

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
  quarterTallies: Table<QuarterTally, [string, number]>;
  pageTallies: EntityTable<PageTally, 'pageKey'>;
};

/**
 * The schema, one `version()` per change. Never edit a shipped version:
 * add the next one (with an upgrade function when data must move) and a test
 * in tests/unit/db-upgrade.test.ts that opens the previous version's data.
 *
 * Indexes exist for the queries the popup and the clock run:
 * - `[status+postedAt]`: the pending list, oldest first, without a scan;
 * - `[pageKey+status]`: counts per page, and all of one page's comments (by its prefix);
 * - `[pageKey+status+priority+postedAt]` (v5): Insights' counts for one page, by status, priority and day;
 * - `[platform+threadId]`: every comment of a thread, to decide "answered";
 * - `answeredAt`: the popup's Done list.
 * - `[status+postedAt]` also serves Insights (by status and period) and pruning.
 * - The conversation indexes (v4) hold only each conversation's lead comment
 *   (utils/rules/conversation.ts), so they grow with conversations, not with
 *   history: `convOverdueAt` orders the popup's list, `[pageKey+convOverdueAt]`
 *   and `[pageKey+convDueSoonAt]` count the badge per page, `convWaitFrom`
 *   finds snoozed conversations, `convNotifyAt` what the clock must announce;
 *   `snoozedUntil` lists the snoozed comments.
 */
export function openDatabase(name = DB_NAME): ReplyRadarDb {
  const db = new Dexie(name) as ReplyRadarDb;
  db.version(1).stores({
    pages: '&key, platform',
    comments: '&key, pageKey, [status+postedAt], [pageKey+status], [platform+threadId], lastSeenAt, answeredAt',
    health: '&key, pageKey, checkedAt',
    meta: '&key',
  });
  // v2: fewer indexes, since every index is paid on every write and ingest writes thousands of comments
  // in a burst: `pageKey` is served by the `[pageKey+status]` prefix, and pruning reads the
  // answered and won't-reply ranges of `[status+postedAt]` instead of a `lastSeenAt` index.
  db.version(2).stores({
    comments: '&key, [status+postedAt], [pageKey+status], [platform+threadId], answeredAt',
  });
  // v3: a page is found by what the platform calls it (numeric id, vanity slug), whichever address it
  // was added by, so learning and "already tracked" checks never scan. Older records get the id or
  // slug their address names, and a name that is only that address becomes a placeholder to learn over.
  db.version(3)
    .stores({ pages: '&key, platform, [platform+platformId], [platform+slug]' })
    .upgrade((tx) =>
      tx
        .table<ManagedPage, string>('pages')
        .toCollection()
        .modify((page) => {
          Object.assign(page, upgradedPage(page));
        }),
    );
  // v4: conversations' due times, computed when they change, so the clock, the badge and the popup read a
  // few index entries instead of judging every waiting comment again.
  db.version(4)
    .stores({
      comments:
        '&key, [status+postedAt], [pageKey+status], [platform+threadId], answeredAt, convOverdueAt, [pageKey+convOverdueAt], [pageKey+convDueSoonAt], convWaitFrom, convNotifyAt, snoozedUntil',
    })
    .upgrade(async (tx) => {
      // Settings live in extension storage; waitFor keeps the upgrade's transaction open while they load.
      const settings = await Dexie.waitFor(loadSettings());
      await refreshAllConversations(tx.table('comments'), tx.table('pages'), settings, localTimeZone());
    });
  // v5: Insights counts instead of reading (utils/db/insights.ts): one page's comments of a status and priority
  // posted in a span are a range of `[pageKey+status+priority+postedAt]`. The browser builds it from the stored
  // rows; nothing moves.
  db.version(5).stores({
    comments:
      '&key, [status+postedAt], [pageKey+status], [pageKey+status+priority+postedAt], [platform+threadId], answeredAt, convOverdueAt, [pageKey+convOverdueAt], [pageKey+convDueSoonAt], convWaitFrom, convNotifyAt, snoozedUntil',
  });
  // v6: Insights reads the answered comments of a period as index keys instead of rows (`ANSWERED` in
  // utils/db/insights.ts): the key carries what a response time needs. An entry exists only where every part is
  // a key, so only on comments with a reply time (answered, set aside); the browser builds it from the stored rows
  // and keeps it right on every write, so no writer has anything to do for it.
  db.version(6).stores({
    comments:
      '&key, [status+postedAt], [pageKey+status], [pageKey+status+priority+postedAt], [pageKey+status+postedAt+answeredAt+priority+postedAtSource], [platform+threadId], answeredAt, convOverdueAt, [pageKey+convOverdueAt], [pageKey+convDueSoonAt], convWaitFrom, convNotifyAt, snoozedUntil',
  });
  // v7: the popup's Done tab counts and pages its rows off `[status+answeredAt]` instead of reading every comment
  // answered in the last week and every won't-reply ever set (tens of thousands on a busy page, read on every open,
  // and still read by the browser after the popup closed, so the next open waited behind it). It replaces the
  // `answeredAt` index, which nothing else read. The browser builds it from the stored rows; nothing moves.
  db.version(7).stores({
    comments:
      '&key, [status+postedAt], [pageKey+status], [pageKey+status+priority+postedAt], [pageKey+status+postedAt+answeredAt+priority+postedAtSource], [platform+threadId], [status+answeredAt], convOverdueAt, [pageKey+convOverdueAt], [pageKey+convDueSoonAt], convWaitFrom, convNotifyAt, snoozedUntil',
  });
  // v8: Insights reads tallies kept by every write (utils/db/tallies.ts) instead of counting the comments: per page
  // and quarter-hour of posting, the comments of each status and priority and the answered ones' timings; per page,
  // the waiting conversations. The answered comments' index of v6 goes: the tallies carry what it did, and ingest
  // no longer pays for it on every row. The tallies are worked out once from the stored comments.
  db.version(8)
    .stores({
      comments:
        '&key, [status+postedAt], [pageKey+status], [pageKey+status+priority+postedAt], [platform+threadId], [status+answeredAt], convOverdueAt, [pageKey+convOverdueAt], [pageKey+convDueSoonAt], convWaitFrom, convNotifyAt, snoozedUntil',
      quarterTallies: '[pageKey+quarter]',
      pageTallies: '&pageKey',
    })
    .upgrade((tx) => rebuildTallies({ comments: tx.table('comments'), quarterTallies: tx.table('quarterTallies'), pageTallies: tx.table('pageTallies'), meta: tx.table('meta') }));
  db.use(talliesMiddleware);
  return db;
}

/** The one database of the extension's origin (background, popup, options, insights). */
export const db = openDatabase();
