// The popup's Done tab: a page of the most recent decisions and their count, read off `[status+answeredAt]`.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../utils/db/database';
import { recentlyDoneComments } from '../../utils/db/queries';
import type { StoredComment } from '../../utils/model';
import { storedComment } from './support/stored-comment';

const NOW = Date.UTC(2026, 8, 29, 11, 15);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SINCE = NOW - 7 * DAY;

const row = (n: number, extra: Partial<StoredComment>) =>
  storedComment({ key: `facebook:${1_000 + n}`, platform: 'facebook', id: String(1_000 + n), pageKey: 'facebook:acme', postedAt: NOW - 30 * DAY, ...extra });

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('the Done tab’s rows', () => {
  it('gives the newest decisions of the last week first, a page at a time, with how many there are in all', async () => {
    await db.comments.bulkPut([
      // Answered and set aside this week, one an hour apart, newest n = 0.
      ...Array.from({ length: 30 }, (_, n) =>
        row(n, { status: n % 3 === 0 ? 'wont-reply' : 'answered', answeredBy: n % 3 === 0 ? null : 'page', answeredAt: NOW - n * HOUR }),
      ),
      // Decided before the week: not in Done.
      row(100, { status: 'answered', answeredBy: 'page', answeredAt: SINCE - HOUR }),
      row(101, { status: 'wont-reply', answeredAt: SINCE - HOUR }),
      // Still waiting, or the page's own comment: not in Done, whatever their dates.
      row(102, { status: 'pending', answeredAt: NOW - HOUR }),
      row(103, { status: 'own', authorIsPage: true, answeredAt: null, lastSeenAt: NOW }),
    ]);
    const first = await recentlyDoneComments(SINCE, 10);
    expect(first.total).toBe(30);
    expect(first.rows.map((c) => c.id)).toEqual(Array.from({ length: 10 }, (_, n) => String(1_000 + n)));
    const more = await recentlyDoneComments(SINCE, 100);
    expect(more.total).toBe(30);
    expect(more.rows).toHaveLength(30);
  });

  it('counts a won’t-reply kept without a decision time by when it was last seen', async () => {
    await db.comments.bulkPut([
      row(1, { status: 'answered', answeredBy: 'page', answeredAt: NOW - 2 * HOUR }),
      row(2, { status: 'wont-reply', answeredAt: null, lastSeenAt: NOW - HOUR }),
      row(3, { status: 'wont-reply', answeredAt: null, lastSeenAt: SINCE - DAY }),
    ]);
    const done = await recentlyDoneComments(SINCE, 100);
    expect(done.rows.map((c) => c.id)).toEqual(['1002', '1001']);
    expect(done.total).toBe(2);
  });
});
