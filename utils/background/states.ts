import type { ReplyRadarDb } from '../db/database';
import { commentKey, type ManagedPage, type Platform, type StoredComment } from '../model';
import { assess, isWaiting, type Severity } from '../rules';
import { formatWaited } from '../i18n';
import type { Settings } from '../settings';

/** What an on-page marker shows for one comment. */
export interface CommentState {
  id: string;
  waiting: boolean;
  answered: boolean;
  severity: Severity;
  waited: string;
  priority: boolean;
}

/** The states of the comments a content script has on screen, for its markers. */
export async function commentStates(
  db: ReplyRadarDb,
  platform: Platform,
  ids: string[],
  settings: Settings,
  now: number,
  timeZone: string,
): Promise<CommentState[]> {
  const [rows, pages] = await Promise.all([db.comments.bulkGet(ids.map((id) => commentKey(platform, id))), db.pages.toArray()]);
  return statesOf(rows, pages, settings, now, timeZone);
}

/** The marker states of stored rows (missing ones and the page's own comments have none). */
export function statesOf(
  rows: ReadonlyArray<StoredComment | undefined>,
  pages: readonly ManagedPage[],
  settings: Settings,
  now: number,
  timeZone: string,
): CommentState[] {
  const pagesByKey = new Map(pages.map((p) => [p.key, p] as const));
  const states: CommentState[] = [];
  for (const c of rows) {
    if (!c || c.status === 'own') continue;
    const a = assess(c, pagesByKey.get(c.pageKey), settings, now, timeZone);
    states.push({
      id: c.id,
      waiting: isWaiting(c, now),
      answered: c.status === 'answered',
      severity: a.severity,
      waited: formatWaited(a.waitedMs),
      priority: c.priority === 1,
    });
  }
  return states;
}
