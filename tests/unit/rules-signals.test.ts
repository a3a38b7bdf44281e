import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import type { ManagedPage, StoredComment } from '../../utils/model';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { badgeFor } from '../../utils/rules/badge';
import { formatWaited } from '../../utils/i18n';
import { isQuietTime, planNotifications } from '../../utils/rules/notify';
import { assess, type Ranked } from '../../utils/rules/severity';
import { storedComment } from './support/stored-comment';

const MIN = 60_000;
const HOUR = 60 * MIN;
const NY = 'America/New_York';
const NOW = new TZDate(2026, 4, 12, 14, 0, NY).getTime(); // Tuesday 14:00 in New York

function makePage(key: string, name: string, thresholdHours: number | null = null): ManagedPage {
  return { key, platform: 'facebook', name, url: `https://www.facebook.com/${key.split(':')[1]}`, thresholdHours, addedAt: 0 };
}
const acme = makePage('facebook:acmecoffee', 'Acme Coffee');
const bakery = makePage('facebook:bestbakery', 'Best Bakery', 4);
const pages = new Map([acme, bakery].map((p) => [p.key, p]));
const pageNames = new Map([acme, bakery].map((p) => [p.key, p.name]));

let nextId = 1;
function waiting(page: ManagedPage, hoursAgo: number, over: Partial<StoredComment> = {}, now = NOW): Ranked {
  const id = String(nextId++);
  const comment = storedComment({
    key: `facebook:${id}`,
    platform: 'facebook',
    id,
    pageKey: page.key,
    authorName: 'Bob Lee',
    text: 'hi',
    postedAt: NOW - hoursAgo * HOUR,
    lastSeenAt: NOW,
    ...over,
  });
  return { comment, assessment: assess(comment, page, DEFAULT_SETTINGS, now, NY) };
}

describe('badgeFor', () => {
  it('shows the overdue count in red and lists the counts per page in the title', () => {
    const badge = badgeFor(
      [waiting(acme, 30), waiting(acme, 25), waiting(acme, 20), waiting(bakery, 5), waiting(acme, 1)],
      pageNames,
    );
    expect(badge).toMatchObject({ text: '3', color: '#d93025', overdue: 3, dueSoon: 1 });
    expect(badge.title).toBe('Reply Radar — Acme Coffee: 2 overdue, 1 due soon; Best Bakery: 1 overdue');
  });

  it('shows the due-soon count in amber when nothing is overdue', () => {
    const badge = badgeFor([waiting(acme, 19), waiting(bakery, 3.5), waiting(acme, 2)], pageNames);
    expect(badge).toMatchObject({ text: '2', color: '#f29900', overdue: 0, dueSoon: 2 });
    expect(badge.title).toBe('Reply Radar — Acme Coffee: 1 due soon; Best Bakery: 1 due soon');
  });

  it('is empty and "all caught up" when nothing is due', () => {
    expect(badgeFor([waiting(acme, 1)], pageNames)).toMatchObject({ text: '', title: 'Reply Radar — all caught up', overdue: 0, dueSoon: 0 });
    expect(badgeFor([], pageNames).text).toBe('');
  });

  it('ignores comments no longer pending and names unknown pages by key', () => {
    const answered = waiting(acme, 30, { status: 'answered', answeredBy: 'user' });
    const orphan = makePage('facebook:gone', 'Gone');
    const badge = badgeFor([answered, waiting(orphan, 30)], pageNames);
    expect(badge.text).toBe('1');
    expect(badge.title).toBe('Reply Radar — facebook:gone: 1 overdue');
  });
});

describe('isQuietTime', () => {
  const quiet: Settings = { ...DEFAULT_SETTINGS, quietHours: { enabled: true, start: '20:00', end: '08:00' } };
  const local = (d: number, h: number, m = 0) => new TZDate(2026, 4, d, h, m, NY).getTime();

  it('holds across midnight: 20:00 to 08:00', () => {
    expect(isQuietTime(local(12, 19, 59), quiet, NY)).toBe(false);
    expect(isQuietTime(local(12, 20, 0), quiet, NY)).toBe(true);
    expect(isQuietTime(local(12, 23, 30), quiet, NY)).toBe(true);
    expect(isQuietTime(local(13, 3, 0), quiet, NY)).toBe(true);
    expect(isQuietTime(local(13, 7, 59), quiet, NY)).toBe(true);
    expect(isQuietTime(local(13, 8, 0), quiet, NY)).toBe(false);
  });

  it('works for a window within one day, and is off when disabled', () => {
    const lunch: Settings = { ...DEFAULT_SETTINGS, quietHours: { enabled: true, start: '12:00', end: '13:00' } };
    expect(isQuietTime(local(12, 12, 30), lunch, NY)).toBe(true);
    expect(isQuietTime(local(12, 13, 0), lunch, NY)).toBe(false);
    expect(isQuietTime(local(12, 23, 0), { ...quiet, quietHours: { ...quiet.quietHours, enabled: false } }, NY)).toBe(false);
  });

  it('reads the clock in the user\'s zone', () => {
    // 21:00 in New York is 03:00 in Berlin the next day: quiet in both.
    const instant = local(12, 21);
    expect(isQuietTime(instant, quiet, 'Europe/Berlin')).toBe(true);
    // 14:00 in New York is 20:00 in Berlin.
    expect(isQuietTime(NOW, quiet, NY)).toBe(false);
    expect(isQuietTime(NOW, quiet, 'Europe/Berlin')).toBe(true);
  });
});

