// The background's side of on-page markers: "hide on this page" is remembered per address, and
// platform tabs are told to re-ask their states after a command or newly stored comments.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundService } from '../../utils/background/service';
import { openDatabase, type ReplyRadarDb } from '../../utils/db/database';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';

const POST = 'https://www.facebook.com/permalink.php?story_fbid=pfbid02Xy&id=61550000000001';
const fromTab: Runtime.MessageSender = { id: 'test-extension-id', url: POST, tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false } };
const fromPopup: Runtime.MessageSender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };

let db: ReplyRadarDb;
let settings: Settings;
const service = () =>
  createBackgroundService({
    db,
    now: () => Date.UTC(2026, 8, 29, 11, 15),
    timeZone: () => 'UTC',
    loadSettings: async () => settings,
    saveSettings: async (patch) => (settings = { ...settings, ...patch }),
    log: () => undefined,
  });
const context = async (url = POST) =>
  (await service().onMessage({ type: 'page-context', url, page: null }, fromTab)) as { markers: boolean; showAnswered: boolean };

beforeEach(async () => {
  db = openDatabase(`markers-bg-${Math.random()}`);
  settings = { ...DEFAULT_SETTINGS };
  await service().onMessage({ type: 'add-page', address: 'https://www.facebook.com/profile.php?id=61550000000001', name: 'Acme Coffee' }, fromPopup);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('markers in the background', () => {
  it('"hide on this page" turns markers off for that address only, whatever its hash', async () => {
    expect((await context()).markers).toBe(true);
    await service().onMessage({ type: 'hide-markers', url: `${POST}#comments` }, fromTab);
    await service().onMessage({ type: 'hide-markers', url: POST }, fromTab);
    expect(settings.markersHiddenOn).toEqual(['https://www.facebook.com/permalink.php']);
    expect((await context()).markers).toBe(false);
    expect((await context('https://www.facebook.com/acmecoffee')).markers).toBe(true);
  });

  it('the option turns markers off everywhere, and the answered check follows its own option', async () => {
    settings = { ...settings, markersEnabled: false, showAnsweredMarkers: true };
    expect(await context()).toMatchObject({ markers: false, showAnswered: true });
  });

  it('refuses a hide request that is not an address from a tab', async () => {
    const result = await service().onMessage({ type: 'hide-markers', url: 42 }, fromTab);
    expect(result).toMatchObject({ ok: false });
    expect(settings.markersHiddenOn).toEqual([]);
  });

  it('tells open platform tabs that states changed after a popup command', async () => {
    // The fake browser can't match URL patterns: the real one picks the platform tabs from these.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3, url: POST }, { id: 4 }] as never);
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (id) => {
      if (id === 4) throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const result = await service().onMessage({ type: 'refresh' }, fromPopup);
    expect(result).toMatchObject({ ok: true }); // a tab without our script is no error
    await vi.waitFor(() => expect(sent).toHaveBeenCalledWith(4, { type: 'states-changed' }));
    expect(query).toHaveBeenCalledWith({ url: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://www.linkedin.com/*'] });
    expect(sent).toHaveBeenCalledWith(3, { type: 'states-changed' });
  });

  it('tells tabs when a stored comment changes state, not for new comments alone or pages nobody manages', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3, url: POST }, { id: 7, url: POST }] as never);
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const settle = () => new Promise((r) => setTimeout(r, 400)); // past the announcement's 250 ms gathering
    await settle();
    sent.mockClear();
    const comment = {
      platform: 'facebook', id: '1', idSource: 'platform', parentId: null, postUrl: POST, permalink: null, authorName: 'Ann',
      authorUrl: 'https://www.facebook.com/ann', authorIsPostAuthor: false, text: 'Hello?', time: { label: '2h' },
    };
    const page = { platform: 'facebook', id: '61550000000001' };
    const other = { platform: 'facebook', id: 'someone-else' };
    await service().onMessage({ type: 'comments-seen', url: 'https://www.facebook.com/other', page: other, comments: [{ ...comment, id: '2', postOwner: other }] }, fromTab);
    // A new comment: the tab that sent it asks about it itself.
    await service().onMessage({ type: 'comments-seen', url: POST, page, comments: [comment] }, fromTab);
    await settle();
    expect(sent).not.toHaveBeenCalled();
    // The page's reply answers Ann's stored comment: every tab showing it must redraw.
    const reply = { ...comment, id: '3', parentId: '1', authorName: 'Acme Coffee', authorUrl: 'https://www.facebook.com/profile.php?id=61550000000001', time: { label: '1h' } };
    const answer = await service().onMessage({ type: 'comments-seen', url: POST, page, comments: [reply] }, fromTab);
    await vi.waitFor(() => expect(sent).toHaveBeenCalledWith(3, { type: 'states-changed' }));
    // The tab that sent the reply learns from its answer which comment changed, and re-asks about that one
    // alone; a "states-changed" would have it re-ask about every comment it holds.
    expect(answer).toMatchObject({ restatedIds: ['1'] });
    expect(sent).not.toHaveBeenCalledWith(7, expect.anything());
  });

  it('tells the sending tab too when someone else changed states in the same moment', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, url: POST }] as never);
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const comment = {
      platform: 'facebook', id: '1', idSource: 'platform', parentId: null, postUrl: POST, permalink: null, authorName: 'Ann',
      authorUrl: 'https://www.facebook.com/ann', authorIsPostAuthor: false, text: 'Hello?', time: { label: '2h' },
    };
    const page = { platform: 'facebook', id: '61550000000001' };
    await service().onMessage({ type: 'comments-seen', url: POST, page, comments: [comment] }, fromTab);
    const bg = service();
    const reply = { ...comment, id: '3', parentId: '1', authorName: 'Acme Coffee', authorUrl: 'https://www.facebook.com/profile.php?id=61550000000001', time: { label: '1h' } };
    await bg.onMessage({ type: 'comments-seen', url: POST, page, comments: [reply] }, fromTab);
    await bg.onMessage({ type: 'refresh' }, fromPopup);
    await vi.waitFor(() => expect(sent).toHaveBeenCalledWith(7, { type: 'states-changed' }));
  });
});
