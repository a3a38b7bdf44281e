// The popup's counts stop at a cap (as the badge does), so a closed popup never leaves IndexedDB walking the
// whole waiting pile; a count at its cap means "at least", and the user can still page through everything.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../utils/db/database';
import { conversationCounts, countCapFor, missedComments } from '../../utils/db/queries';
import type { ManagedPage } from '../../utils/model';
import { storedComment } from './support/stored-comment';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 8, 29, 11, 15);
const ACME: ManagedPage = { key: 'facebook:61550000000001', platform: 'facebook', name: 'Acme Coffee', addedAt: NOW - 30 * 24 * HOUR } as ManagedPage;
const BETA: ManagedPage = { key: 'facebook:61550000000002', platform: 'facebook', name: 'Beta Bakery', addedAt: NOW - 30 * 24 * HOUR } as ManagedPage;

/** `count` one-comment conversations on `page`, overdue, as the clock would have stored them; `snoozed` of them snoozed until after NOW. */
function waiting(page: ManagedPage, count: number, snoozed = 0) {
  return Array.from({ length: count }, (_, i) => {
    const id = `${page.key.slice(-1)}${String(i).padStart(6, '0')}`;
    const postedAt = NOW - 30 * HOUR - i;
    const asleep = i < snoozed;
    return storedComment({
      key: `facebook:${id}`, platform: 'facebook', id, pageKey: page.key, postedAt,
      convOverdueAt: postedAt + 24 * HOUR, convDueSoonAt: postedAt + 18 * HOUR, convWaitFrom: asleep ? NOW + HOUR : postedAt, convSize: 1,
      ...(asleep ? { snoozedUntil: NOW + HOUR } : {}),
    });
  });
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await db.pages.bulkPut([ACME, BETA]);
});

describe('the popup’s counts', () => {
  it('are exact under the cap, the snoozed taken off', async () => {
    await db.comments.bulkPut([...waiting(ACME, 5, 2), ...waiting(BETA, 2)]);
    const counts = await conversationCounts(NOW, [ACME.key, BETA.key], 10);
    expect(Object.fromEntries(counts.byPage)).toEqual({ [ACME.key]: 3, [BETA.key]: 2 });
    expect(counts.total).toBe(5);
  });

  it('stop at the cap, and a page at the cap keeps it: the snoozed can’t be taken off a floor', async () => {
    await db.comments.bulkPut([...waiting(ACME, 12, 2), ...waiting(BETA, 2)]);
    const counts = await conversationCounts(NOW, [ACME.key, BETA.key], 10);
    expect(counts.byPage.get(ACME.key)).toBe(10);
    expect(counts.byPage.get(BETA.key)).toBe(2);
    expect(counts.overdue).toBe(10);
    expect(counts.cap).toBe(10);
  });

  it('count past what has been read once the user shows more than the cap, so Show more never stops early', () => {
    expect(countCapFor(100)).toBe(1_000);
    expect(countCapFor(1_000)).toBe(1_001);
    expect(countCapFor(4_200)).toBe(4_201);
  });

  it('say when the Missed count is a floor', async () => {
    const missed = (n: number) =>
      Array.from({ length: n }, (_, i) => storedComment({ key: `facebook:9${i}`, platform: 'facebook', id: `9${i}`, pageKey: ACME.key, status: 'missed', postedAt: NOW - i }));
    await db.comments.bulkPut(missed(1_200));
    const page = await missedComments(100);
    expect(page.rows).toHaveLength(100);
    expect(page).toMatchObject({ total: 1_000, atLeast: true });
    const more = await missedComments(1_100);
    expect(more).toMatchObject({ total: 1_101, atLeast: true });
    await db.comments.clear();
    await db.comments.bulkPut(missed(30));
    expect(await missedComments(100)).toMatchObject({ total: 30, atLeast: false });
  });
});
