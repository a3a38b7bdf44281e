import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../utils/db/database';

// Each schema change adds a test here that opens the previous version's data
// with the current code and checks every record survived.

/** Version 1 exactly as it shipped. */
function openVersion1(name: string) {
  const db = new Dexie(name);
  db.version(1).stores({
    pages: '&key, platform',
    comments: '&key, pageKey, [status+postedAt], [pageKey+status], [platform+threadId], lastSeenAt, answeredAt',
    health: '&key, pageKey, checkedAt',
    meta: '&key',
  });
  return db;
}

describe('database upgrades', () => {
  it('v1 → v2 keeps every page, comment, health check and meta entry, and serves the new index', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = openVersion1(name);
    const pages = [{ key: 'facebook:acme', platform: 'facebook', name: 'Acme', url: 'https://www.facebook.com/acme', slug: 'acme', thresholdHours: 12, addedAt: 1 }];
    const comments = Array.from({ length: 250 }, (_, i) => ({
      key: `facebook:${i}`, platform: 'facebook', id: String(i), pageKey: 'facebook:acme', threadId: String(i), parentId: null,
      status: i % 3 === 0 ? 'answered' : 'pending', postedAt: 1_000 + i, firstSeenAt: 2_000, lastSeenAt: 3_000 + i, answeredAt: null,
      text: `comment ${i} ✓`, authorName: 'Visitor',
    }));
    await old.table('pages').bulkAdd(pages);
    await old.table('comments').bulkAdd(comments);
    await old.table('health').add({ key: 'facebook:https://www.facebook.com/acme', pageKey: 'facebook:acme', checkedAt: 5 });
    await old.table('meta').add({ key: 'last-check', value: 42 });
    old.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.pages.toArray()).toEqual(pages);
    expect(await db.comments.orderBy('key').toArray()).toEqual([...comments].sort((a, b) => (a.key < b.key ? -1 : 1)));
    expect(await db.health.count()).toBe(1);
    expect(await db.meta.get('last-check')).toEqual({ key: 'last-check', value: 42 });
    const inPeriod = await db.comments.where('[pageKey+postedAt]').between(['facebook:acme', 1_100], ['facebook:acme', 1_149], true, true).count();
    expect(inPeriod).toBe(50);
  });
});
