import type { ManagedPage, StoredComment } from '../model';
import type { Settings } from '../settings';
import { minutesOfDay, parseClock } from './business-hours';
import { formatUnit, plural, t } from '../i18n';
import { pageDisplayName } from '../pages';

export interface PlannedNotification {
  pageKey: string;
  /** Every comment of the conversations this notification covers; the caller stamps their `notifiedAt`. */
  commentKeys: string[];
  /** The comment the notification opens when clicked: the oldest conversation's first. */
  oldestKey: string;
  title: string;
  message: string;
}

/** Whether `now` falls inside the quiet hours, which may run past midnight (20:00–08:00). Equal start and end: never quiet. */
export function isQuietTime(now: number, settings: Settings, timeZone: string): boolean {
  const quiet = settings.quietHours;
  if (!quiet.enabled) return false;
  const start = toMinutes(quiet.start);
  const end = toMinutes(quiet.end);
  const minute = minutesOfDay(now, timeZone);
  if (start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

function toMinutes(clock: string): number {
  const [hours, minutes] = parseClock(clock);
  return hours * 60 + minutes;
}

/** A conversation the clock found due for a notification. */
export interface DueConversation {
  /** The conversation's lead comment, carrying its due times (utils/rules/conversation.ts). */
  lead: StoredComment;
  /** Every comment waiting in it: the caller stamps their `notifiedAt`. */
  memberKeys: string[];
  /** The time limit of its most urgent comment. */
  thresholdMs: number;
}

/**
 * One notification per page for the overdue conversations nobody has been
 * told about yet ("3 conversations waiting over 24 h on Acme Coffee"). A
 * conversation is told about once, and once more each time a snooze of it
 * runs out (its `convNotifyAt`). Nothing while notifications are off or in
 * quiet hours; the conversations stay un-notified, so they come out when the
 * quiet hours end.
 */
export function planNotifications(
  conversations: readonly DueConversation[],
  pages: ReadonlyMap<string, ManagedPage>,
  settings: Settings,
  now: number,
  timeZone: string,
): PlannedNotification[] {
  if (!settings.notificationsEnabled || isQuietTime(now, settings, timeZone)) return [];

  const byPage = new Map<string, DueConversation[]>();
  for (const item of conversations) {
    const { lead } = item;
    if (lead.status !== 'pending' || lead.convNotifyAt === undefined || lead.convNotifyAt > now) continue;
    const group = byPage.get(lead.pageKey);
    if (group) group.push(item);
    else byPage.set(lead.pageKey, [item]);
  }

  return [...byPage].map(([pageKey, due]) => {
    due.sort((a, b) => a.lead.postedAt - b.lead.postedAt);
    const page = pages.get(pageKey);
    const pageName = page ? pageDisplayName(page) : pageKey;
    // Each waited past its own threshold, so all waited past the shortest one.
    const shortest = due.reduce((min, item) => Math.min(min, item.thresholdMs), Number.POSITIVE_INFINITY);
    return {
      pageKey,
      commentKeys: due.flatMap((item) => item.memberKeys),
      oldestKey: due[0]!.lead.key,
      title: t('extension.name'),
      message: plural('background.notification', due.length, { limit: formatThreshold(shortest), page: pageName }),
    };
  });
}

/** "24 hr", "1.5 hr", "30 min", as the interface's language writes them ("24 Std."). */
function formatThreshold(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return formatUnit(minutes, 'minute');
  return formatUnit(minutes / 60, 'hour', 1);
}
