import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../utils/db/database';
import { readInsightsTally } from '../../utils/db/insights';
import { TALLIES_MARKER, talliesOf } from '../../utils/db/tallies';
import { periodEnding } from '../../utils/insights';
import type { StoredComment } from '../../utils/model';
import { DEFAULT_SETTINGS, settingsItem } from '../../utils/settings';

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

/** Version 2 exactly as it shipped. */
function openVersion2(name: string) {
  const db = openVersion1(name);
  db.version(2).stores({ comments: '&key, [status+postedAt], [pageKey+status], [platform+threadId], answeredAt' });
  return db;
}

/** Version 4 exactly as it shipped (its upgrade from 3 left out: these tests start from its data). */
function openVersion4(name: string) {
  const db = openVersion2(name);
  db.version(3).stores({ pages: '&key, platform, [platform+platformId], [platform+slug]' });
  db.version(4).stores({
    comments:
      '&key, [status+postedAt], [pageKey+status], [platform+threadId], answeredAt, convOverdueAt, [pageKey+convOverdueAt], [pageKey+convDueSoonAt], convWaitFrom, convNotifyAt, snoozedUntil',
  });
  return db;
}

/** Version 5 exactly as it shipped. */
function openVersion5(name: string) {
  const db = openVersion4(name);
  db.version(5).stores({
    comments:
      '&key, [status+postedAt], [pageKey+status], [pageKey+status+priority+postedAt], [platform+threadId], answeredAt, convOverdueAt, [pageKey+convOverdueAt], [pageKey+convDueSoonAt], convWaitFrom, convNotifyAt, snoozedUntil',
  });
  return db;
}

/** Version 7 exactly as it shipped. */
function openVersion7(name: string) {
  const db = openVersion5(name);
  db.version(6).stores({
    comments:
      '&key, [status+postedAt], [pageKey+status], [pageKey+status+priority+postedAt], [pageKey+status+postedAt+answeredAt+priority+postedAtSource], [platform+threadId], answeredAt, convOverdueAt, [pageKey+convOverdueAt], [pageKey+convDueSoonAt], convWaitFrom, convNotifyAt, snoozedUntil',
  });
  db.version(7).stores({
    comments:
      '&key, [status+postedAt], [pageKey+status], [pageKey+status+priority+postedAt], [pageKey+status+postedAt+answeredAt+priority+postedAtSource], [platform+threadId], [status+answeredAt], convOverdueAt, [pageKey+convOverdueAt], [pageKey+convDueSoonAt], convWaitFrom, convNotifyAt, snoozedUntil',
  });
  return db;
}

