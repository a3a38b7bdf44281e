import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { createBackgroundService, TICK_ALARM } from '../../utils/background/service';
import { openDatabase, type ReplyRadarDb } from '../../utils/db/database';
import type { ObservedComment } from '../../utils/model';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';

const HOUR = 3_600_000;
const START = Date.UTC(2026, 8, 29, 11, 15);
const POST = 'https://www.facebook.com/permalink.php?story_fbid=pfbid02Xy&id=61550000000001';

const fromTab: Runtime.MessageSender = { id: 'test-extension-id', url: POST, tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false } };
const fromPopup: Runtime.MessageSender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };

function comment(id: string, label: string, text = 'Hello there'): ObservedComment {
  return {
    platform: 'facebook', id, idSource: 'platform', parentId: null, postUrl: POST, permalink: `${POST}&comment_id=${id}`,
    authorName: `Visitor ${id}`, authorUrl: `https://www.facebook.com/visitor.${id}`, authorIsPostAuthor: false, text, time: { label },
  };
}

let db: ReplyRadarDb;
let clock: number;
let settings: Settings;
const log = vi.fn();
const service = () => createBackgroundService({ db, now: () => clock, timeZone: () => 'UTC', loadSettings: async () => settings, log });

beforeEach(async () => {
  db = openDatabase(`service-${Math.random()}`);
  clock = START;
  settings = { ...DEFAULT_SETTINGS };
  log.mockClear();
  await service().onMessage({ type: 'add-page', address: 'https://www.facebook.com/profile.php?id=61550000000001', name: 'Acme Coffee' }, fromPopup);
});

const seen = (comments: ObservedComment[]) => ({ type: 'comments-seen', url: POST, page: { platform: 'facebook', id: '61550000000001' }, comments });

