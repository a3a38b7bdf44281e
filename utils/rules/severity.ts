import type { ManagedPage, StoredComment } from '../model';
import type { Settings } from '../settings';
import { addCountedMs, countedMs } from './business-hours';

export type Severity = 'ok' | 'due-soon' | 'overdue';

export interface Assessment {
  severity: Severity;
  /** Calendar time since the comment was posted. */
  waitedMs: number;
  /** The part of it that counts (all of it unless business hours are on). */
  countedMs: number;
  thresholdMs: number;
  dueSoonAt: number;
  overdueAt: number;
}

/** A comment is due soon once this share of its threshold has passed. */
export const DUE_SOON_FRACTION = 0.75;

const HOUR_MS = 3_600_000;

/** Priority comments get the shorter of the priority threshold and the page's own; others the page's, else the default. */
export function thresholdHoursFor(
  comment: Pick<StoredComment, 'priority'>,
  page: Pick<ManagedPage, 'thresholdHours'> | undefined,
  settings: Settings,
): number {
  const regular = page?.thresholdHours ?? settings.defaultThresholdHours;
  return comment.priority === 1 ? Math.min(settings.priorityThresholdHours, regular) : regular;
}

export function assess(
  comment: StoredComment,
  page: ManagedPage | undefined,
  settings: Settings,
  now: number,
  timeZone: string,
): Assessment {
  const thresholdMs = thresholdHoursFor(comment, page, settings) * HOUR_MS;
  const counted = countedMs(comment.postedAt, now, settings, timeZone);
  const severity: Severity =
    counted >= thresholdMs ? 'overdue' : counted >= thresholdMs * DUE_SOON_FRACTION ? 'due-soon' : 'ok';
  return {
    severity,
    waitedMs: Math.max(0, now - comment.postedAt),
    countedMs: counted,
    thresholdMs,
    dueSoonAt: addCountedMs(comment.postedAt, thresholdMs * DUE_SOON_FRACTION, settings, timeZone),
    overdueAt: addCountedMs(comment.postedAt, thresholdMs, settings, timeZone),
  };
}

/** Still waiting for an answer and not snoozed right now. */
export function isWaiting(comment: StoredComment, now: number): boolean {
  return comment.status === 'pending' && (comment.snoozedUntil === null || comment.snoozedUntil <= now);
}

export interface Ranked {
  comment: StoredComment;
  assessment: Assessment;
}

const SEVERITY_RANK: Record<Severity, number> = { overdue: 0, 'due-soon': 1, ok: 2 };

/** Most urgent first: overdue, due soon, ok; priority first within each; then the longest waiting. */
export function compareUrgency(a: Ranked, b: Ranked): number {
  return (
    SEVERITY_RANK[a.assessment.severity] - SEVERITY_RANK[b.assessment.severity] ||
    b.comment.priority - a.comment.priority ||
    a.comment.postedAt - b.comment.postedAt ||
    (a.comment.key < b.comment.key ? -1 : a.comment.key > b.comment.key ? 1 : 0)
  );
}
