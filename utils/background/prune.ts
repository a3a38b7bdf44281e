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
    const removed = await db.comments
      .where('lastSeenAt')
      .below(cutoff)
      .filter((c) => c.status === 'answered' || c.status === 'wont-reply' || c.status === 'own')
      .delete();
    const weekAgo = now - 7 * DAY;
    await db.meta
      .where('key')
      .between(NOTIFICATION_PREFIX, `${NOTIFICATION_PREFIX}\uffff`)
      .filter((m) => Number(m.key.slice(NOTIFICATION_PREFIX.length).split('-')[0]) < weekAgo)
      .delete();
    return removed;
  });
}
