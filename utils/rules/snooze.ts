import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import type { StoredComment } from '../model';

export type SnoozeChoice = { kind: '1h' } | { kind: '3h' } | { kind: 'tomorrow' } | { kind: 'until'; at: number };

const HOUR_MS = 3_600_000;
/** "Tomorrow" means the start of the next working morning in the user's zone. */
const TOMORROW_HOUR = 9;

export function snoozeUntil(choice: SnoozeChoice, now: number, timeZone: string): number {
  switch (choice.kind) {
    case '1h':
      return now + HOUR_MS;
    case '3h':
      return now + 3 * HOUR_MS;
    case 'tomorrow': {
      const next = addDays(new TZDate(now, timeZone), 1);
      return new TZDate(next.getFullYear(), next.getMonth(), next.getDate(), TOMORROW_HOUR, 0, 0, 0, timeZone).getTime();
    }
    case 'until':
      return choice.at;
  }
}

/**
 * Keys of snoozed pending comments in a thread that must come back early
 * because someone wrote in the thread after them. `newComments` are the
 * comments first seen in this check (so seen after any snooze began); an old
 * reply that merely scrolled into view for the first time, posted before the
 * snoozed comment, is not new activity.
 */
export function snoozesToWake(threadComments: StoredComment[], newComments: StoredComment[]): string[] {
  return threadComments
    .filter((comment) => comment.status === 'pending' && comment.snoozedUntil !== null)
    .filter((snoozed) =>
      newComments.some(
        (fresh) =>
          fresh.key !== snoozed.key &&
          fresh.pageKey === snoozed.pageKey &&
          fresh.platform === snoozed.platform &&
          fresh.threadId === snoozed.threadId &&
          (fresh.parentId === snoozed.id || fresh.postedAt >= snoozed.postedAt),
      ),
    )
    .map((comment) => comment.key);
}
