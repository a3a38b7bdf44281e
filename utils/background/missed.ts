import Dexie from 'dexie';
import type { ReplyRadarDb } from '../db/database';
import { writeWithConversations } from '../db/conversations';
import { isMissedAt, missedCutoff, toMissed } from '../rules/missed';
import type { Settings } from '../settings';

/**
 * Apply the Missed rule (utils/rules/missed.ts) at `now`: one range of the
 * `[status+postedAt]` index holds every candidate, the waiting comments posted
 * before the cutoff. Once moved they leave that range, so a clock tick reads
 * only what crossed the line since the last one (plus the few held by a
 * snooze or brought back by a visitor). One transaction; their conversations
 * follow, so the badge and notifications stop counting them.
 * Returns how many moved.
 */
export async function applyMissedRule(db: ReplyRadarDb, settings: Settings, now: number, timeZone: string): Promise<number> {
  const rule = settings.missedRule;
  if (!rule.enabled) return 0;
  return db.transaction('rw', db.comments, db.pages, async () => {
    const candidates = await db.comments
      .where('[status+postedAt]')
      .between(['pending', Dexie.minKey], ['pending', missedCutoff(now, rule.days)], true, true)
      .toArray();
    const missed = candidates.filter((comment) => isMissedAt(comment, rule, now)).map((comment) => toMissed(comment, now));
    if (missed.length === 0) return 0;
    await writeWithConversations(db.comments, db.pages, missed, settings, timeZone);
    return missed.length;
  });
}
