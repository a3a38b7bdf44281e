import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { createBackgroundService } from '../../utils/background/service';
import { openDatabase, type ReplyRadarDb } from '../../utils/db/database';
import type { ObservedComment } from '../../utils/model';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';

const HOUR = 3_600_000;
const START = Date.UTC(2026, 8, 29, 11, 15);
const POST = 'https://www.facebook.com/permalink.php?story_fbid=pfbid02Xy&id=61550000000001';
const PAGE_KEY = 'facebook:61550000000001';

const fromTab: Runtime.MessageSender = { id: 'test-extension-id', url: POST, tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false } };
const fromPopup: Runtime.MessageSender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };

function comment(id: string, label: string, parentId: string | null = null, author = `Visitor ${id}`): ObservedComment {
  return {
    platform: 'facebook', id, idSource: 'platform', parentId, postUrl: POST, permalink: `${POST}&comment_id=${id}`,
    authorName: author, authorUrl: `https://www.facebook.com/visitor.${id}`, authorIsPostAuthor: false, text: 'Hello there', time: { label },
  };
}
const pageReply = (id: string, parentId: string, label: string): ObservedComment => ({
  ...comment(id, label, parentId, 'Acme Coffee'),
  authorUrl: 'https://www.facebook.com/profile.php?id=61550000000001',
});

let db: ReplyRadarDb;
let clock: number;
let settings: Settings;
let zone: string;
const service = () => createBackgroundService({ db, now: () => clock, timeZone: () => zone, loadSettings: async () => settings, log: vi.fn() });
const seen = (comments: ObservedComment[]) => ({ type: 'comments-seen', url: POST, page: { platform: 'facebook', id: '61550000000001' }, comments });
const badge = () => fakeBrowser.action.getBadgeText({});
const leads = async () => (await db.comments.where('convOverdueAt').between(-Infinity, Infinity, true, true).toArray()).map((c) => c.key);

beforeEach(async () => {
  db = openDatabase(`conversations-${Math.random()}`);
  clock = START;
  zone = 'UTC';
  settings = { ...DEFAULT_SETTINGS };
  await service().onMessage({ type: 'add-page', address: 'https://www.facebook.com/profile.php?id=61550000000001', name: 'Acme Coffee' }, fromPopup);
});

describe('conversations in the background', () => {
  it('counts a thread with several waiting visitors once, on the badge and in the notification', async () => {
    const worker = service();
    await worker.onMessage(seen([comment('1', '2d'), comment('2', '1d', '1'), comment('3', '30h', '1'), comment('9', '1d')]), fromTab);
    await worker.tick();
    expect(await badge()).toBe('2');
    const shown = Object.values(await fakeBrowser.notifications.getAll()) as { message: string }[];
    expect(shown.map((n) => n.message)).toEqual(['2 conversations waiting over 24 hr on Acme Coffee']);
    expect(await leads()).toEqual(['facebook:1', 'facebook:9']);
  });

  it('settles a whole conversation in one action, and Undo brings back each comment', async () => {
    const worker = service();
    await worker.onMessage(seen([comment('1', '2d'), comment('2', '1d', '1')]), fromTab);
    await worker.tick();
    expect(await badge()).toBe('1');
    const done = await worker.onMessage({ type: 'comments-action', keys: ['facebook:1', 'facebook:2'], action: 'mark-replied' }, fromPopup);
    expect(done).toMatchObject({ ok: true, value: { keys: ['facebook:1', 'facebook:2'] } });
    expect(await badge()).toBe('');
    expect(await leads()).toEqual([]);
    await worker.onMessage({ type: 'comments-action', keys: ['facebook:1', 'facebook:2'], action: 'undo' }, fromPopup);
    expect((await db.comments.bulkGet(['facebook:1', 'facebook:2'])).map((c) => c!.status)).toEqual(['pending', 'pending']);
    expect(await badge()).toBe('1');
    expect(await leads()).toEqual(['facebook:1']);
  });

  it('keeps the conversation when one comment of it is handled alone', async () => {
    const worker = service();
    await worker.onMessage(seen([comment('1', '2d'), comment('2', '1d', '1')]), fromTab);
    await worker.onMessage({ type: 'comment-action', key: 'facebook:1', action: 'wont-reply' }, fromPopup);
    expect(await leads()).toEqual(['facebook:2']);
    expect(await badge()).toBe('1');
  });

  it('reopens the same thread when a visitor answers back after the page', async () => {
    const worker = service();
    await worker.onMessage(seen([comment('1', '3d'), pageReply('2', '1', '2d')]), fromTab);
    await worker.tick();
    expect(await leads()).toEqual([]);
    await worker.onMessage(seen([comment('3', '30h', '1')]), fromTab);
    await worker.tick();
    expect(await leads()).toEqual(['facebook:3']);
    expect(await badge()).toBe('1');
  });

  it('moves every due time when the time limits change, for all pages or for one', async () => {
    const worker = service();
    await worker.onMessage(seen([comment('1', '30h'), comment('2', '10h')]), fromTab);
    await worker.tick();
    expect(await badge()).toBe('1');
    const before = { ...settings };
    settings = { ...settings, defaultThresholdHours: 48 };
    await worker.onSettingsChanged(settings, before);
    expect(await badge()).toBe('');
    await worker.onMessage({ type: 'update-page', key: PAGE_KEY, thresholdHours: 8 }, fromPopup);
    expect(await badge()).toBe('2');
  });

  it('only the tick after a snooze runs out brings the conversation back', async () => {
    const worker = service();
    await worker.onMessage(seen([comment('1', '2d')]), fromTab);
    await worker.onMessage({ type: 'comment-action', key: 'facebook:1', action: 'snooze', until: START + HOUR }, fromPopup);
    await worker.tick();
    expect(await badge()).toBe('');
    clock = START + HOUR + 60_000;
    await worker.tick();
    expect(await badge()).toBe('1');
  });

  it('works the due times out again when the computer changes time zone, for business hours', async () => {
    settings = { ...settings, defaultThresholdHours: 1, businessHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' } };
    const worker = service();
    // START is Tuesday 11:15 UTC; posted 2 h before: 09:15 UTC.
    await worker.onMessage(seen([comment('1', '2h')]), fromTab);
    await worker.tick();
    expect(await badge()).toBe('1');
    // In Los Angeles that was 02:15, and it is now 04:15: no business hour has passed yet.
    zone = 'America/Los_Angeles';
    await worker.tick();
    expect(await badge()).toBe('');
  });

  it('drops a page’s conversations when it stops being tracked, and brings them back when it is added again', async () => {
    const worker = service();
    await worker.onMessage(seen([comment('1', '2d')]), fromTab);
    await worker.onMessage({ type: 'remove-page', key: PAGE_KEY, deleteComments: false }, fromPopup);
    expect(await leads()).toEqual([]);
    expect(await db.comments.count()).toBe(1);
    await worker.onMessage({ type: 'add-page', address: 'https://www.facebook.com/profile.php?id=61550000000001', name: 'Acme Coffee' }, fromPopup);
    expect(await leads()).toEqual(['facebook:1']);
  });
});
