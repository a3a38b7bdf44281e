import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import type { ManagedPage, StoredComment } from '../../utils/model';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { assess, compareUrgency, DUE_SOON_FRACTION, isWaiting, thresholdHoursFor, type Ranked } from '../../utils/rules/severity';
import { storedComment } from './support/stored-comment';

const MIN = 60_000;
const HOUR = 60 * MIN;
const NY = 'America/New_York';
const T0 = Date.UTC(2026, 4, 12, 14, 0);

const page: ManagedPage = {
  key: 'facebook:acmecoffee', platform: 'facebook', name: 'Acme Coffee', url: 'https://www.facebook.com/acmecoffee',
  slug: 'acmecoffee', thresholdHours: null, addedAt: 0,
};

function comment(over: Partial<StoredComment> = {}): StoredComment {
  return storedComment({
    key: 'facebook:1',
    platform: 'facebook',
    id: '1',
    pageKey: page.key,
    threadId: '1',
    authorName: 'Bob Lee',
    text: 'hi',
    postedAt: T0,
    firstSeenAt: T0,
    lastSeenAt: T0,
    ...over,
  });
}

describe('thresholdHoursFor', () => {
  it('uses the default, the page\'s own threshold, and the shorter priority threshold', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, defaultThresholdHours: 24, priorityThresholdHours: 4 };
    expect(thresholdHoursFor({ priority: 0 }, page, settings)).toBe(24);
    expect(thresholdHoursFor({ priority: 0 }, undefined, settings)).toBe(24);
    expect(thresholdHoursFor({ priority: 0 }, { thresholdHours: 8 }, settings)).toBe(8);
    expect(thresholdHoursFor({ priority: 1 }, page, settings)).toBe(4);
    // A page stricter than the priority threshold stays strict for priority comments too.
    expect(thresholdHoursFor({ priority: 1 }, { thresholdHours: 2 }, settings)).toBe(2);
  });
});

describe('assess', () => {
  it('is ok, then due soon at 75 % of the threshold, then overdue past it', () => {
    const c = comment();
    expect(assess(c, page, DEFAULT_SETTINGS, T0 + 17 * HOUR, NY).severity).toBe('ok');
    expect(assess(c, page, DEFAULT_SETTINGS, T0 + 18 * HOUR - 1, NY).severity).toBe('ok');
    expect(assess(c, page, DEFAULT_SETTINGS, T0 + 18 * HOUR, NY).severity).toBe('due-soon');
    expect(assess(c, page, DEFAULT_SETTINGS, T0 + 24 * HOUR - 1, NY).severity).toBe('due-soon');
    const late = assess(c, page, DEFAULT_SETTINGS, T0 + 30 * HOUR, NY);
    expect(late).toEqual({
      severity: 'overdue', waitedMs: 30 * HOUR, countedMs: 30 * HOUR, thresholdMs: 24 * HOUR,
      dueSoonAt: T0 + 24 * HOUR * DUE_SOON_FRACTION, overdueAt: T0 + 24 * HOUR,
    });
  });

  it('applies the page threshold and the priority threshold', () => {
    const strictPage = { ...page, thresholdHours: 2 };
    expect(assess(comment(), strictPage, DEFAULT_SETTINGS, T0 + 2 * HOUR, NY).severity).toBe('overdue');
    expect(assess(comment(), page, DEFAULT_SETTINGS, T0 + 2 * HOUR, NY).severity).toBe('ok');
    const question = comment({ priority: 1, priorityReasons: ['question'] });
    expect(assess(question, page, DEFAULT_SETTINGS, T0 + 3 * HOUR, NY).severity).toBe('due-soon');
    expect(assess(question, page, DEFAULT_SETTINGS, T0 + 4 * HOUR, NY).severity).toBe('overdue');
  });

  it('with business hours, a Friday 16:45 comment and a 30-minute threshold is overdue Monday 9:15', () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      businessHours: { ...DEFAULT_SETTINGS.businessHours, enabled: true },
    };
    const halfHourPage = { ...page, thresholdHours: 0.5 };
    const friday = new TZDate(2026, 4, 15, 16, 45, NY).getTime();
    const c = comment({ postedAt: friday });

    const saturday = assess(c, halfHourPage, settings, new TZDate(2026, 4, 16, 12, 0, NY).getTime(), NY);
    expect(saturday).toMatchObject({ severity: 'ok', countedMs: 15 * MIN });
    expect(saturday.waitedMs).toBe(19 * HOUR + 15 * MIN);

    const mondayEarly = new TZDate(2026, 4, 18, 9, 7, NY).getTime();
    expect(assess(c, halfHourPage, settings, mondayEarly, NY).severity).toBe('ok');
    const dueSoon = new TZDate(2026, 4, 18, 9, 7, 30, NY).getTime();
    expect(assess(c, halfHourPage, settings, dueSoon, NY).severity).toBe('due-soon');
    const mondayNineFifteen = new TZDate(2026, 4, 18, 9, 15, NY).getTime();
    const monday = assess(c, halfHourPage, settings, mondayNineFifteen, NY);
    expect(monday.severity).toBe('overdue');
    expect(monday.overdueAt).toBe(mondayNineFifteen);
    expect(monday.dueSoonAt).toBe(dueSoon);
  });
});

describe('isWaiting', () => {
  it('is true for pending comments that are not snoozed right now', () => {
    expect(isWaiting(comment(), T0)).toBe(true);
    expect(isWaiting(comment({ snoozedUntil: T0 + HOUR }), T0)).toBe(false);
    expect(isWaiting(comment({ snoozedUntil: T0 }), T0)).toBe(true);
    expect(isWaiting(comment({ status: 'answered', answeredBy: 'page' }), T0)).toBe(false);
    expect(isWaiting(comment({ status: 'wont-reply' }), T0)).toBe(false);
    expect(isWaiting(comment({ status: 'own' }), T0)).toBe(false);
  });
});

describe('compareUrgency', () => {
  const now = T0 + 100 * HOUR;
  const rank = (id: string, over: Partial<StoredComment>): Ranked => {
    const c = comment({ key: `facebook:${id}`, id, ...over });
    return { comment: c, assessment: assess(c, page, DEFAULT_SETTINGS, now, NY) };
  };

  it('puts overdue first, then due soon, then ok; priority first within each; then the oldest', () => {
    const items = [
      rank('ok-old', { postedAt: now - 2 * HOUR }),
      rank('due-soon', { postedAt: now - 20 * HOUR }),
      rank('overdue-newer', { postedAt: now - 30 * HOUR }),
      rank('ok-priority', { postedAt: now - MIN, priority: 1 }),
      rank('overdue-older', { postedAt: now - 50 * HOUR }),
      rank('overdue-priority', { postedAt: now - 5 * HOUR, priority: 1 }),
      rank('ok-new', { postedAt: now - MIN }),
    ];
    expect(items.sort(compareUrgency).map((i) => i.comment.id)).toEqual([
      'overdue-priority', 'overdue-older', 'overdue-newer', 'due-soon', 'ok-priority', 'ok-old', 'ok-new',
    ]);
  });
});
