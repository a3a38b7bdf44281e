import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { facebookAdapter } from '../../utils/adapters/facebook';
import { linkedinAdapter } from '../../utils/adapters/linkedin';
import type { PlatformAdapter } from '../../utils/adapters/types';
import { createBackgroundService } from '../../utils/background/service';
import { openDatabase, type ReplyRadarDb } from '../../utils/db/database';
import type { ObservedComment } from '../../utils/model';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';

const FIXTURES = join(__dirname, '..', 'fixtures');
const HOUR = 3_600_000;
const NOW = Date.parse('2026-09-29T11:15:00Z');
const fromPopup: Runtime.MessageSender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };
const fromTab = (url: string): Runtime.MessageSender => ({ id: 'test-extension-id', url, tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false } });

function load(path: string) {
  const html = readFileSync(join(FIXTURES, path), 'utf8');
  return { doc: new DOMParser().parseFromString(html, 'text/html'), url: new URL(/^\s*url: (\S+)$/m.exec(html)![1]!) };
}

/** What the content script sends for a notification list: the comments its items told of. */
function notifiedMessage(adapter: PlatformAdapter, path: string) {
  const { doc, url } = load(path);
  const comments = adapter.notifications!.findItems(doc).flatMap((item) => {
    const read = adapter.notifications!.readItem(item, url);
    return read.kind === 'comment' ? [read.comment] : [];
  });
  return { message: { type: 'notified-comments', url: url.href, page: adapter.pageFromUrl(url), lang: doc.documentElement.lang, comments }, url };
}

/** What the content script sends for a post page: the comments read under it. */
function seenMessage(adapter: PlatformAdapter, path: string) {
  const { doc, url } = load(path);
  const comments = adapter.findCommentNodes(doc).flatMap((node) => {
    const read = adapter.readComment(node, url);
    return read.ok ? [read.comment] : [];
  });
  return { message: { type: 'comments-seen', url: url.href, page: adapter.pageFromUrl(url), lang: doc.documentElement.lang, comments }, url };
}

let db: ReplyRadarDb;
let clock: number;
let settings: Settings;
const service = () => createBackgroundService({ db, now: () => clock, timeZone: () => 'UTC', loadSettings: async () => settings, log: vi.fn() });

beforeEach(async () => {
  db = openDatabase(`notified-${Math.random()}`);
  clock = NOW;
  settings = { ...DEFAULT_SETTINGS };
  await service().onMessage({ type: 'add-page', address: 'https://www.facebook.com/profile.php?id=61550000000001', name: 'Acme Coffee' }, fromPopup);
});

