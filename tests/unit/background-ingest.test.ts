import { beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../utils/background/ingest';
import { openDatabase, type ReplyRadarDb } from '../../utils/db/database';
import type { ManagedPage, ObservedComment } from '../../utils/model';
import { DEFAULT_SETTINGS } from '../../utils/settings';

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

function visitor(id: string, text: string, extra: Partial<ObservedComment> = {}): ObservedComment {
  return {
    platform: 'facebook',
    id,
    idSource: 'platform',
    parentId: null,
    postUrl: POST,
    permalink: `${POST}&comment_id=${id}`,
    authorName: 'Jane Doe',
    authorUrl: 'https://www.facebook.com/jane.doe.77',
    authorIsPostAuthor: false,
    text,
    time: { label: '2h' },
    ...extra,
  };
}

function pageReply(id: string, parentId: string, label = '1h'): ObservedComment {
  return visitor(id, 'Thanks, we answered!', {
    parentId,
    authorName: 'Acme Coffee',
    authorUrl: 'https://www.facebook.com/profile.php?id=61550000000001',
    authorIsPostAuthor: true,
    time: { label },
  });
}

let db: ReplyRadarDb;
beforeEach(async () => {
  db = openDatabase(`ingest-${Math.random()}`);
  await db.pages.add(acme);
});

const batch = (comments: ObservedComment[], url = POST) => ({ url, page: { platform: 'facebook' as const, id: '61550000000001' }, comments });

describe('ingest', () => {
  it('stores visitor comments on a managed page as pending, with the time the page printed', async () => {
    const result = await ingest(db, batch([visitor('1', 'Do you ship to Canada?')]), DEFAULT_SETTINGS, NOW);
    expect(result).toMatchObject({ stored: 1, ignored: 0, added: ['facebook:1'] });
    const c = await db.comments.get('facebook:1');
    expect(c).toMatchObject({ status: 'pending', pageKey: acme.key, threadId: '1', priority: 1, priorityReasons: ['question'] });
    expect(c!.postedAt).toBe(NOW - 2 * HOUR);
    expect(c!.postedAtSource).toBe('relative');
  });

  it('never stores comments of pages the user does not manage', async () => {
    const other = { platform: 'facebook' as const, id: '999' };
    const result = await ingest(db, { url: 'https://www.facebook.com/other', page: other, comments: [visitor('1', 'hi')] }, DEFAULT_SETTINGS, NOW);
    expect(result).toMatchObject({ stored: 0, ignored: 1 });
    expect(await db.comments.count()).toBe(0);
  });

  it('keeps one record for a comment seen 100 times, moving its last-seen time', async () => {
    for (let i = 0; i < 100; i++) await ingest(db, batch([visitor('1', 'Hello?')]), DEFAULT_SETTINGS, NOW + i * 1000);
    expect(await db.comments.count()).toBe(1);
    const c = await db.comments.get('facebook:1');
    expect(c!.firstSeenAt).toBe(NOW);
    expect(c!.lastSeenAt).toBe(NOW + 99_000);
    // "2h" read again later must not drift the posting time.
    expect(c!.postedAt).toBe(NOW - 2 * HOUR);
  });

  it('marks a comment answered when the page replies in its thread, even in a later batch', async () => {
    await ingest(db, batch([visitor('1', 'Open on Sunday?')]), DEFAULT_SETTINGS, NOW);
    await ingest(db, batch([pageReply('2', '1')]), DEFAULT_SETTINGS, NOW + HOUR);
    const [c, reply] = await db.comments.bulkGet(['facebook:1', 'facebook:2']);
    expect(c).toMatchObject({ status: 'answered', answeredBy: 'page', answerKey: 'facebook:2' });
    expect(reply).toMatchObject({ status: 'own', authorIsPage: true });
  });

  it('does not count a reply by another visitor as an answer', async () => {
    const other = visitor('2', 'same question here', { parentId: '1', authorName: 'Tom', authorUrl: 'https://www.facebook.com/tom.5' });
    await ingest(db, batch([visitor('1', 'Recyclable?'), other]), DEFAULT_SETTINGS, NOW);
    expect((await db.comments.get('facebook:1'))!.status).toBe('pending');
    expect((await db.comments.get('facebook:2'))!.status).toBe('pending');
  });

  it('reopens the conversation when the visitor answers back after the page', async () => {
    const back = visitor('3', 'And to Alaska?', { parentId: '1', time: { label: 'Just now' } });
    await ingest(db, batch([visitor('1', 'Ship to Canada?'), pageReply('2', '1'), back]), DEFAULT_SETTINGS, NOW);
    expect((await db.comments.get('facebook:1'))!.status).toBe('answered');
    expect((await db.comments.get('facebook:3'))!.status).toBe('pending');
  });

  it('wakes a snoozed comment when new activity appears in its thread', async () => {
    await ingest(db, batch([visitor('1', 'Hello')]), DEFAULT_SETTINGS, NOW);
    await db.comments.update('facebook:1', { snoozedUntil: NOW + 10 * HOUR });
    const followUp = visitor('4', 'Anyone there?', { parentId: '1', time: { label: 'Just now' } });
    await ingest(db, batch([followUp]), DEFAULT_SETTINGS, NOW + HOUR);
    expect((await db.comments.get('facebook:1'))!.snoozedUntil).toBeNull();
  });

  it('keeps the user’s decision when the page reply arrives later', async () => {
    await ingest(db, batch([visitor('1', 'Hello')]), DEFAULT_SETTINGS, NOW);
    await db.comments.update('facebook:1', { status: 'wont-reply' });
    await ingest(db, batch([pageReply('2', '1')]), DEFAULT_SETTINGS, NOW + HOUR);
    expect((await db.comments.get('facebook:1'))!.status).toBe('wont-reply');
  });

  it('keeps the expanded text over a later collapsed reading, and takes an edit', async () => {
    const full = 'Love the new packaging! Is it recyclable? And compostable too?';
    await ingest(db, batch([visitor('1', full)]), DEFAULT_SETTINGS, NOW);
    await ingest(db, batch([visitor('1', 'Love the new packaging! Is it…')]), DEFAULT_SETTINGS, NOW + 1);
    expect((await db.comments.get('facebook:1'))!.text).toBe(full);
    await ingest(db, batch([visitor('1', 'Edited: never mind, found it')]), DEFAULT_SETTINGS, NOW + 2);
    expect((await db.comments.get('facebook:1'))!.text).toBe('Edited: never mind, found it');
  });

  it('cuts enormous text and refuses links that are not https on the platform’s host', async () => {
    const hostile = visitor('1', 'x'.repeat(100_000), { permalink: 'javascript:alert(1)', authorUrl: 'https://evil.example/' });
    await ingest(db, batch([hostile]), DEFAULT_SETTINGS, NOW);
    const c = await db.comments.get('facebook:1');
    expect(c!.text.length).toBe(5_000);
    expect(c!.text.endsWith('…')).toBe(true);
    expect(c!.permalink).toBeNull();
    expect(c!.authorUrl).toBeNull();
  });

  it('answers a comment whose collapsed replies summary names the page', async () => {
    await ingest(db, batch([visitor('1', 'Hi', { repliedByNames: ['Acme Coffee'] })]), DEFAULT_SETTINGS, NOW);
    expect((await db.comments.get('facebook:1'))).toMatchObject({ status: 'answered', answeredBy: 'page' });
  });
});
