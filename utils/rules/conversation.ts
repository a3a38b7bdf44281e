import type { ManagedPage, StoredComment } from '../model';
import type { Settings } from '../settings';
import { addCountedMs } from './business-hours';
import { assess, compareUrgency, DUE_SOON_FRACTION, isWaiting, thresholdHoursFor, type Ranked } from './severity';
import { compareChronologically } from './thread';

/**
 * A conversation is a thread's visitor comments still waiting for the page:
 * the unit the user acts on, the badge counts and a notification names.
 * A visitor answering back after the page's reply opens a new one in the
 * same thread, which is the same row to the user.
 *
 * Its due times are computed when something about it changes and stored on
 * its lead comment (the earliest one waiting), so the clock, the badge and
 * the popup read a few index entries instead of judging every waiting
 * comment again on every tick.
 */
export interface ConversationDue {
  /** When a comment of it is first overdue and not snoozed. */
  convOverdueAt: number;
  /** When a comment of it is first due soon and not snoozed. */
  convDueSoonAt: number;
  /** When a comment of it is first not snoozed: later than now means the whole conversation is snoozed. */
  convWaitFrom: number;
  /** When it next needs a notification; absent when it needs none. */
  convNotifyAt?: number;
  /** How many comments wait in it, snoozed ones included. */
  convSize: number;
}

export const CONVERSATION_FIELDS = ['convOverdueAt', 'convDueSoonAt', 'convWaitFrom', 'convNotifyAt', 'convSize'] as const;

const HOUR_MS = 3_600_000;

export interface DueTimes {
  thresholdMs: number;
  dueSoonAt: number;
  overdueAt: number;
}

/** When one comment is due soon and overdue; a clock-free part of `assess`. */
export function dueTimes(
  comment: Pick<StoredComment, 'priority' | 'postedAt'>,
  page: Pick<ManagedPage, 'thresholdHours'> | undefined,
  settings: Settings,
  timeZone: string,
): DueTimes {
  const thresholdMs = thresholdHoursFor(comment, page, settings) * HOUR_MS;
  return {
    thresholdMs,
    dueSoonAt: addCountedMs(comment.postedAt, thresholdMs * DUE_SOON_FRACTION, settings, timeZone),
    overdueAt: addCountedMs(comment.postedAt, thresholdMs, settings, timeZone),
  };
}

/** The comments of a thread that make up its conversation: those still waiting for the page, oldest first. */
export function conversationMembers(threadComments: readonly StoredComment[]): StoredComment[] {
  return threadComments.filter((comment) => comment.status === 'pending').sort(compareChronologically);
}

/** A snooze delays a comment's due times to its end. */
function afterSnooze(instant: number, snoozedUntil: number | null | undefined): number {
  return snoozedUntil == null ? instant : Math.max(instant, snoozedUntil);
}

/**
 * When a waiting comment next needs a notification: once when it is overdue,
 * and once more after each snooze of it that ran out. Infinity: never.
 */
function notifyAt(comment: StoredComment, overdueAt: number): number {
  const { notifiedAt, snoozedUntil } = comment;
  const due = afterSnooze(overdueAt, snoozedUntil);
  if (notifiedAt == null) return due;
  if (snoozedUntil != null && notifiedAt < snoozedUntil) return due;
  return Number.POSITIVE_INFINITY;
}

/** The aggregate due times of a conversation's members (from `conversationMembers`); null when nothing waits. */
export function conversationDue(
  members: readonly StoredComment[],
  page: Pick<ManagedPage, 'thresholdHours'> | undefined,
  settings: Settings,
  timeZone: string,
): ConversationDue | null {
  if (members.length === 0) return null;
  let overdue = Number.POSITIVE_INFINITY;
  let dueSoon = Number.POSITIVE_INFINITY;
  let waitFrom = Number.POSITIVE_INFINITY;
  let notify = Number.POSITIVE_INFINITY;
  for (const member of members) {
    const times = dueTimes(member, page, settings, timeZone);
    overdue = Math.min(overdue, afterSnooze(times.overdueAt, member.snoozedUntil));
    dueSoon = Math.min(dueSoon, afterSnooze(times.dueSoonAt, member.snoozedUntil));
    waitFrom = Math.min(waitFrom, member.snoozedUntil ?? Number.NEGATIVE_INFINITY);
    notify = Math.min(notify, notifyAt(member, times.overdueAt));
  }
  return {
    convOverdueAt: overdue,
    convDueSoonAt: dueSoon,
    // Never snoozed is "waiting since forever"; 0 keeps the stored value a plain, indexable number.
    convWaitFrom: Math.max(0, waitFrom),
    ...(Number.isFinite(notify) ? { convNotifyAt: notify } : {}),
    convSize: members.length,
  };
}

/**
 * The comments of ONE thread whose conversation fields must change, as new
 * objects: the lead (earliest waiting comment) carries the conversation's
 * due times, every other comment carries none, so each conversation is one
 * entry in the indexes. Every writer that changes a comment's status, snooze,
 * notification or the rules behind its due times runs its thread through this.
 */
export function conversationUpdates(
  threadComments: readonly StoredComment[],
  page: Pick<ManagedPage, 'thresholdHours'> | undefined,
  settings: Settings,
  timeZone: string,
): StoredComment[] {
  const members = conversationMembers(threadComments);
  const due = conversationDue(members, page, settings, timeZone);
  const leadKey = members[0]?.key;
  const changed: StoredComment[] = [];
  for (const comment of threadComments) {
    const next = comment.key === leadKey ? due : null;
    if (sameConversationFields(comment, next)) continue;
    const updated: StoredComment = { ...comment };
    for (const field of CONVERSATION_FIELDS) delete updated[field];
    changed.push(next ? { ...updated, ...next } : updated);
  }
  return changed;
}

function sameConversationFields(comment: StoredComment, next: ConversationDue | null): boolean {
  return CONVERSATION_FIELDS.every((field) => comment[field] === next?.[field]);
}

/** What the popup shows for one conversation. */
export interface Conversation {
  /** The lead comment's key: the conversation's identity in lists. */
  key: string;
  /** The comment that needs an answer first: the earliest one not snoozed. */
  first: StoredComment;
  /** Every comment waiting and not snoozed, oldest first (`first` included). */
  waiting: StoredComment[];
  /** Comments of the conversation snoozed right now. */
  snoozed: StoredComment[];
  /** Its most urgent waiting comment, whose urgency is the conversation's. */
  urgent: Ranked;
}

/**
 * A conversation as the user sees it at `now`, from its thread's comments
 * (any of them; the rest of the thread is ignored). Null when none waits now.
 */
export function viewConversation(
  threadComments: readonly StoredComment[],
  page: ManagedPage | undefined,
  settings: Settings,
  now: number,
  timeZone: string,
): Conversation | null {
  const members = conversationMembers(threadComments);
  const waiting = members.filter((comment) => isWaiting(comment, now));
  if (waiting.length === 0) return null;
  const ranked = waiting.map((comment) => ({ comment, assessment: assess(comment, page, settings, now, timeZone) }));
  const urgent = ranked.sort(compareUrgency)[0]!;
  return {
    key: members[0]!.key,
    first: waiting[0]!,
    waiting,
    snoozed: members.filter((comment) => !isWaiting(comment, now)),
    urgent,
  };
}
