import type { Ranked } from './severity';
import { formatNumber, plural, t } from '../i18n';

export interface BadgeState {
  text: string;
  color: string;
  title: string;
  overdue: number;
  dueSoon: number;
}

export const OVERDUE_COLOR = '#d93025';
export const DUE_SOON_COLOR = '#f29900';

/**
 * The toolbar badge for the comments still waiting (pass only those that are
 * waiting: pending and not snoozed). Red count of overdue; else amber count
 * of due soon; else empty.
 */
export function badgeFor(items: Ranked[], pageNames: ReadonlyMap<string, string>): BadgeState {
  const perPage = new Map<string, { overdue: number; dueSoon: number }>();
  for (const { comment, assessment } of items) {
    if (comment.status !== 'pending' || assessment.severity === 'ok') continue;
    const counts = perPage.get(comment.pageKey) ?? { overdue: 0, dueSoon: 0 };
    if (assessment.severity === 'overdue') counts.overdue += 1;
    else counts.dueSoon += 1;
    perPage.set(comment.pageKey, counts);
  }
  const pages = [...perPage].map(([pageKey, counts]) => ({ name: pageNames.get(pageKey) ?? pageKey, ...counts }));
  const overdue = sum(pages.map((p) => p.overdue));
  const dueSoon = sum(pages.map((p) => p.dueSoon));

  pages.sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || a.name.localeCompare(b.name));
  const title =
    pages.length === 0
      ? t('background.badge.caughtUp')
      : t('background.badge.title', {
          pages: pages.map((p) => t('background.badge.page', { page: p.name, counts: describeCounts(p.overdue, p.dueSoon) })).join('; '),
        });

  if (overdue > 0) return { text: badgeNumber(overdue), color: OVERDUE_COLOR, title, overdue, dueSoon };
  if (dueSoon > 0) return { text: badgeNumber(dueSoon), color: DUE_SOON_COLOR, title, overdue, dueSoon };
  return { text: '', color: DUE_SOON_COLOR, title, overdue, dueSoon };
}

function describeCounts(overdue: number, dueSoon: number): string {
  const parts: string[] = [];
  if (overdue > 0) parts.push(plural('background.badge.overdue', overdue));
  if (dueSoon > 0) parts.push(plural('background.badge.dueSoon', dueSoon));
  return parts.join(', ');
}

/** The badge fits about four characters. */
function badgeNumber(count: number): string {
  return count > 999 ? `${formatNumber(999)}+` : formatNumber(count);
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