const HOUR = 3_600_000;
const withoutConversation = ({ convOverdueAt: _o, convDueSoonAt: _d, convWaitFrom: _w, convNotifyAt: _n, convSize: _s, ...rest }: StoredComment) => rest;

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
    expect(db.verno).toBeGreaterThanOrEqual(2);
    // Later versions add fields to pages; everything v1 stored is still there.
    expect(await db.pages.toArray()).toMatchObject(pages);
    // v4 adds each waiting conversation's due times (tested below); everything else is as it was.
    expect((await db.comments.orderBy('key').toArray()).map(withoutConversation)).toEqual([...comments].sort((a, b) => (a.key < b.key ? -1 : 1)));
    expect(await db.health.count()).toBe(1);
    expect(await db.meta.get('last-check')).toEqual({ key: 'last-check', value: 42 });
    // v2 dropped the `pageKey` and `lastSeenAt` indexes; what used them now reads compound ranges.
    // (Later versions add the conversation indexes, v4, Insights' `[pageKey+status+priority+postedAt]`, v5, and
    // v7 turns `answeredAt` into the Done tab's `[status+answeredAt]`.)
    expect(db.comments.schema.indexes.map((i) => i.name).filter((n) => !/conv|snoozedUntil|priority/.test(n)).sort()).toEqual(['[pageKey+status]', '[platform+threadId]', '[status+answeredAt]', '[status+postedAt]']);
    const pending = await db.comments.where('[status+postedAt]').between(['pending', 1_100], ['pending', 1_149], true, true).count();
    expect(pending).toBe(34); // i = 100…149 minus the 16 multiples of 3 (102…147), which are answered
    const onePage = await db.comments.where('[pageKey+status]').between(['facebook:acme', Dexie.minKey], ['facebook:acme', Dexie.maxKey]).count();
    expect(onePage).toBe(250);
  });

  it('v2 → v3 keeps every page and comment, finds pages by id or vanity name, and tells placeholder names from chosen ones', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = openVersion2(name);
    const pages = [
      // Added by its numeric address with no name: the name is the number, a placeholder.
      { key: 'facebook:61550000000001', platform: 'facebook', name: '61550000000001', url: 'https://www.facebook.com/profile.php?id=61550000000001', platformId: '61550000000001', thresholdHours: null, addedAt: 1 },
      // Added by vanity address, named by the user.
      { key: 'facebook:acmecoffee', platform: 'facebook', name: 'Acme Coffee', url: 'https://www.facebook.com/acmecoffee', slug: 'acmecoffee', thresholdHours: 6, addedAt: 2 },
      // A record whose id and slug were only in its address.
      { key: 'linkedin:12345', platform: 'linkedin', name: 'acme-labs', url: 'https://www.linkedin.com/showcase/12345/', thresholdHours: null, addedAt: 3 },
    ];
    const comments = Array.from({ length: 40 }, (_, i) => ({
      key: `facebook:${i}`, platform: 'facebook', id: String(i), pageKey: i % 2 ? 'facebook:acmecoffee' : 'facebook:61550000000001', threadId: String(i),
      parentId: null, status: 'pending', postedAt: 1_000 + i, answeredAt: null, text: `comment ${i}`, authorName: 'Visitor',
    }));
    await old.table('pages').bulkAdd(pages);
    await old.table('comments').bulkAdd(comments);
    old.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(await db.comments.count()).toBe(40);
    expect(await db.pages.orderBy('key').toArray()).toEqual([
      { ...pages[0] },
      { ...pages[1], nameSource: 'user' },
      { ...pages[2], platformId: '12345', showcase: true, nameSource: 'user' },
    ]);
    expect(await db.pages.where('[platform+platformId]').equals(['facebook', '61550000000001']).primaryKeys()).toEqual(['facebook:61550000000001']);
    expect(await db.pages.where('[platform+slug]').equals(['facebook', 'acmecoffee']).primaryKeys()).toEqual(['facebook:acmecoffee']);
    expect(await db.pages.where('[platform+platformId]').equals(['linkedin', '12345']).primaryKeys()).toEqual(['linkedin:12345']);
  });

  it('v2 → v4 keeps every comment and works out each waiting conversation’s due times with the user’s settings', async () => {
    const name = `upgrade-${Math.random()}`;
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, defaultThresholdHours: 10 });
    const old = openVersion2(name);
    await old.table('pages').add({ key: 'facebook:acme', platform: 'facebook', name: 'Acme', url: 'https://www.facebook.com/acme', slug: 'acme', thresholdHours: null, addedAt: 1 });
    const row = (id: string, thread: string, postedAt: number, status = 'pending') => ({
      key: `facebook:${id}`, platform: 'facebook', id, pageKey: 'facebook:acme', threadId: thread, parentId: id === thread ? null : thread,
      status, postedAt, firstSeenAt: postedAt, lastSeenAt: postedAt, answeredAt: null, answeredBy: null, snoozedUntil: null, notifiedAt: null,
      priority: 0, text: 'hi', authorName: 'Visitor',
    });
    const comments = [row('1', '1', 5 * HOUR), row('2', '1', 2 * HOUR), row('3', '3', 0, 'answered'), row('4', '4', HOUR), row('5', '3', 3 * HOUR)];
    await old.table('comments').bulkAdd(comments);
    old.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(await db.comments.count()).toBe(5);
    const byKey = new Map((await db.comments.toArray()).map((c) => [c.key, c]));
    // Thread 1: its reply (posted at 2 h) waits longer than its opener's edit; the earliest waiting leads.
    expect(byKey.get('facebook:2')).toMatchObject({ convOverdueAt: 12 * HOUR, convDueSoonAt: 9.5 * HOUR, convSize: 2, convWaitFrom: 0 });
    expect(byKey.get('facebook:1')).not.toHaveProperty('convOverdueAt');
    expect(byKey.get('facebook:4')).toMatchObject({ convOverdueAt: 11 * HOUR, convSize: 1 });
    // Thread 3: its opener is answered, the visitor's later reply is the conversation.
    expect(byKey.get('facebook:5')).toMatchObject({ convOverdueAt: 13 * HOUR, convSize: 1 });
    expect(byKey.get('facebook:3')).not.toHaveProperty('convOverdueAt');
    const order = await db.comments.orderBy('convOverdueAt').primaryKeys();
    expect(order).toEqual(['facebook:4', 'facebook:2', 'facebook:5']);
    // The rest of each row is as it was.
    expect(byKey.get('facebook:3')).toEqual(comments[2]);
  });

  it('v4 → v5 keeps every comment and counts one page’s comments by status, priority and posting time', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = openVersion4(name);
    await old.table('pages').add({ key: 'facebook:acme', platform: 'facebook', name: 'Acme', url: 'https://www.facebook.com/acme', slug: 'acme', thresholdHours: null, addedAt: 1 });
    const comments = Array.from({ length: 60 }, (_, i) => ({
      key: `facebook:${i}`, platform: 'facebook', id: String(i), pageKey: i < 40 ? 'facebook:acme' : 'facebook:other', threadId: String(i), parentId: null,
      status: i % 2 ? 'pending' : 'answered', priority: i % 3 === 0 ? 1 : 0, postedAt: i * HOUR, firstSeenAt: i * HOUR, lastSeenAt: i * HOUR,
      answeredAt: i % 2 ? null : i * HOUR + 1, text: 'hi', authorName: 'Visitor',
      ...(i % 2 ? { convOverdueAt: i * HOUR + 24 * HOUR, convDueSoonAt: i * HOUR + 18 * HOUR, convWaitFrom: 0, convSize: 1 } : {}),
    }));
    await old.table('comments').bulkAdd(comments);
    old.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(7);
    expect(await db.comments.orderBy('key').toArray()).toEqual([...comments].sort((a, b) => (a.key < b.key ? -1 : 1)));
    // v7: the Done tab counts decisions by status and time off `[status+answeredAt]`, built from the stored rows.
    expect(await db.comments.where('[status+answeredAt]').between(['answered', 20 * HOUR], ['answered', Dexie.maxKey]).count()).toBe(20);
    // Acme's waiting priority comments posted from 10 h to 30 h: i = 15, 21, 27 (odd multiples of 3).
    const range = db.comments.where('[pageKey+status+priority+postedAt]').between(['facebook:acme', 'pending', 1, 10 * HOUR], ['facebook:acme', 'pending', 1, 30 * HOUR], true, true);
    expect(await range.primaryKeys()).toEqual(['facebook:15', 'facebook:21', 'facebook:27']);
    // What used `[pageKey+status]` still finds every comment of a page, and the conversations are as they were.
    expect(await db.comments.where('[pageKey+status]').between(['facebook:acme', Dexie.minKey], ['facebook:acme', Dexie.maxKey]).count()).toBe(40);
    expect(await db.comments.where('[pageKey+convOverdueAt]').between(['facebook:acme', Dexie.minKey], ['facebook:acme', Dexie.maxKey]).count()).toBe(20);
  });

  it('v5 → v6 keeps every comment, and Insights reads the answered ones already stored off the new index', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = openVersion5(name);
    const page = { key: 'facebook:acme', platform: 'facebook', name: 'Acme', url: 'https://www.facebook.com/acme', slug: 'acme', thresholdHours: null, addedAt: 1 };
    await old.table('pages').add(page);
    const NOW = (7 * 24 + 16) * HOUR;
    const comments = Array.from({ length: 30 }, (_, i) => ({
      key: `facebook:${i}`, platform: 'facebook', id: String(i), idSource: 'platform', pageKey: 'facebook:acme', threadId: String(i), parentId: null,
      status: (['answered', 'pending', 'wont-reply'] as const)[i % 3], answeredBy: i % 3 === 0 ? 'page' : null, priority: i % 2 ? 1 : 0,
      postedAt: i * HOUR, postedAtSource: i % 4 ? 'relative' : 'first-seen', firstSeenAt: i * HOUR, lastSeenAt: i * HOUR,
      answeredAt: i % 3 === 1 ? null : i * HOUR + 30 * 60_000, text: 'hi', authorName: 'Visitor',
    }));
    await old.table('comments').bulkAdd(comments);
    old.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(6);
    expect(await db.comments.orderBy('key').toArray()).toEqual([...comments].sort((a, b) => (a.key < b.key ? -1 : 1)));
    // The answered comments posted in the last 7 days (from 16 h): i = 18, 21, 24, 27, each answered half an hour later.
    const period = periodEnding(NOW, 7);
    const tally = await readInsightsTally({ pageKey: null, period, settings: DEFAULT_SETTINGS, timeZone: 'UTC' }, db);
    const answered = [...tally.answered].sort((a, b) => a.postedAt - b.postedAt);
    expect(answered.map((c) => c.key)).toEqual(['facebook:18', 'facebook:21', 'facebook:24', 'facebook:27']);
    expect(answered[0]).toEqual({
      key: 'facebook:18', pageKey: 'facebook:acme', status: 'answered', priority: 0, postedAt: 18 * HOUR, postedAtSource: 'relative', answeredAt: 18 * HOUR + 30 * 60_000,
    });
    expect(answered.map((c) => [c.priority, c.postedAtSource])).toEqual([[0, 'relative'], [1, 'relative'], [0, 'first-seen'], [1, 'relative']]);
  });

  it('v7 → v8 keeps every comment and works out Insights\' tallies from them', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = openVersion7(name);
    const comments = Array.from({ length: 90 }, (_, i) => ({
      key: `facebook:${i}`, platform: 'facebook', id: String(i), idSource: 'platform', pageKey: i % 3 ? 'facebook:acme' : 'facebook:other', threadId: String(i), parentId: null,
      status: (['answered', 'pending', 'wont-reply', 'missed', 'own'] as const)[i % 5], answeredBy: i % 5 === 0 ? 'page' : null, priority: i % 2 ? 1 : 0,
      postedAt: i * 7 * 60_000, postedAtSource: 'relative', firstSeenAt: i * HOUR, lastSeenAt: i * HOUR,
      answeredAt: i % 5 === 0 || i % 5 === 2 ? i * 7 * 60_000 + HOUR : null, text: 'hi', authorName: 'Visitor',
      ...(i % 5 === 1 ? { convOverdueAt: i * HOUR + 24 * HOUR, convDueSoonAt: i * HOUR + 18 * HOUR, convWaitFrom: 0, convSize: 1 } : {}),
    })) as unknown as StoredComment[];
    await old.table('comments').bulkAdd(comments);
    old.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(8);
    expect(await db.comments.orderBy('key').toArray()).toEqual([...comments].sort((a, b) => (a.key < b.key ? -1 : 1)));
    const byKey = <T extends { pageKey: string }>(rows: T[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    const expected = talliesOf(comments);
    expect(byKey(await db.quarterTallies.toArray())).toEqual(byKey(expected.quarters));
    expect(await db.pageTallies.get('facebook:acme')).toEqual({ pageKey: 'facebook:acme', comments: 60, conversations: 12 });
    expect((await db.meta.get(TALLIES_MARKER))?.value).toBe(true);
    // The answered comments' index of v6 is gone: the tallies carry what it did.
    expect(db.comments.schema.indexes.map((index) => index.name)).not.toContain('[pageKey+status+postedAt+answeredAt+priority+postedAtSource]');
  });
});