describe('comments known from a notification list', () => {
  it("stores each comment on the page's posts, marked as known from notifications, and nothing else", async () => {
    const { message, url } = notifiedMessage(facebookAdapter, 'facebook/notifications/notifications-page.html');
    const worker = service();
    expect(await worker.onMessage(message, fromTab(url.href))).toMatchObject({ stored: 4, ignored: 1 });
    await worker.settled();
    const rows = await db.comments.orderBy('key').toArray();
    expect(rows.map((c) => [c.id, c.authorName, c.status, c.fromNotification])).toEqual([
      ['1029384756473829', 'Jane Doe', 'pending', true],
      ['1122334455667701', 'Priya Shah', 'pending', true],
      ['1122334455667702', 'Tom Nguyen', 'pending', true],
      ['1122334455667710', 'Lena Park', 'pending', true],
    ]);
    const priya = rows.find((c) => c.id === '1122334455667701')!;
    // Its age comes from the notification's "3h", read in the page's language.
    expect(priya).toMatchObject({ postedAt: NOW - 3 * HOUR, postedAtSource: 'relative', pageKey: 'facebook:61550000000001', priorityReasons: ['question'] });
    expect(priya.permalink).toContain('comment_id=1122334455667701');
    expect(rows.find((c) => c.id === '1122334455667702')).toMatchObject({ parentId: '1122334455667701', threadId: '1122334455667701' });
    // The personal post's comment was never stored; the badge counts the three old enough and the two days old one.
    expect(await db.comments.get('facebook:5566778899001122')).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('becomes the same record when its post is read, and the post decides: answered, with its author and text', async () => {
    const notified = notifiedMessage(facebookAdapter, 'facebook/notifications/notifications-page.html');
    await service().onMessage(notified.message, fromTab(notified.url.href));
    clock = NOW + HOUR;
    const post = seenMessage(facebookAdapter, 'facebook/page-post-permalink.html');
    await service().onMessage(post.message, fromTab(post.url.href));
    const jane = await db.comments.get('facebook:1029384756473829');
    expect(jane).toMatchObject({ status: 'answered', answeredBy: 'page', authorName: 'Jane Doe', authorUrl: 'https://www.facebook.com/jane.doe.77', text: 'Do you ship to Canada?' });
    expect(jane?.fromNotification).toBeUndefined();
    expect((await db.comments.toArray()).filter((c) => c.id === '1029384756473829')).toHaveLength(1);
    // The post the user never opened still waits, still marked.
    expect((await db.comments.get('facebook:1122334455667701'))?.fromNotification).toBe(true);
  });

  it('never overrides what the post showed: an answered comment stays answered, its text and author as read there', async () => {
    const post = seenMessage(facebookAdapter, 'facebook/page-post-permalink.html');
    await service().onMessage(post.message, fromTab(post.url.href));
    const before = await db.comments.get('facebook:1029384756473829');
    expect(before?.status).toBe('answered');
    clock = NOW + 2 * HOUR;
    const notified = notifiedMessage(facebookAdapter, 'facebook/notifications/notifications-page.html');
    const changed = (notified.message.comments as ObservedComment[]).map((c) => (c.id === '1029384756473829' ? { ...c, authorName: 'J. D.', text: 'something else' } : c));
    await service().onMessage({ ...notified.message, comments: changed }, fromTab(notified.url.href));
    expect(await db.comments.get('facebook:1029384756473829')).toEqual(before);
  });

  it('refuses a malformed notification message and writes nothing', async () => {
    const { message, url } = notifiedMessage(facebookAdapter, 'facebook/notifications/notifications-page.html');
    const bad = { ...message, comments: [{ ...(message.comments as ObservedComment[])[0], id: '' }] };
    expect(await service().onMessage(bad, fromTab(url.href))).toMatchObject({ ok: false });
    expect(await service().onMessage({ ...message, url: 42 }, fromTab(url.href))).toMatchObject({ ok: false });
    expect(await db.comments.count()).toBe(0);
  });

  it('reports a list that shows items but yields nothing recognisable, for the page the user acts as', async () => {
    const url = 'https://www.facebook.com/notifications';
    const health = { type: 'parser-health', platform: 'facebook', url, page: null, commentAreaVisible: true, recognised: 0, skipped: 9, surface: 'notifications' };
    await service().onMessage(health, fromTab(url));
    expect(await db.health.toArray()).toEqual([expect.objectContaining({ pageKey: 'facebook:61550000000001', recognised: 0, commentAreaVisible: true, surface: 'notifications' })]);
  });

  it('attributes LinkedIn admin notifications to the company the list belongs to, by its number or its name', async () => {
    await service().onMessage({ type: 'add-page', address: 'https://www.linkedin.com/company/acme-coffee/', name: 'Acme Coffee' }, fromPopup);
    // The admin view is addressed by number: once the page's number is learned, the list is the page's.
    await service().onMessage({ type: 'page-identity', url: 'https://www.linkedin.com/company/acme-coffee/', page: { platform: 'linkedin', slug: 'acme-coffee', id: '98765432', name: 'Acme Coffee' } }, fromTab('https://www.linkedin.com/company/acme-coffee/'));
    const { message, url } = notifiedMessage(linkedinAdapter, 'linkedin/notifications/admin-notifications.html');
    expect(await service().onMessage(message, fromTab(url.href))).toMatchObject({ stored: 3 });
    const rows = await db.comments.where('[pageKey+status]').equals(['linkedin:acme-coffee', 'pending']).toArray();
    expect(rows.map((c) => c.authorName).sort()).toEqual(['Marco Bianchi', 'Olivia Chen', 'Sven Berg']);
    expect(rows.every((c) => c.fromNotification && c.postedAtSource === 'id')).toBe(true);
  });
});

describe('a notification list in another language', () => {
  it("reads the quote between the language's marks and the time in the page's language", async () => {
    const html = readFileSync(join(FIXTURES, 'facebook/notifications/notifications-page.html'), 'utf8')
      .replace('lang="en"', 'lang="fr"')
      .replace('commented on your post: “Do you still have the oat-milk pumpkin latte? It was gone on Saturday.”', 'a commenté votre publication : « Vous avez encore le latte potiron ? »')
      .replace('<span class="x1rg5ohu x6ikm8r">3h</span>', '<span class="x1rg5ohu x6ikm8r">3 h</span>');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const url = new URL('https://www.facebook.com/notifications');
    const comments = facebookAdapter.notifications!.findItems(doc).flatMap((item) => {
      const read = facebookAdapter.notifications!.readItem(item, url);
      return read.kind === 'comment' ? [read.comment] : [];
    });
    await service().onMessage({ type: 'notified-comments', url: url.href, page: null, lang: 'fr', comments }, fromTab(url.href));
    expect(await db.comments.get('facebook:1122334455667701')).toMatchObject({
      authorName: 'Priya Shah',
      text: 'Vous avez encore le latte potiron ?',
      postedAt: NOW - 3 * HOUR,
      postedAtSource: 'relative',
    });
  });
});
