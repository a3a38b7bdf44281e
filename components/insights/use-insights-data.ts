import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../utils/db/database';
import type { StoredComment } from '../../utils/model';

/**
 * What Insights needs from the database: every comment answered or set aside
 * that was posted since `since` (straight off the `[status+postedAt]` index),
 * plus every pending comment whenever posted, for "waiting now". The page's own
 * comments are never read: they are not incoming work.
 */
export async function insightsComments(since: number): Promise<StoredComment[]> {
  const byStatus = (status: StoredComment['status'], from: number) =>
    db.comments.where('[status+postedAt]').between([status, from], [status, Dexie.maxKey]).toArray();
  const [answered, setAside, missed, pending] = await Promise.all([
    byStatus('answered', since),
    byStatus('wont-reply', since),
    byStatus('missed', since),
    byStatus('pending', Dexie.minKey),
  ]);
  return [...answered, ...setAside, ...missed, ...pending];
}

/** `undefined` while the first read runs. Re-reads when the database changes. */
export function useInsightsComments(since: number): StoredComment[] | undefined {
  return useLiveQuery(() => insightsComments(since), [since]);
}
