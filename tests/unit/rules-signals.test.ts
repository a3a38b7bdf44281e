import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import type { ManagedPage, StoredComment } from '../../utils/model';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { badgeFor } from '../../utils/rules/badge';
import { conversationUpdates, dueTimes } from '../../utils/rules/conversation';
import { formatWaited } from '../../utils/i18n';
import { isQuietTime, planNotifications, type DueConversation } from '../../utils/rules/notify';
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

/** A one-comment conversation as the clock finds it: its lead carries the due times. */
function due(page: ManagedPage, hoursAgo: number, over: Partial<StoredComment> = {}, settings = DEFAULT_SETTINGS): DueConversation {
  const { comment } = waiting(page, hoursAgo, over);
  const lead = conversationUpdates([comment], page, settings, NY)[0] ?? comment;
  return { lead, memberKeys: [lead.key], thresholdMs: dueTimes(lead, page, settings, NY).thresholdMs };
}

describe('badgeFor', () => {
  it('shows the overdue count in red and lists the counts per page in the title', () => {
    const badge = badgeFor([
      { name: 'Acme Coffee', overdue: 2, dueSoon: 1 },
      { name: 'Best Bakery', overdue: 1, dueSoon: 0 },
    ]);
    expect(badge).toMatchObject({ text: '3', color: '#d93025', overdue: 3, dueSoon: 1 });
    expect(badge.title).toBe('Reply Radar — Acme Coffee: 2 overdue, 1 due soon; Best Bakery: 1 overdue');
  });

  it('shows the due-soon count in amber when nothing is overdue', () => {
    const badge = badgeFor([
      { name: 'Best Bakery', overdue: 0, dueSoon: 1 },
      { name: 'Acme Coffee', overdue: 0, dueSoon: 1 },
    ]);
    expect(badge).toMatchObject({ text: '2', color: '#f29900', overdue: 0, dueSoon: 2 });
    expect(badge.title).toBe('Reply Radar — Acme Coffee: 1 due soon; Best Bakery: 1 due soon');
  });

  it('is empty and "all caught up" when nothing is due', () => {
    expect(badgeFor([{ name: 'Acme Coffee', overdue: 0, dueSoon: 0 }])).toMatchObject({
      text: '',
      title: 'Reply Radar — all caught up',
      overdue: 0,
      dueSoon: 0,
    });
    expect(badgeFor([]).text).toBe('');
  });

  it('reads "999+" beyond 999, on the badge and in the title', () => {
    const badge = badgeFor([{ name: 'Acme Coffee', overdue: 1_000, dueSoon: 0 }]);
    expect(badge.text).toBe('999+');
    expect(badge.title).toBe('Reply Radar — Acme Coffee: 999+ overdue');
    expect(badgeFor([{ name: 'Acme Coffee', overdue: 999, dueSoon: 0 }]).text).toBe('999');
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
  it('plans one notification per page, counting conversations and naming the oldest', () => {
    const oldest = due(acme, 40);
    const items = [due(acme, 26), oldest, due(acme, 30), due(bakery, 5), due(acme, 3)];
    const planned = planNotifications(items, pages, DEFAULT_SETTINGS, NOW, NY);
    expect(planned).toHaveLength(2);
    const forAcme = planned.find((n) => n.pageKey === acme.key)!;
    expect(forAcme).toMatchObject({ title: 'Reply Radar', message: '3 conversations waiting over 24 hr on Acme Coffee', oldestKey: oldest.lead.key });
    expect(forAcme.commentKeys).toHaveLength(3);
    expect(forAcme.commentKeys[0]).toBe(oldest.lead.key);
    const forBakery = planned.find((n) => n.pageKey === bakery.key)!;
    expect(forBakery.message).toBe('1 conversation waiting over 4 hr on Best Bakery');
  });

  it('names a page known only by its number as a page, never by the bare number', () => {
    const byNumber = { ...makePage('facebook:61550000000001', '61550000000001'), platformId: '61550000000001' };
    const [planned] = planNotifications([due(byNumber, 30)], new Map([[byNumber.key, byNumber]]), DEFAULT_SETTINGS, NOW, NY);
    expect(planned!.message).toBe('1 conversation waiting over 24 hr on Facebook page 6155…0001');
  });

  it('covers every comment of a conversation, which counts once', () => {
    const opener = waiting(acme, 30, { id: 'op', key: 'facebook:op', threadId: 'op' }).comment;
    const reply = waiting(acme, 2, { id: 'r1', key: 'facebook:r1', threadId: 'op', parentId: 'op' }).comment;
    const lead = conversationUpdates([opener, reply], acme, DEFAULT_SETTINGS, NY).find((c) => c.key === opener.key)!;
    const [planned] = planNotifications([{ lead, memberKeys: [opener.key, reply.key], thresholdMs: 24 * HOUR }], pages, DEFAULT_SETTINGS, NOW, NY);
    expect(planned!.message).toBe('1 conversation waiting over 24 hr on Acme Coffee');
    expect(planned!.commentKeys).toEqual([opener.key, reply.key]);
  });

  it('quotes the shortest threshold when priority comments are among them', () => {
    const question = due(acme, 5, { priority: 1, priorityReasons: ['question'] });
    const [planned] = planNotifications([question, due(acme, 30)], pages, DEFAULT_SETTINGS, NOW, NY);
    expect(planned!.message).toBe('2 conversations waiting over 4 hr on Acme Coffee');
  });

  it('never notifies the same comment twice', () => {
    const told = due(acme, 30, { notifiedAt: NOW - HOUR });
    expect(planNotifications([told], pages, DEFAULT_SETTINGS, NOW, NY)).toEqual([]);
    const fresh = due(acme, 26);
    const [planned] = planNotifications([told, fresh], pages, DEFAULT_SETTINGS, NOW, NY);
    expect(planned!.commentKeys).toEqual([fresh.lead.key]);
  });

  it('notifies again once a snooze has run out, and only once', () => {
    const snoozeEnd = NOW - 10 * MIN;
    const wokeUp = due(acme, 30, { notifiedAt: NOW - 5 * HOUR, snoozedUntil: snoozeEnd });
    expect(planNotifications([wokeUp], pages, DEFAULT_SETTINGS, NOW, NY)).toHaveLength(1);
    const toldAfterWaking = due(acme, 30, { notifiedAt: NOW - 5 * MIN, snoozedUntil: snoozeEnd });
    expect(planNotifications([toldAfterWaking], pages, DEFAULT_SETTINGS, NOW, NY)).toEqual([]);
    const stillSnoozed = due(acme, 30, { notifiedAt: null, snoozedUntil: NOW + HOUR });
    expect(planNotifications([stillSnoozed], pages, DEFAULT_SETTINGS, NOW, NY)).toEqual([]);
  });

  it('only covers overdue, pending conversations', () => {
    const items = [due(acme, 20), due(acme, 30, { status: 'wont-reply' }), due(acme, 30, { status: 'answered', answeredBy: 'page' })];
    expect(planNotifications(items, pages, DEFAULT_SETTINGS, NOW, NY)).toEqual([]);
  });

  it('holds back in quiet hours and sends once they end', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, quietHours: { enabled: true, start: '20:00', end: '08:00' } };
    const night = new TZDate(2026, 4, 12, 23, 0, NY).getTime();
    const morning = new TZDate(2026, 4, 13, 8, 0, NY).getTime();
    const item = due(acme, 30, {}, settings);
    expect(planNotifications([item], pages, settings, night, NY)).toEqual([]);
    expect(planNotifications([item], pages, settings, morning, NY)).toHaveLength(1);
  });

  it('sends nothing when notifications are switched off', () => {
    const off: Settings = { ...DEFAULT_SETTINGS, notificationsEnabled: false };
    expect(planNotifications([due(acme, 30)], pages, off, NOW, NY)).toEqual([]);
  });

  it('words short thresholds in minutes', () => {
    const quick = makePage('facebook:quick', 'Quick Cafe', 0.5);
    const [planned] = planNotifications([due(quick, 1)], new Map([[quick.key, quick]]), DEFAULT_SETTINGS, NOW, NY);
    expect(planned!.message).toBe('1 conversation waiting over 30 min on Quick Cafe');
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
