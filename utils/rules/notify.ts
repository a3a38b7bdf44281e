import type { ManagedPage } from '../model';
import type { Settings } from '../settings';
import { minutesOfDay, parseClock } from './business-hours';
import type { Ranked } from './severity';
import { formatUnit, plural, t } from '../i18n';

export interface PlannedNotification {
  pageKey: string;
  /** Every comment this notification covers; the caller stamps their `notifiedAt`. */
  commentKeys: string[];
  /** The comment the notification opens when clicked. */
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

/**
 * One notification per page for the overdue comments nobody has been told
 * about yet. A comment is told about once, and once more each time a snooze
 * of it runs out. Nothing while notifications are off or in quiet hours; the
 * comments stay un-notified, so they come out when the quiet hours end.
 */
export function planNotifications(
  items: Ranked[],
  pages: ReadonlyMap<string, ManagedPage>,
  settings: Settings,
  now: number,
  timeZone: string,
): PlannedNotification[] {
  if (!settings.notificationsEnabled || isQuietTime(now, settings, timeZone)) return [];

  const byPage = new Map<string, Ranked[]>();
  for (const item of items) {
    if (!needsNotification(item, now)) continue;
    byPage.set(item.comment.pageKey, [...(byPage.get(item.comment.pageKey) ?? []), item]);
  }

  return [...byPage].map(([pageKey, due]) => {
    due.sort((a, b) => a.comment.postedAt - b.comment.postedAt);
    const pageName = pages.get(pageKey)?.name ?? pageKey;
    // Each comment waited past its own threshold, so all waited past the shortest one.
    const shortest = Math.min(...due.map((item) => item.assessment.thresholdMs));
    return {
      pageKey,
      commentKeys: due.map((item) => item.comment.key),
      oldestKey: due[0]!.comment.key,
      title: t('extension.name'),
      message: plural('background.notification', due.length, { limit: formatThreshold(shortest), page: pageName }),
    };
  });
}

function needsNotification({ comment, assessment }: Ranked, now: number): boolean {
  if (comment.status !== 'pending' || assessment.severity !== 'overdue') return false;
  const { snoozedUntil, notifiedAt } = comment;
  if (snoozedUntil !== null && snoozedUntil > now) return false;
  if (notifiedAt === null) return true;
  return snoozedUntil !== null && notifiedAt < snoozedUntil;
}

/** "24 hr", "1.5 hr", "30 min", as the interface's language writes them ("24 Std."). */
function formatThreshold(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return formatUnit(minutes, 'minute');
  return formatUnit(minutes / 60, 'hour', 1);
}
