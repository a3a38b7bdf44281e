import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import type { StoredComment } from '../../utils/model';
import { snoozesToWake, snoozeUntil } from '../../utils/rules/snooze';
import { storedComment } from './support/stored-comment';

const MIN = 60_000;
const HOUR = 60 * MIN;
const T0 = Date.UTC(2026, 4, 12, 14, 0);

function comment(id: string, over: Partial<StoredComment> = {}): StoredComment {
  return storedComment({
    key: `facebook:${id}`,
    platform: 'facebook', id,
    pageKey: 'facebook:acmecoffee',
    threadId: '100',
    authorName: 'Bob Lee',
    text: 'hi',
    postedAt: T0,
    firstSeenAt: T0,
    lastSeenAt: T0,
    ...over,
  });
}

describe('snoozeUntil', () => {
  it('snoozes for one or three hours, or until a chosen time', () => {
    expect(snoozeUntil({ kind: '1h' }, T0, 'UTC')).toBe(T0 + HOUR);
    expect(snoozeUntil({ kind: '3h' }, T0, 'UTC')).toBe(T0 + 3 * HOUR);
    expect(snoozeUntil({ kind: 'until', at: T0 + 42 * MIN }, T0, 'UTC')).toBe(T0 + 42 * MIN);
  });

  it.each([
    // [zone, now (local), expected (local)]
    ['America/New_York', [2026, 4, 12, 23, 30], [2026, 4, 13, 9, 0]],
    ['America/New_York', [2026, 4, 13, 0, 30], [2026, 4, 14, 9, 0]],
    ['Asia/Tokyo', [2026, 11, 31, 18, 0], [2027, 0, 1, 9, 0]],
    // The night the clocks go forward, "tomorrow" is still 9:00 on the wall.
    ['Europe/Berlin', [2026, 2, 28, 22, 0], [2026, 2, 29, 9, 0]],
    ['Europe/Berlin', [2026, 9, 24, 22, 0], [2026, 9, 25, 9, 0]],
  ] as const)('"tomorrow" in %s from %j is 9:00 the next day', (tz, now, expected) => {
    const [y, m, d, h, min] = now;
    const [ey, em, ed, eh, emin] = expected;
    const until = snoozeUntil({ kind: 'tomorrow' }, new TZDate(y, m, d, h, min, tz).getTime(), tz);
    expect(until).toBe(new TZDate(ey, em, ed, eh, emin, tz).getTime());
  });

  it('uses the user\'s zone: the same instant is a different "tomorrow" in Tokyo and New York', () => {
    const instant = Date.UTC(2026, 4, 12, 20, 0); // Tue 16:00 in New York, Wed 05:00 in Tokyo
    expect(new TZDate(snoozeUntil({ kind: 'tomorrow' }, instant, 'America/New_York'), 'America/New_York').getDate()).toBe(13);
    expect(new TZDate(snoozeUntil({ kind: 'tomorrow' }, instant, 'Asia/Tokyo'), 'Asia/Tokyo').getDate()).toBe(14);
  });
});

describe('snoozesToWake', () => {
  const snoozed = comment('100', { snoozedUntil: T0 + 3 * HOUR });

  it('wakes a snoozed comment when someone writes in its thread', () => {
    const answerBack = comment('101', { parentId: '100', postedAt: T0 + 30 * MIN, firstSeenAt: T0 + 31 * MIN });
    expect(snoozesToWake([snoozed, answerBack], [answerBack])).toEqual(['facebook:100']);
  });

  it('leaves it asleep when nothing new appeared, or the activity is elsewhere', () => {
    const old = comment('101', { parentId: '100', postedAt: T0 + 10 * MIN });
    expect(snoozesToWake([snoozed, old], [])).toEqual([]);
    const otherThread = comment('201', { threadId: '200', parentId: '200', postedAt: T0 + 30 * MIN });
    expect(snoozesToWake([snoozed], [otherThread])).toEqual([]);
    const otherPage = comment('102', { pageKey: 'facebook:other', parentId: '100', postedAt: T0 + 30 * MIN });
    expect(snoozesToWake([snoozed], [otherPage])).toEqual([]);
  });

  it('does not count an older reply that was only now scrolled into view', () => {
    const replySnoozed = comment('105', { parentId: '100', postedAt: T0 + 60 * MIN, snoozedUntil: T0 + 5 * HOUR });
    const olderSibling = comment('103', { parentId: '100', postedAt: T0 + 20 * MIN, firstSeenAt: T0 + 2 * HOUR });
    expect(snoozesToWake([replySnoozed, olderSibling], [olderSibling])).toEqual([]);
  });

  it('only wakes comments that are snoozed and still pending', () => {
    const plain = comment('100');
    const wontReply = comment('99', { status: 'wont-reply', snoozedUntil: T0 + HOUR, postedAt: T0 - MIN });
    const fresh = comment('101', { parentId: '100', postedAt: T0 + 30 * MIN });
    expect(snoozesToWake([plain, wontReply, fresh], [fresh])).toEqual([]);
  });
});
