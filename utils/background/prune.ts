import Dexie from 'dexie';
import type { ReplyRadarDb } from '../db/database';
import type { Settings } from '../settings';
import { NOTIFICATION_PREFIX, NOTIFIED_KEYS_PREFIX } from './signals';

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
    // Told by their keys alone: a notification's full list of comments can be long, and needn't be read to be dropped.
    const notes = await Promise.all(
      [NOTIFICATION_PREFIX, NOTIFIED_KEYS_PREFIX].map(async (prefix) =>
        (await db.meta.where('key').startsWith(prefix).primaryKeys()).filter((key) => Number(key.slice(prefix.length).split('-')[0]) < weekAgo),
      ),
    );
    await db.meta.bulkDelete(notes.flat());
    return keys.length;
  });
}
