import { formatNumber, plural, t } from '../i18n';

export interface BadgeState {
  text: string;
  color: string;
  title: string;
  overdue: number;
  dueSoon: number;
}

/** Conversations past their time limit (`overdue`) and within a quarter of it (`dueSoon`) on one page. */
export interface PageCounts {
  name: string;
  overdue: number;
  dueSoon: number;
}

export const OVERDUE_COLOR = '#d93025';
export const DUE_SOON_COLOR = '#f29900';
/** Counts are read up to this: the badge fits about four characters, and "999+" says enough. */
export const BADGE_COUNT_CAP = 1_000;

/**
 * The toolbar badge from the waiting conversations counted per page. Red
 * count of overdue; else amber count of due soon; else empty.
 */
export function badgeFor(counts: readonly PageCounts[]): BadgeState {
  const pages = counts.filter((p) => p.overdue > 0 || p.dueSoon > 0);
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
  if (overdue > 0) parts.push(plural('background.badge.overdue', overdue, { count: badgeNumber(overdue) }));
  if (dueSoon > 0) parts.push(plural('background.badge.dueSoon', dueSoon, { count: badgeNumber(dueSoon) }));
  return parts.join(', ');
}

/** "999+" rather than an unreadable number: the badge fits about four characters, and the popup's counts stop where the badge's do. */
export function badgeNumber(count: number): string {
  return count > 999 ? `${formatNumber(999)}+` : formatNumber(count);
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
