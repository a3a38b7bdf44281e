// The background's side of bulk actions: one validated command, one transaction, every comment it
// reached keeps its own Undo, and the badge and conversations follow.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { createBackgroundService } from '../../utils/background/service';
import { refreshAllConversations } from '../../utils/db/conversations';
import { openDatabase, type ReplyRadarDb } from '../../utils/db/database';
import type { ManagedPage, StoredComment } from '../../utils/model';
import { commandMessageSchema } from '../../utils/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { storedComment } from './support/stored-comment';

const NOW = Date.UTC(2026, 11, 5, 9, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const POST = 'https://www.facebook.com/acmecoffee/posts/1';
const fromPopup: Runtime.MessageSender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };

const page: ManagedPage = {
  key: 'facebook:acmecoffee', platform: 'facebook', name: 'Acme Coffee', url: 'https://www.facebook.com/acmecoffee',
  slug: 'acmecoffee', thresholdHours: null, addedAt: NOW - 100 * DAY,
};

const comment = (id: string, hoursAgo: number, extra: Partial<StoredComment> = {}) =>
  storedComment({ key: `facebook:${id}`, platform: 'facebook', id, pageKey: page.key, postUrl: POST, postedAt: NOW - hoursAgo * HOUR, ...extra });

let db: ReplyRadarDb;
const log = vi.fn();
const service = () => createBackgroundService({ db, now: () => NOW, timeZone: () => 'UTC', loadSettings: async () => DEFAULT_SETTINGS, log });
const badge = () => fakeBrowser.action.getBadgeText({});

async function store(comments: StoredComment[]) {
  await db.transaction('rw', db.comments, db.pages, async () => {
    await db.comments.bulkPut(comments);
    await refreshAllConversations(db.comments, db.pages, DEFAULT_SETTINGS, 'UTC');
  });
}

beforeEach(async () => {
  db = openDatabase(`bulk-${Math.random()}`);
  await db.pages.add(page);
  log.mockClear();
});

describe('bulk actions in the background', () => {
  it("won't reply to everything waiting longer than 7 days, and Undo restores each comment as it was", async () => {
    await store([
      comment('1', 10 * 24),
      comment('2', 8 * 24, { undo: null, notifiedAt: NOW - DAY }),
      comment('3', 2 * 24),
      comment('4', 9 * 24, { snoozedUntil: NOW + HOUR }),
    ]);
    const worker = service();
    await worker.tick();
    expect(await badge()).toBe('3');
    const before = await db.comments.toArray();

    const result = await worker.onMessage({ type: 'bulk-action', scope: { kind: 'older-than', days: 7, pageKeys: null }, action: 'wont-reply' }, fromPopup);
    expect(result).toEqual({ ok: true, value: { keys: ['facebook:1', 'facebook:2'] } });
    expect((await db.comments.toArray()).map((c) => [c.key, c.status])).toEqual([
      ['facebook:1', 'wont-reply'],
      ['facebook:2', 'wont-reply'],
      ['facebook:3', 'pending'],
      ['facebook:4', 'pending'],
    ]);
    // The 2-day-old comment is overdue too, and is the only one left.
    expect(await badge()).toBe('1');

    await worker.onMessage({ type: 'comments-action', keys: ['facebook:1', 'facebook:2'], action: 'undo' }, fromPopup);
    expect(await db.comments.toArray()).toEqual(before);
    expect(await badge()).toBe('3');
  });

  it('reaches one post only, on the page named', async () => {
    await store([comment('1', 3), comment('2', 30), comment('3', 5, { postUrl: `${POST}0` })]);
    const result = await service().onMessage({ type: 'bulk-action', scope: { kind: 'post', pageKey: page.key, postUrl: POST }, action: 'wont-reply' }, fromPopup);
    expect(result).toMatchObject({ ok: true, value: { keys: expect.arrayContaining(['facebook:1', 'facebook:2']) } });
    expect((await db.comments.get('facebook:3'))?.status).toBe('pending');
    expect((await db.comments.get('facebook:1'))?.undo).toEqual({ status: 'pending', answeredBy: null, answeredAt: null, snoozedUntil: null });
  });

  it('says so when nothing is left to act on, and changes nothing', async () => {
    await store([comment('1', 3)]);
    const result = await service().onMessage({ type: 'bulk-action', scope: { kind: 'older-than', days: 7, pageKeys: null }, action: 'wont-reply' }, fromPopup);
    expect(result).toEqual({ ok: false, error: 'Nothing waits there any more.' });
    expect((await db.comments.get('facebook:1'))?.status).toBe('pending');
  });

  it('refuses a malformed bulk command before touching anything', async () => {
    await store([comment('1', 10 * 24)]);
    const worker = service();
    for (const bad of [
      { type: 'bulk-action', scope: { kind: 'older-than', days: 0, pageKeys: null }, action: 'wont-reply' },
      { type: 'bulk-action', scope: { kind: 'everything' }, action: 'wont-reply' },
      { type: 'bulk-action', scope: { kind: 'older-than', days: 7, pageKeys: null }, action: 'delete' },
      { type: 'bulk-action', scope: { kind: 'post', pageKey: page.key }, action: 'wont-reply' },
    ]) {
      expect(await worker.onMessage(bad, fromPopup)).toEqual({ ok: false, error: 'Reply Radar refused this request.' });
    }
    // A content script may not send it at all.
    const fromTab: Runtime.MessageSender = { id: 'test-extension-id', url: POST, tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false } };
    expect(await worker.onMessage({ type: 'bulk-action', scope: { kind: 'older-than', days: 7, pageKeys: null }, action: 'wont-reply' }, fromTab)).toEqual({ ok: false, error: 'Reply Radar refused this request.' });
    expect((await db.comments.get('facebook:1'))?.status).toBe('pending');
  });

  it('takes the Undo of a pile of 50,000 in one message', () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `facebook:${1_000_000_000 + i}`);
    expect(commandMessageSchema.safeParse({ type: 'comments-action', keys, action: 'undo' }).success).toBe(true);
  });

  it('handles a pile of thousands of conversations in one command, and undoes all of it', async () => {
    // More conversations than are looked up thread by thread: they are all recomputed at once.
    const pile = Array.from({ length: 2_100 }, (_, i) => comment(String(100_000 + i), 8 * 24 + i / 100));
    await store([...pile, comment('fresh', 1)]);
    const worker = service();
    const result = (await worker.onMessage({ type: 'bulk-action', scope: { kind: 'older-than', days: 7, pageKeys: null }, action: 'wont-reply' }, fromPopup)) as {
      ok: true;
      value: { keys: string[] };
    };
    expect(result.value.keys).toHaveLength(2_100);
    expect(await db.comments.where('convOverdueAt').between(-Infinity, Infinity, true, true).primaryKeys()).toEqual(['facebook:fresh']);
    expect(await db.comments.where('[status+postedAt]').between(['wont-reply', -Infinity], ['wont-reply', Infinity]).count()).toBe(2_100);

    await worker.onMessage({ type: 'comments-action', keys: result.value.keys, action: 'undo' }, fromPopup);
    expect(await db.comments.where('[status+postedAt]').between(['pending', -Infinity], ['pending', Infinity]).count()).toBe(2_101);
    expect(await db.comments.where('convOverdueAt').between(-Infinity, Infinity, true, true).count()).toBe(2_101);
  }, 60_000);
});
