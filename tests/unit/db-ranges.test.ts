import { beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../utils/background/ingest';
import { openDatabase, type ReplyRadarDb } from '../../utils/db/database';
import { rangeLimit, rowsOfThreads, storedKeysAmong } from '../../utils/db/ranges';
import type { ManagedPage, ObservedComment, StoredComment } from '../../utils/model';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { storedComment } from './support/stored-comment';

const NOW = Date.UTC(2026, 8, 29, 11, 15);
const HOUR = 3_600_000;
const POST = 'https://www.facebook.com/permalink.php?story_fbid=pfbid02Xy&id=61550000000001';
const acme: ManagedPage = {
  key: 'facebook:61550000000001',
  platform: 'facebook',
  name: 'Acme Coffee',
  url: 'https://www.facebook.com/profile.php?id=61550000000001',
  platformId: '61550000000001',
  thresholdHours: null,
  addedAt: NOW - 10 * 24 * HOUR,
};

// Ids of one length, so their keys sort as their numbers do.
const id = (n: number) => String(1_000_000 + n);
const stored = (n: number, extra: Partial<StoredComment> = {}) =>
  storedComment({ key: `facebook:${id(n)}`, platform: 'facebook', id: id(n), pageKey: acme.key, postUrl: POST, postedAt: NOW - 5 * HOUR, ...extra });

function observed(n: number, extra: Partial<ObservedComment> = {}): ObservedComment {
  return {
    platform: 'facebook', id: id(n), idSource: 'platform', parentId: null, postUrl: POST, permalink: `${POST}&comment_id=${id(n)}`,
    authorName: 'Jane Doe', authorUrl: 'https://www.facebook.com/jane.doe.77', authorIsPostAuthor: false, text: 'Hello there', time: { label: '2h' },
    ...extra,
  };
}
const batch = (comments: ObservedComment[]) => ({ url: POST, page: { platform: 'facebook' as const, id: '61550000000001' }, comments });

let db: ReplyRadarDb;
beforeEach(async () => {
  db = openDatabase(`ranges-${Math.random()}`);
  await db.pages.add(acme);
});

describe('reading a batch’s comments and threads in a few requests', () => {
  it('finds exactly the stored keys, and says when the range is too crowded to tell', async () => {
    await db.comments.bulkPut([stored(10), stored(12), stored(14)]);
    expect(await storedKeysAmong(db.comments, [])).toEqual(new Set());
    expect(await storedKeysAmong(db.comments, [`facebook:${id(11)}`, `facebook:${id(12)}`, `facebook:${id(20)}`])).toEqual(new Set([`facebook:${id(12)}`]));
    // Two keys far apart with more rows between them than a range read is worth: each must be looked up.
    await db.comments.bulkPut(Array.from({ length: rangeLimit(2) }, (_, i) => stored(100 + i)));
    expect(await storedKeysAmong(db.comments, [`facebook:${id(1)}`, `facebook:${id(1000)}`])).toBeNull();
  });

  it('reads every row of the threads asked for, and none of the others, crowded or not', async () => {
    const rows = [stored(1), stored(2, { parentId: id(1), threadId: id(1) }), stored(5), stored(7), stored(8, { parentId: id(7), threadId: id(7) })];
    await db.comments.bulkPut(rows);
    const keys = async (threads: number[]) =>
      (await rowsOfThreads(db.comments, threads.map((n) => ['facebook', id(n)] as const))).map((r) => r.key).sort();
    expect(await keys([1, 7])).toEqual([rows[0]!.key, rows[1]!.key, rows[3]!.key, rows[4]!.key].sort());
    // Crowded: many other threads between the two asked for.
    await db.comments.bulkPut(Array.from({ length: rangeLimit(2) + 10 }, (_, i) => stored(1_000 + i)));
    await db.comments.bulkPut([stored(5_000), stored(5_001, { parentId: id(5_000), threadId: id(5_000) })]);
    expect(await keys([1, 5_000])).toEqual([rows[0]!.key, rows[1]!.key, `facebook:${id(5_000)}`, `facebook:${id(5_001)}`].sort());
  });

  it('merges a comment seen again into its record even when other comments crowd its key range', async () => {
    // Known from a notification as a top-level comment, it is in fact a reply: its stored thread is not the one read.
    await db.comments.bulkPut([stored(1), stored(3_000, { fromNotification: true, text: 'Quoted in the notification' })]);
    await db.comments.bulkPut(Array.from({ length: rangeLimit(2) + 10 }, (_, i) => stored(10 + i)));
    const before = await db.comments.count();
    const result = await ingest(db, batch([observed(2), observed(3_000, { parentId: id(1), text: 'The whole reply, as the post shows it' })]), DEFAULT_SETTINGS, NOW);
    expect(result.added).toEqual([`facebook:${id(2)}`]);
    expect(await db.comments.count()).toBe(before + 1);
    expect(await db.comments.get(`facebook:${id(3_000)}`)).toMatchObject({ text: 'The whole reply, as the post shows it', threadId: id(1), firstSeenAt: NOW - 5 * HOUR });
  });

  it('answers a comment stored long ago when the page replies, with many other threads between', async () => {
    await db.comments.bulkPut([stored(1)]);
    await db.comments.bulkPut(Array.from({ length: rangeLimit(1) + 10 }, (_, i) => stored(10 + i)));
    const reply = observed(5_000, { parentId: id(1), authorName: 'Acme Coffee', authorUrl: acme.url, authorIsPostAuthor: true, time: { label: '1h' } });
    const result = await ingest(db, batch([reply]), DEFAULT_SETTINGS, NOW);
    expect(result.restated).toBe(1);
    expect(await db.comments.get(`facebook:${id(1)}`)).toMatchObject({ status: 'answered', answeredBy: 'page' });
  });
});
