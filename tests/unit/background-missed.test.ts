// The Missed rule through the background's clock, with a fixed time: what waited too long stops
// nudging (badge, notifications) but is kept; a visitor writing again brings it back.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { createBackgroundService } from '../../utils/background/service';
import { openDatabase, type ReplyRadarDb } from '../../utils/db/database';
import type { ObservedComment } from '../../utils/model';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.UTC(2026, 8, 29, 11, 15);
const POST = 'https://www.facebook.com/permalink.php?story_fbid=pfbid02Xy&id=61550000000001';

const fromTab: Runtime.MessageSender = { id: 'test-extension-id', url: POST, tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false } };
const fromPopup: Runtime.MessageSender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };

function comment(id: string, label: string, parentId: string | null = null): ObservedComment {
  return {
    platform: 'facebook', id, idSource: 'platform', parentId, postUrl: POST, permalink: `${POST}&comment_id=${id}`,
    authorName: `Visitor ${id}`, authorUrl: `https://www.facebook.com/visitor.${id}`, authorIsPostAuthor: false, text: 'Hello there', time: { label },
  };
}

let db: ReplyRadarDb;
let clock: number;
let settings: Settings;
const service = () => createBackgroundService({ db, now: () => clock, timeZone: () => 'UTC', loadSettings: async () => settings, log: vi.fn() });
const seen = (comments: ObservedComment[]) => ({ type: 'comments-seen', url: POST, page: { platform: 'facebook', id: '61550000000001' }, comments });
const badge = () => fakeBrowser.action.getBadgeText({});
const shown = async () => Object.keys(await fakeBrowser.notifications.getAll());
const status = async (id: string) => (await db.comments.get(`facebook:${id}`))?.status;

beforeEach(async () => {
  fakeBrowser.reset();
  db = openDatabase(`missed-${Math.random()}`);
  clock = START;
  settings = { ...DEFAULT_SETTINGS, missedRule: { enabled: true, days: 3 } };
  await service().onMessage({ type: 'add-page', address: 'https://www.facebook.com/profile.php?id=61550000000001', name: 'Acme Coffee' }, fromPopup);
});

describe('the Missed rule on the clock', () => {
  it('moves what waited past the rule to Missed: kept, off the badge, its notification taken away', async () => {
    const worker = service();
    await worker.onMessage(seen([comment('1', '2d')]), fromTab);
    await worker.tick();
    expect(await badge()).toBe('1');
    expect(await shown()).toHaveLength(1);

    clock = START + 1.5 * DAY;
    await worker.tick();
    expect(await status('1')).toBe('missed');
    expect((await db.comments.get('facebook:1'))?.missedAt).toBe(clock);
    expect(await badge()).toBe('');
    expect(await shown()).toEqual([]);
    // It leaves the candidates' index range: the next tick reads nothing for it.
    expect(await db.comments.where('[status+postedAt]').between(['pending', -Infinity], ['pending', clock - 3 * DAY], true, true).count()).toBe(0);
  });

  it('never nudges about a comment that is already past the rule when first seen', async () => {
    const worker = service();
    await worker.onMessage(seen([comment('1', '5d')]), fromTab);
    await worker.tick();
    expect(await status('1')).toBe('missed');
    expect(await badge()).toBe('');
    expect(await shown()).toEqual([]);
  });

  it('brings a missed comment back when its visitor writes again, and counts its wait from then', async () => {
    const worker = service();
    await worker.onMessage(seen([comment('1', '4d')]), fromTab);
    await worker.tick();
    expect(await status('1')).toBe('missed');

    clock = START + DAY;
    await worker.onMessage(seen([comment('1', '5d'), comment('2', '1m', '1')]), fromTab);
    expect(await status('1')).toBe('pending');
    expect((await db.comments.get('facebook:1'))?.wokeAt).toBe(clock);
    await worker.tick();
    // Still waiting a tick later (its wait counts from the new comment), and nudging again.
    expect(await status('1')).toBe('pending');
    expect(await badge()).toBe('1');

    clock = START + 4 * DAY;
    await worker.tick();
    expect([await status('1'), await status('2')]).toEqual(['missed', 'missed']);
    expect(await badge()).toBe('');
  });

  it('applies the rule as soon as it is turned on, not at the next tick; off, nothing moves', async () => {
    settings = { ...DEFAULT_SETTINGS };
    const worker = service();
    await worker.onMessage(seen([comment('1', '10d'), comment('5', '1h')]), fromTab);
    await worker.tick();
    expect(await status('1')).toBe('pending');
    expect(await badge()).toBe('1');

    const previous = settings;
    settings = { ...DEFAULT_SETTINGS, missedRule: { enabled: true, days: 7 } };
    await worker.onSettingsChanged(settings, previous);
    expect([await status('1'), await status('5')]).toEqual(['missed', 'pending']);
    expect(await badge()).toBe('');
  });

  it('lets the user answer a missed comment from the popup, and Undo puts it back in Missed', async () => {
    const worker = service();
    await worker.onMessage(seen([comment('1', '4d')]), fromTab);
    await worker.tick();
    await worker.onMessage({ type: 'comment-action', key: 'facebook:1', action: 'mark-replied' }, fromPopup);
    expect(await status('1')).toBe('answered');
    await worker.onMessage({ type: 'comment-action', key: 'facebook:1', action: 'undo' }, fromPopup);
    expect(await status('1')).toBe('missed');
    await worker.tick();
    expect(await badge()).toBe('');
  });
});
