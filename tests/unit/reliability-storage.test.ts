// Storage faults and retention: a full disk is told to the user (and nothing half-written stays),
// and pruning forgets old answered and won't-reply comments but never the work still pending.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { prune } from '../../utils/background/prune';
import { createBackgroundService, PRUNE_ALARM } from '../../utils/background/service';
import { db } from '../../utils/db/database';
import { storageError } from '../../utils/db/queries';
import type { CommentStatus, ObservedComment, StoredComment } from '../../utils/model';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { storedComment } from './support/stored-comment';

const DAY = 24 * 3_600_000;
const NOW = Date.UTC(2026, 8, 29, 11, 15);
const POST = 'https://www.facebook.com/permalink.php?story_fbid=pfbid02Xy&id=61550000000001';
const fromTab: Runtime.MessageSender = { id: 'test-extension-id', url: POST, tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false } };
const fromPopup: Runtime.MessageSender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };

const visitor = (id: string): ObservedComment => ({
  platform: 'facebook', id, idSource: 'platform', parentId: null, postUrl: POST, permalink: `${POST}&comment_id=${id}`,
  authorName: `Visitor ${id}`, authorUrl: `https://www.facebook.com/visitor.${id}`, authorIsPostAuthor: false, text: 'Hello?', time: { label: '2h' },
});
const seen = (...ids: string[]) => ({ type: 'comments-seen', url: POST, page: { platform: 'facebook', id: '61550000000001' }, comments: ids.map(visitor) });

let settings: Settings;
const log = vi.fn();
// The extension's own database, the one the popup reads its warning from.
const service = () => createBackgroundService({ db, now: () => NOW, timeZone: () => 'UTC', loadSettings: async () => settings, log });

beforeEach(async () => {
  vi.restoreAllMocks();
  settings = { ...DEFAULT_SETTINGS };
  await Promise.all([db.comments.clear(), db.pages.clear(), db.meta.clear(), db.health.clear()]);
  await service().onMessage({ type: 'add-page', address: 'https://www.facebook.com/profile.php?id=61550000000001', name: 'Acme Coffee' }, fromPopup);
});

describe('a write that fails for quota', () => {
  it('is told to the popup in a sentence, keeps what was stored, and the warning clears once writes work again', async () => {
    await service().onMessage(seen('1'), fromTab);
    const before = await db.comments.toArray();

    vi.spyOn(db.comments, 'bulkPut').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const result = await service().onMessage(seen('1', '2', '3'), fromTab);
    expect(result).toEqual({ ok: false, error: "Your browser's storage for Reply Radar is full, so new comments are not being saved. Free some disk space, or export a backup and delete old data in Settings." });
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/QuotaExceededError/));
    // What the popup shows: its own sentence in the user's language, from this record.
    expect(await storageError()).toEqual({ message: 'QuotaExceededError', full: true, at: NOW });
    // Nothing half-written: the batch is one transaction.
    expect(await db.comments.toArray()).toEqual(before);

    vi.mocked(db.comments.bulkPut).mockRestore();
    expect(await service().onMessage(seen('2', '3'), fromTab)).toMatchObject({ stored: 2 });
    expect(await storageError()).toBeNull();
    expect(await db.comments.count()).toBe(3);
  });

  it('says what failed when a command cannot be saved', async () => {
    await service().onMessage(seen('1'), fromTab);
    vi.spyOn(db.comments, 'bulkPut').mockRejectedValue(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const result = await service().onMessage({ type: 'comment-action', key: 'facebook:1', action: 'mark-replied' }, fromPopup);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/full/) });
    expect((await db.comments.get('facebook:1'))!.status).toBe('pending');
    expect(await storageError()).not.toBeNull();
  });
});

