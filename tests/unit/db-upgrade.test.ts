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
  it('v1 → v2 keeps every page, comment, health check and meta entry, and the remaining indexes serve their queries', async () => {
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
    // v2 dropped the `pageKey` and `lastSeenAt` indexes; what used them now reads compound ranges.
    expect(db.comments.schema.indexes.map((i) => i.name).sort()).toEqual(['[pageKey+status]', '[platform+threadId]', '[status+postedAt]', 'answeredAt']);
    const pending = await db.comments.where('[status+postedAt]').between(['pending', 1_100], ['pending', 1_149], true, true).count();
    expect(pending).toBe(34); // i = 100…149 minus the 16 multiples of 3 (102…147), which are answered
    const onePage = await db.comments.where('[pageKey+status]').between(['facebook:acme', Dexie.minKey], ['facebook:acme', Dexie.maxKey]).count();
    expect(onePage).toBe(250);
  });
});
