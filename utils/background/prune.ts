import Dexie from 'dexie';
import type { ReplyRadarDb } from '../db/database';
import type { Settings } from '../settings';
import { NOTIFICATION_PREFIX } from './signals';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Forget what the user no longer needs: answered and won't-reply comments
 * not seen for the retention period, and old notification click targets.
 * Pending comments are never pruned: they are the work.
 */
export async function prune(db: ReplyRadarDb, settings: Settings, now: number): Promise<number> {
  const cutoff = now - settings.retentionDays * DAY;
  return db.transaction('rw', db.comments, db.meta, async () => {
    // A comment not seen since the cutoff was posted before it, so only those ranges are read.
    const stale = await Promise.all(
      (['answered', 'wont-reply', 'own'] as const).map((status) =>
        db.comments
          .where('[status+postedAt]')
          .between([status, Dexie.minKey], [status, cutoff])
          .filter((c) => c.lastSeenAt < cutoff)
          .primaryKeys(),
      ),
    );
    const keys = stale.flat();
    await db.comments.bulkDelete(keys);
    const weekAgo = now - 7 * DAY;
    await db.meta
      .where('key')
      .between(NOTIFICATION_PREFIX, `${NOTIFICATION_PREFIX}\uffff`)
      .filter((m) => Number(m.key.slice(NOTIFICATION_PREFIX.length).split('-')[0]) < weekAgo)
      .delete();
    return keys.length;
  });
}
