import type { StoredComment } from '../model';
import type { Settings } from '../settings';
import { isWaiting } from './severity';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The Missed rule (settings, off by default): a comment still waiting after
 * `days` moves to Missed. It is kept, and Insights counts it as not answered,
 * but it no longer nudges (no badge, no notification). A visitor writing again
 * in its thread makes it wait again, counted from then.
 */

/** Comments whose wait began at or before this instant are missed at `now`. */
export function missedCutoff(now: number, days: number): number {
  return now - days * DAY_MS;
}

/** When the comment's wait, as the rule counts it, began: posted, or brought back from Missed. */
export function waitStart(comment: Pick<StoredComment, 'postedAt' | 'wokeAt'>): number {
  return Math.max(comment.postedAt, comment.wokeAt ?? Number.NEGATIVE_INFINITY);
}

/**
 * Whether the rule moves this comment to Missed at `now`: waiting (pending and
 * not snoozed right now: a snooze holds it until it ends) for longer than the
 * rule's days.
 */
export function isMissedAt(comment: StoredComment, rule: Settings['missedRule'], now: number): boolean {
  return rule.enabled && isWaiting(comment, now) && waitStart(comment) <= missedCutoff(now, rule.days);
}

/** The comment moved to Missed. Its Undo is kept: what the user last did still undoes as it was. */
export function toMissed(comment: StoredComment, now: number): StoredComment {
  return { ...comment, status: 'missed', missedAt: now };
}

/** The comment waiting again from `now`, because its visitor's thread came alive. */
export function fromMissed(comment: StoredComment, now: number): StoredComment {
  const { missedAt: _missedAt, ...rest } = comment;
  return { ...rest, status: 'pending', wokeAt: now };
}

/**
 * Keys of missed comments in a thread that wait again because a visitor wrote
 * in the thread since they were missed, as a snooze wakes (see `snoozesToWake`).
 * `newComments` are those first seen now; an old comment that merely scrolled
 * into view, written before the comment was missed, is not writing again.
 */
export function missedToWake(threadComments: readonly StoredComment[], newComments: readonly StoredComment[]): string[] {
  return threadComments
    .filter((comment) => comment.status === 'missed')
    .filter((missed) =>
      newComments.some(
        (fresh) =>
          fresh.key !== missed.key &&
          !fresh.authorIsPage &&
          fresh.pageKey === missed.pageKey &&
          fresh.platform === missed.platform &&
          fresh.threadId === missed.threadId &&
          fresh.postedAt >= (missed.missedAt ?? missed.postedAt),
      ),
    )
    .map((comment) => comment.key);
}
