import type { StoredComment } from '../model';
import { isWaiting } from './severity';

const DAY_MS = 24 * 60 * 60 * 1000;

/** "… older than 7 days": the popup's one-click clearing of what has waited too long. */
export const OLDER_THAN_DAYS = 7;

/**
 * What a bulk action reaches beyond the rows the user ticked: every comment
 * waiting on one post, or every comment waiting longer than some days (on
 * some pages, or all of them).
 */
export type BulkScope =
  | { kind: 'post'; pageKey: string; postUrl: string }
  | { kind: 'older-than'; days: number; pageKeys: string[] | null };

/** Comments posted at or before this instant have waited `days` or longer at `now`. */
export function olderThanCutoff(now: number, days: number): number {
  return now - days * DAY_MS;
}

/**
 * Whether a bulk action over `scope` touches this comment at `now`: it waits
 * for an answer right now (pending and not snoozed: a snooze is a decision
 * the user already took about it), on a page still tracked (comments kept from
 * a page no longer tracked aren't in the popup), and within the scope.
 */
export function inBulkScope(comment: StoredComment, scope: BulkScope, trackedPages: ReadonlySet<string>, now: number): boolean {
  if (!isWaiting(comment, now) || !trackedPages.has(comment.pageKey)) return false;
  switch (scope.kind) {
    case 'post':
      return comment.pageKey === scope.pageKey && comment.postUrl === scope.postUrl;
    case 'older-than':
      return comment.postedAt <= olderThanCutoff(now, scope.days) && (scope.pageKeys === null || scope.pageKeys.includes(comment.pageKey));
  }
}
