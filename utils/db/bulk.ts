import Dexie, { type Table } from 'dexie';
import type { ManagedPage, StoredComment } from '../model';
import { inBulkScope, olderThanCutoff, type BulkScope } from '../rules/bulk';

// The insert type varies between the typed tables and a transaction's; only reads happen here.
type Comments = Table<StoredComment, string, any>;
type Pages = Table<ManagedPage, string, any>;

/**
 * The comments a bulk action over `scope` reaches at `now`. One index range
 * holds every candidate (a page's waiting comments, or the waiting ones posted
 * before the cutoff), read in one request; `inBulkScope` decides each. Used by
 * the popup to show the count before acting and by the background to act,
 * so both count the same comments.
 */
export async function commentsInBulkScope(comments: Comments, pages: Pages, scope: BulkScope, now: number): Promise<StoredComment[]> {
  const [tracked, candidates] = await Promise.all([
    pages.toCollection().primaryKeys(),
    scope.kind === 'post'
      ? comments.where('[pageKey+status]').equals([scope.pageKey, 'pending']).toArray()
      : comments
          .where('[status+postedAt]')
          .between(['pending', Dexie.minKey], ['pending', olderThanCutoff(now, scope.days)], true, true)
          .toArray(),
  ]);
  const trackedPages = new Set(tracked);
  return candidates.filter((comment) => inBulkScope(comment, scope, trackedPages, now));
}