describe('background service', () => {
  it('records comments from a platform tab and shows the overdue count in red on the badge', async () => {
    const worker = service();
    await worker.onMessage(seen([comment('1', '1d'), comment('2', '2d'), comment('3', '3d'), comment('4', '1h')]), fromTab);
    await worker.settled();
    expect(await db.comments.count()).toBe(4);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([217, 48, 37, 255]);
    expect(await fakeBrowser.action.getTitle({})).toContain('Acme Coffee');
  });

  it('drops malformed messages and messages from other senders, writing nothing', async () => {
    const bad = { ...seen([comment('1', '1d')]), comments: [{ ...comment('1', '1d'), id: '' }] };
    expect(await service().onMessage(bad, fromTab)).toMatchObject({ ok: false });
    const stranger = { ...fromTab, id: 'another-extension' };
    expect(await service().onMessage(seen([comment('1', '1d')]), stranger)).toMatchObject({ ok: false });
    const otherSite = { ...fromTab, url: 'https://evil.example/' };
    expect(await service().onMessage(seen([comment('1', '1d')]), otherSite)).toMatchObject({ ok: false });
    // A content script may not send commands that change data.
    expect(await service().onMessage({ type: 'delete-all-data' }, fromTab)).toMatchObject({ ok: false });
    expect(await db.comments.count()).toBe(0);
    expect(await db.pages.count()).toBe(1);
    expect(log).toHaveBeenCalledTimes(4);
  });

  it('notifies once per page per check, and never twice for the same comment, even after a restart', async () => {
    await service().onMessage(seen([comment('1', '1d'), comment('2', '2d')]), fromTab);
    await service().onAlarm(TICK_ALARM);
    let shown = Object.values(await fakeBrowser.notifications.getAll());
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ message: expect.stringMatching(/^2 conversations waiting over 24 hr on Acme Coffee/) });

    // A new worker (the old one was stopped) ticks again a minute later: nothing new to say.
    clock += 60_000;
    await service().onAlarm(TICK_ALARM);
    shown = Object.values(await fakeBrowser.notifications.getAll());
    expect(shown).toHaveLength(1);
  });

  it('takes a notification off the screen once every comment it is about has been dealt with', async () => {
    await service().onMessage(seen([comment('1', '1d'), comment('2', '2d')]), fromTab);
    await service().onAlarm(TICK_ALARM);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1);
    await service().onMessage({ type: 'comment-action', key: 'facebook:1', action: 'mark-replied' }, fromPopup);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1);
    await service().onMessage({ type: 'comment-action', key: 'facebook:2', action: 'wont-reply' }, fromPopup);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(0);
  });

  it('keeps a notification about hundreds of conversations on screen until the last of them is dealt with, wherever it is in the list', async () => {
    // Comment 250 is the oldest, so comment 1 comes last in the notification's list, far beyond its first hundred.
    const many = Array.from({ length: 250 }, (_, i) => comment(String(i + 1), `${25 + i}h`));
    await service().onMessage(seen(many), fromTab);
    await service().onAlarm(TICK_ALARM);
    const shown = Object.values(await fakeBrowser.notifications.getAll());
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ message: expect.stringMatching(/^250 conversations waiting/) });

    const allBut1 = many.slice(1).map((c) => `facebook:${c.id}`);
    await service().onMessage({ type: 'comments-action', keys: allBut1, action: 'mark-replied' }, fromPopup);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1);
    // Still there for a new worker, a tick later: comment 1 waits.
    clock += 60_000;
    await service().onAlarm(TICK_ALARM);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1);

    await service().onMessage({ type: 'comment-action', key: 'facebook:1', action: 'wont-reply' }, fromPopup);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(0);
    // Nothing of it is left behind to be read by every later badge run.
    expect(await db.meta.filter((m) => m.key.startsWith('reply-radar')).count()).toBe(0);
  });

  it('keeps a big notification while comments dealt with earlier wait again after an undo', async () => {
    const many = Array.from({ length: 150 }, (_, i) => comment(String(i + 1), `${25 + i}h`));
    const allBut1 = many.slice(1).map((c) => `facebook:${c.id}`);
    await service().onMessage(seen(many), fromTab);
    await service().onAlarm(TICK_ALARM);
    await service().onMessage({ type: 'comments-action', keys: allBut1, action: 'mark-replied' }, fromPopup);
    await service().onMessage({ type: 'comments-action', keys: allBut1, action: 'undo' }, fromPopup);
    // The one left waiting is dealt with, but the 149 wait again: the notification is still about work to do.
    await service().onMessage({ type: 'comment-action', key: 'facebook:1', action: 'mark-replied' }, fromPopup);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1);
    await service().onMessage({ type: 'comments-action', keys: allBut1, action: 'wont-reply' }, fromPopup);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(0);
  });

  it('holds notifications back in quiet hours but still counts on the badge', async () => {
    settings = { ...settings, quietHours: { enabled: true, start: '08:00', end: '20:00' } };
    await service().onMessage(seen([comment('1', '2d')]), fromTab);
    await service().onAlarm(TICK_ALARM);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('marks replied from the popup, clears the badge, and undo brings it back', async () => {
    const worker = service();
    await worker.onMessage(seen([comment('1', '2d')]), fromTab);
    await worker.settled();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    await service().onMessage({ type: 'comment-action', key: 'facebook:1', action: 'mark-replied' }, fromPopup);
    expect(await db.comments.get('facebook:1')).toMatchObject({ status: 'answered', answeredBy: 'user', answeredAt: START });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    await service().onMessage({ type: 'comment-action', key: 'facebook:1', action: 'undo' }, fromPopup);
    expect(await db.comments.get('facebook:1')).toMatchObject({ status: 'pending', answeredBy: null });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('snoozes a comment off the badge until the snooze runs out, then notifies again', async () => {
    await service().onMessage(seen([comment('1', '2d')]), fromTab);
    await service().onAlarm(TICK_ALARM);
    await service().onMessage({ type: 'comment-action', key: 'facebook:1', action: 'snooze', until: START + HOUR }, fromPopup);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    await fakeBrowser.notifications.clear(Object.keys(await fakeBrowser.notifications.getAll())[0]!);
    clock = START + HOUR + 60_000;
    await service().onAlarm(TICK_ALARM);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1);
  });

  it('opens the oldest comment’s permalink when its notification is clicked', async () => {
    await service().onMessage(seen([comment('1', '1d'), comment('2', '3d')]), fromTab);
    await service().onAlarm(TICK_ALARM);
    const [id] = Object.keys(await fakeBrowser.notifications.getAll());
    await service().onNotificationClicked(id!);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(`${POST}&comment_id=2`);
  });

  it('refuses an invalid page address with a sentence the user can act on', async () => {
    const result = await service().onMessage({ type: 'add-page', address: 'https://example.com/shop' }, fromPopup);
    expect(result).toEqual({ ok: false, error: 'Reply Radar works with Facebook and LinkedIn pages only.' });
  });

  it('records parser health for managed pages only', async () => {
    const health = { type: 'parser-health', platform: 'facebook', url: POST, commentAreaVisible: true, recognised: 0, skipped: 2 };
    await service().onMessage({ ...health, page: { platform: 'facebook', id: '61550000000001' } }, fromTab);
    await service().onMessage({ ...health, url: 'https://www.facebook.com/other', page: { platform: 'facebook', slug: 'other' } }, fromTab);
    const rows = await db.health.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ pageKey: 'facebook:61550000000001', recognised: 0, commentAreaVisible: true });
  });

  it("reads times in the page's language and reports the ones it couldn't read", async () => {
    const french = { ...seen([comment('1', '3 j'), comment('2', 'vers midi')]), lang: 'fr' };
    const result = await service().onMessage(french, fromTab);
    expect(result).toMatchObject({ stored: 2, unreadTimes: ['2'] });
    expect((await db.comments.get('facebook:1'))?.postedAtSource).toBe('relative');
    expect((await db.comments.get('facebook:2'))?.postedAtSource).toBe('first-seen');
    const health = { type: 'parser-health', platform: 'facebook', url: POST, commentAreaVisible: true, recognised: 2, skipped: 0, unreadTimes: 1 };
    await service().onMessage({ ...health, page: { platform: 'facebook', id: '61550000000001' } }, fromTab);
    expect((await db.health.toArray())[0]).toMatchObject({ recognised: 2, unreadTimes: 1 });
  });

  it('records a page whose interface language it has no words for, and hands a tab only its language’s words', async () => {
    expect(await service().onMessage({ type: 'adapter-words', platform: 'facebook', lang: 'fr-FR' }, fromTab)).toMatchObject({ language: 'fr' });
    expect(await service().onMessage({ type: 'adapter-words', platform: 'facebook', lang: 'sw' }, fromTab)).toBeNull();
    const health = { type: 'parser-health', platform: 'facebook', url: POST, commentAreaVisible: false, recognised: 0, skipped: 0, unknownLanguage: 'sw' };
    await service().onMessage({ ...health, page: { platform: 'facebook', id: '61550000000001' } }, fromTab);
    expect((await db.health.toArray())[0]).toMatchObject({ recognised: 0, unknownLanguage: 'sw' });
  });

  it('keeps existing data when a backup is not valid', async () => {
    await service().onMessage(seen([comment('1', '2d')]), fromTab);
    const result = await service().onMessage({ type: 'import-backup', json: '{"not": "a backup"' }, fromPopup);
    expect(result).toMatchObject({ ok: false });
    expect(await db.comments.count()).toBe(1);
  });

  it('removes a page and, when asked, its comments', async () => {
    await service().onMessage(seen([comment('1', '2d')]), fromTab);
    await service().onMessage({ type: 'remove-page', key: 'facebook:61550000000001', deleteComments: false }, fromPopup);
    expect(await db.comments.count()).toBe(1);
    await service().onMessage({ type: 'add-page', address: 'facebook.com/profile.php?id=61550000000001', name: 'Acme' }, fromPopup);
    await service().onMessage({ type: 'remove-page', key: 'facebook:61550000000001', deleteComments: true }, fromPopup);
    expect(await db.comments.count()).toBe(0);
  });
});