describe('planNotifications', () => {
  it('plans one notification per page, naming the oldest comment', () => {
    const oldest = waiting(acme, 40);
    const items = [waiting(acme, 26), oldest, waiting(acme, 30), waiting(bakery, 5), waiting(acme, 3)];
    const planned = planNotifications(items, pages, DEFAULT_SETTINGS, NOW, NY);
    expect(planned).toHaveLength(2);
    const forAcme = planned.find((n) => n.pageKey === acme.key)!;
    expect(forAcme).toMatchObject({ title: 'Reply Radar', message: '3 comments waiting over 24 hr on Acme Coffee', oldestKey: oldest.comment.key });
    expect(forAcme.commentKeys).toHaveLength(3);
    expect(forAcme.commentKeys[0]).toBe(oldest.comment.key);
    const forBakery = planned.find((n) => n.pageKey === bakery.key)!;
    expect(forBakery.message).toBe('1 comment waiting over 4 hr on Best Bakery');
  });

  it('quotes the shortest threshold when priority comments are among them', () => {
    const question = waiting(acme, 5, { priority: 1, priorityReasons: ['question'] });
    const [planned] = planNotifications([question, waiting(acme, 30)], pages, DEFAULT_SETTINGS, NOW, NY);
    expect(planned!.message).toBe('2 comments waiting over 4 hr on Acme Coffee');
  });

  it('never notifies the same comment twice', () => {
    const told = waiting(acme, 30, { notifiedAt: NOW - HOUR });
    expect(planNotifications([told], pages, DEFAULT_SETTINGS, NOW, NY)).toEqual([]);
    const fresh = waiting(acme, 26);
    const [planned] = planNotifications([told, fresh], pages, DEFAULT_SETTINGS, NOW, NY);
    expect(planned!.commentKeys).toEqual([fresh.comment.key]);
  });

  it('notifies again once a snooze has run out, and only once', () => {
    const snoozeEnd = NOW - 10 * MIN;
    const wokeUp = waiting(acme, 30, { notifiedAt: NOW - 5 * HOUR, snoozedUntil: snoozeEnd });
    expect(planNotifications([wokeUp], pages, DEFAULT_SETTINGS, NOW, NY)).toHaveLength(1);
    const toldAfterWaking = waiting(acme, 30, { notifiedAt: NOW - 5 * MIN, snoozedUntil: snoozeEnd });
    expect(planNotifications([toldAfterWaking], pages, DEFAULT_SETTINGS, NOW, NY)).toEqual([]);
    const stillSnoozed = waiting(acme, 30, { notifiedAt: null, snoozedUntil: NOW + HOUR });
    expect(planNotifications([stillSnoozed], pages, DEFAULT_SETTINGS, NOW, NY)).toEqual([]);
  });

  it('only covers overdue, pending comments', () => {
    const items = [waiting(acme, 20), waiting(acme, 30, { status: 'wont-reply' }), waiting(acme, 30, { status: 'answered', answeredBy: 'page' })];
    expect(planNotifications(items, pages, DEFAULT_SETTINGS, NOW, NY)).toEqual([]);
  });

  it('holds back in quiet hours and sends once they end', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, quietHours: { enabled: true, start: '20:00', end: '08:00' } };
    const night = new TZDate(2026, 4, 12, 23, 0, NY).getTime();
    const morning = new TZDate(2026, 4, 13, 8, 0, NY).getTime();
    const item = waiting(acme, 30, {}, night);
    expect(planNotifications([item], pages, settings, night, NY)).toEqual([]);
    expect(planNotifications([item], pages, settings, morning, NY)).toHaveLength(1);
  });

  it('sends nothing when notifications are switched off', () => {
    const off: Settings = { ...DEFAULT_SETTINGS, notificationsEnabled: false };
    expect(planNotifications([waiting(acme, 30)], pages, off, NOW, NY)).toEqual([]);
  });

  it('words short thresholds in minutes', () => {
    const quick = makePage('facebook:quick', 'Quick Cafe', 0.5);
    const [planned] = planNotifications([waiting(quick, 1)], new Map([[quick.key, quick]]), DEFAULT_SETTINGS, NOW, NY);
    expect(planned!.message).toBe('1 comment waiting over 30 min on Quick Cafe');
  });
});

describe('formatWaited', () => {
  it.each([
    [0, 'just now'],
    [59 * 1000, 'just now'],
    [MIN, '1 min'],
    [12 * MIN + 30_000, '12 min'],
    [59 * MIN, '59 min'],
    [HOUR, '1 hr'],
    [5 * HOUR + 59 * MIN, '5 hr'],
    [26 * HOUR, '26 hr'],
    [48 * HOUR - 1, '47 hr'],
    [48 * HOUR, '2 days'],
    [3 * 24 * HOUR + 5 * HOUR, '3 days'],
    [-5000, 'just now'],
  ])('%i ms reads "%s"', (ms, expected) => {
    expect(formatWaited(ms)).toBe(expected);
  });
});