describe('pruning', () => {
  function stored(id: string, status: CommentStatus, lastSeenDaysAgo: number): StoredComment {
    return storedComment({
      key: `facebook:${id}`,
      platform: 'facebook', id,
      pageKey: 'facebook:61550000000001',
      postUrl: POST,
      threadId: id,
      authorName: 'Jane',
      authorIsPage: status === 'own',
      text: 'Hi',
      postedAt: NOW - (lastSeenDaysAgo + 1) * DAY,
      postedAtSource: 'relative',
      firstSeenAt: NOW - (lastSeenDaysAgo + 1) * DAY,
      lastSeenAt: NOW - lastSeenDaysAgo * DAY, status,
      answeredBy: status === 'answered' ? 'page' : null,
    });
  }

  beforeEach(async () => {
    await db.comments.bulkPut([
      stored('old-answered', 'answered', 181),
      stored('old-wont', 'wont-reply', 400),
      stored('old-pending', 'pending', 900),
      stored('old-snoozed', 'pending', 365),
      stored('recent-answered', 'answered', 179),
      stored('recent-wont', 'wont-reply', 10),
      stored('recent-pending', 'pending', 1),
    ]);
    await db.comments.update('facebook:old-snoozed', { snoozedUntil: NOW + DAY });
  });

  const remaining = async () => (await db.comments.toArray()).map((c) => c.id).sort();

  it('deletes answered and won’t-reply comments older than the retention period, never pending ones', async () => {
    expect(await prune(db, settings, NOW)).toBe(2);
    expect(await remaining()).toEqual(['old-pending', 'old-snoozed', 'recent-answered', 'recent-pending', 'recent-wont']);
  });

  it('follows the retention option, and runs on its daily alarm', async () => {
    settings = { ...settings, retentionDays: 5 };
    await service().onAlarm(PRUNE_ALARM);
    expect(await remaining()).toEqual(['old-pending', 'old-snoozed', 'recent-pending']);
  });

  it("forgets notifications older than a week, with the full list of a big one's comments, and keeps the rest", async () => {
    const old = NOW - 8 * DAY;
    const recent = NOW - DAY;
    await db.meta.bulkPut([
      { key: `reply-radar:${old}-0`, value: { oldestKey: 'facebook:a', commentKeys: ['facebook:a'], allKeysAt: `reply-radar-notified:${old}-0` } },
      { key: `reply-radar-notified:${old}-0`, value: ['facebook:a', 'facebook:b'] },
      { key: `reply-radar:${recent}-0`, value: { oldestKey: 'facebook:c', commentKeys: ['facebook:c'], allKeysAt: `reply-radar-notified:${recent}-0` } },
      { key: `reply-radar-notified:${recent}-0`, value: ['facebook:c', 'facebook:d'] },
      { key: 'last-check', value: old },
    ]);
    await prune(db, settings, NOW);
    expect((await db.meta.toCollection().primaryKeys()).sort()).toEqual(['last-check', `reply-radar-notified:${recent}-0`, `reply-radar:${recent}-0`]);
  });

  it('does nothing to comments seen within the period however old they are', async () => {
    settings = { ...settings, retentionDays: 1_000 };
    expect(await prune(db, settings, NOW)).toBe(0);
    expect(await db.comments.count()).toBe(7);
  });
});

describe('importing a backup', () => {
  it('changes nothing when the write fails halfway: pages and comments land together or not at all', async () => {
    await service().onMessage(seen('1'), fromTab);
    const before = JSON.stringify([await db.pages.toArray(), await db.comments.toArray()]);
    const comment = (await db.comments.get('facebook:1'))!;
    const backup = {
      format: 'reply-radar-backup', version: 1, exportedAt: NOW, settings: {},
      pages: [{ key: 'facebook:otherpage', platform: 'facebook', name: 'Other', url: 'https://www.facebook.com/otherpage', slug: 'otherpage', thresholdHours: null, addedAt: NOW }],
      comments: [{ ...comment, key: 'facebook:77', id: '77', threadId: '77', pageKey: 'facebook:otherpage' }],
    };
    vi.spyOn(db.comments, 'bulkPut').mockRejectedValue(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const result = await service().onMessage({ type: 'import-backup', json: JSON.stringify(backup) }, fromPopup);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/full/) });
    expect(JSON.stringify([await db.pages.toArray(), await db.comments.toArray()])).toBe(before);

    vi.mocked(db.comments.bulkPut).mockRestore();
    expect(await service().onMessage({ type: 'import-backup', json: JSON.stringify(backup) }, fromPopup)).toMatchObject({ ok: true });
    expect(await db.pages.get('facebook:otherpage')).toBeDefined();
    expect(await db.comments.get('facebook:77')).toBeDefined();
  });
});
