import type { StoredComment } from '../model';
import { countedMs } from '../rules';
import type { Settings } from '../settings';

/** How long one answered comment waited for its first response. */
export interface ResponseTime {
  /** answeredAt − postedAt, in plain clock time. */
  calendarMs: number;
  /** The part of it inside business hours; equal to `calendarMs` when business hours are off. */
  countedMs: number;
  /**
   * The posting time was not shown on the page, so `postedAt` is when we first
   * saw the comment: the real wait was at least this long, possibly longer.
   */
  estimated: boolean;
}

/**
 * Measured from the comment's posted time (or first seen) to the page's reply
 * (its posted time, first seen, or when the user marked it: whatever the
 * background stored in `answeredAt`). Null unless the comment is answered.
 */
export function responseTime(
  comment: Pick<StoredComment, 'status' | 'postedAt' | 'postedAtSource' | 'answeredAt'>,
  settings: Settings,
  timeZone: string,
): ResponseTime | null {
  if (comment.status !== 'answered' || comment.answeredAt === null) return null;
  // A reply stamped before the comment (clock labels are coarse) counts as immediate, not negative.
  const answeredAt = Math.max(comment.answeredAt, comment.postedAt);
  return {
    calendarMs: answeredAt - comment.postedAt,
    countedMs: countedMs(comment.postedAt, answeredAt, settings, timeZone),
    estimated: comment.postedAtSource === 'first-seen',
  };
}
