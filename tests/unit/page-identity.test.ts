import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createBackgroundService } from '../../utils/background/service';
import { openDatabase, type ReplyRadarDb } from '../../utils/db/database';
import type { ManagedPage, ObservedComment } from '../../utils/model';
import { pageDisplayName } from '../../utils/pages';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { toBackup } from '../../utils/backup';
import { storedComment } from './support/stored-comment';

const NOW = Date.UTC(2026, 8, 29, 11, 15);
const PAGE_ID = '61550000000001';
const VANITY_POST = 'https://www.facebook.com/acmecoffee/posts/pfbid02Xy';
const ID_POST = `https://www.facebook.com/permalink.php?story_fbid=pfbid02Zz&id=${PAGE_ID}`;

const fromTab: Runtime.MessageSender = { id: 'test-extension-id', url: VANITY_POST, tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false } };
const fromPopup: Runtime.MessageSender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };

let db: ReplyRadarDb;
let clock: number;
const service = () =>
  createBackgroundService({ db, now: () => clock, timeZone: () => 'UTC', loadSettings: async () => ({ ...DEFAULT_SETTINGS }), log: vi.fn() });
const command = (message: unknown) => service().onMessage(message, fromPopup) as Promise<{ ok: boolean; error?: string; value?: ManagedPage }>;
const fromPage = (message: unknown) => service().onMessage(message, fromTab);
const pages = () => db.pages.orderBy('key').toArray();

function visitor(id: string, postUrl: string, owner: ObservedComment['postOwner']): ObservedComment {
  return {
    platform: 'facebook', id, idSource: 'platform', parentId: null, postUrl, permalink: `${postUrl}&comment_id=${id}`,
    authorName: `Visitor ${id}`, authorUrl: `https://www.facebook.com/visitor.${id}`, authorIsPostAuthor: false,
    text: 'Is the shop open on Sunday?', time: { label: '3h' }, ...(owner && { postOwner: owner }),
  };
}

beforeEach(() => {
  db = openDatabase(`identity-${Math.random()}`);
  clock = NOW;
});

describe('adding a page by any of its addresses', () => {
  it('a page added by its numeric address is never shown as the number, and learns its name from its header', async () => {
    const added = await command({ type: 'add-page', address: `https://www.facebook.com/profile.php?id=${PAGE_ID}` });
    expect(added.ok).toBe(true);
    const [page] = await pages();
    expect(pageDisplayName(page!)).toBe('Facebook page 6155…0001');

    await fromPage({ type: 'page-identity', url: `https://www.facebook.com/profile.php?id=${PAGE_ID}`, page: { platform: 'facebook', id: PAGE_ID, name: 'Acme Coffee' } });
    expect(await pages()).toMatchObject([{ key: `facebook:${PAGE_ID}`, name: 'Acme Coffee', nameSource: 'page', learnedName: 'Acme Coffee', platformId: PAGE_ID }]);
  });

  it('adding the vanity address of a page already known by its id says so instead of making a second page', async () => {
    await command({ type: 'add-page', address: `https://www.facebook.com/profile.php?id=${PAGE_ID}` });
    await fromPage({ type: 'page-identity', url: 'https://www.facebook.com/acmecoffee', page: { platform: 'facebook', id: PAGE_ID, slug: 'acmecoffee', name: 'Acme Coffee' } });
    const again = await command({ type: 'add-page', address: 'facebook.com/AcmeCoffee' });
    expect(again).toEqual({ ok: false, error: `That is Acme Coffee, already tracked.`, code: 'already-tracked' });
    const byId = await command({ type: 'add-page', address: `https://m.facebook.com/profile.php?id=${PAGE_ID}` });
    expect(byId.error).toBe('That is Acme Coffee, already tracked (as https://www.facebook.com/acmecoffee).');
    expect(await db.pages.count()).toBe(1);
  });
});

describe('two records of one page become one', () => {
  beforeEach(async () => {
    // The same page added twice: first by its vanity address with a reply time, then by its id with a name typed by the user.
    clock = NOW - 10_000;
    await command({ type: 'add-page', address: 'https://www.facebook.com/acmecoffee' });
    await command({ type: 'update-page', key: 'facebook:acmecoffee', thresholdHours: 6 });
    clock = NOW;
    await command({ type: 'add-page', address: `https://www.facebook.com/profile.php?id=${PAGE_ID}`, name: 'Acme (main shop)' });
    await fromPage({ type: 'comments-seen', url: VANITY_POST, page: { platform: 'facebook', slug: 'acmecoffee' }, comments: [visitor('101', VANITY_POST, { platform: 'facebook', slug: 'acmecoffee' })] });
    await fromPage({ type: 'comments-seen', url: ID_POST, page: { platform: 'facebook', id: PAGE_ID }, comments: [visitor('202', ID_POST, { platform: 'facebook', id: PAGE_ID })] });
  });

  it('merges them when the page shows both addresses, keeping every comment, the reply time and the name the user typed', async () => {
    expect(await db.pages.count()).toBe(2);
    await fromPage({ type: 'page-identity', url: 'https://www.facebook.com/acmecoffee', page: { platform: 'facebook', slug: 'acmecoffee', id: PAGE_ID, name: 'Acme Coffee' } });

    expect(await pages()).toEqual([
      expect.objectContaining({
        key: 'facebook:acmecoffee', name: 'Acme (main shop)', nameSource: 'user', learnedName: 'Acme Coffee',
        platformId: PAGE_ID, slug: 'acmecoffee', url: 'https://www.facebook.com/acmecoffee', thresholdHours: 6, addedAt: NOW - 10_000,
      }),
    ]);
    const comments = await db.comments.orderBy('key').toArray();
    expect(comments.map((c) => [c.id, c.pageKey, c.status])).toEqual([
      ['101', 'facebook:acmecoffee', 'pending'],
      ['202', 'facebook:acmecoffee', 'pending'],
    ]);
  });

  it('learns the id from the page replying under it on its own post, and merges the record added by that id', async () => {
    const reply: ObservedComment = {
      ...visitor('103', VANITY_POST, { platform: 'facebook', slug: 'acmecoffee', name: 'Acme Coffee' }),
      parentId: '101', authorName: 'Acme Coffee', authorUrl: `https://www.facebook.com/profile.php?id=${PAGE_ID}`, authorIsPostAuthor: true, text: 'Yes, 9 to 5!',
    };
    await fromPage({ type: 'comments-seen', url: VANITY_POST, page: { platform: 'facebook', slug: 'acmecoffee' }, comments: [reply] });
    const [page, ...rest] = await pages();
    expect(rest).toEqual([]);
    expect(page).toMatchObject({ key: 'facebook:acmecoffee', platformId: PAGE_ID, learnedName: 'Acme Coffee', name: 'Acme (main shop)' });
    const byId = new Map((await db.comments.toArray()).map((c) => [c.id, c]));
    expect(byId.get('101')).toMatchObject({ status: 'answered', answeredBy: 'page', pageKey: 'facebook:acmecoffee' });
    expect(byId.get('103')).toMatchObject({ status: 'own' });
    expect(byId.get('202')).toMatchObject({ status: 'pending', pageKey: 'facebook:acmecoffee' });
  });

  it('a sighting that contradicts what is known (another id for the same vanity name) changes nothing', async () => {
    await fromPage({ type: 'page-identity', url: 'https://www.facebook.com/acmecoffee', page: { platform: 'facebook', slug: 'acmecoffee', id: PAGE_ID } });
    const before = await pages();
    await fromPage({ type: 'page-identity', url: 'https://www.facebook.com/acmecoffee', page: { platform: 'facebook', slug: 'acmecoffee', id: '999', name: 'Impostor' } });
    expect(await pages()).toEqual(before);
  });
});

describe('a backup that brings a page tracked here under its other address', () => {
  const byIdPage: ManagedPage = {
    key: `facebook:${PAGE_ID}`, platform: 'facebook', name: 'Acme (main shop)', nameSource: 'user', platformId: PAGE_ID,
    url: `https://www.facebook.com/profile.php?id=${PAGE_ID}`, thresholdHours: 6, addedAt: NOW - 50_000,
  };
  const saved = (id: string, pageKey: string) =>
    storedComment({ key: `facebook:${id}`, platform: 'facebook', id, pageKey, threadId: id, authorName: `Visitor ${id}`, postedAt: NOW - 3_600_000, firstSeenAt: NOW - 3_600_000, lastSeenAt: NOW - 3_600_000 });
  const importing = (pages: ManagedPage[], comments: ReturnType<typeof saved>[]) =>
    command({ type: 'import-backup', json: JSON.stringify(toBackup({ settings: DEFAULT_SETTINGS, pages, comments, exportedAt: NOW })) });

  it('merges it into the page already here, keeping the comments of both and the name and reply time set in the backup', async () => {
    await command({ type: 'add-page', address: 'https://www.facebook.com/acmecoffee' });
    await fromPage({ type: 'page-identity', url: 'https://www.facebook.com/acmecoffee', page: { platform: 'facebook', slug: 'acmecoffee', id: PAGE_ID, name: 'Acme Coffee' } });
    await fromPage({ type: 'comments-seen', url: VANITY_POST, page: { platform: 'facebook', slug: 'acmecoffee' }, comments: [visitor('101', VANITY_POST, { platform: 'facebook', slug: 'acmecoffee' })] });

    expect(await importing([byIdPage], [saved('202', byIdPage.key)])).toMatchObject({ ok: true });

    expect(await pages()).toEqual([
      expect.objectContaining({
        key: `facebook:${PAGE_ID}`, name: 'Acme (main shop)', nameSource: 'user', learnedName: 'Acme Coffee',
        platformId: PAGE_ID, slug: 'acmecoffee', url: 'https://www.facebook.com/acmecoffee', thresholdHours: 6,
      }),
    ]);
    const comments = await db.comments.orderBy('key').toArray();
    expect(comments.map((c) => [c.id, c.pageKey])).toEqual([['101', `facebook:${PAGE_ID}`], ['202', `facebook:${PAGE_ID}`]]);
    // And the page stays one: its vanity address is known as tracked.
    expect(await command({ type: 'add-page', address: 'facebook.com/acmecoffee' })).toMatchObject({ ok: false });
  });

  it('a backup holding the same LinkedIn company twice (by number and by vanity name) gives one page', async () => {
    const byNumber: ManagedPage = {
      key: 'linkedin:12345', platform: 'linkedin', name: '12345', platformId: '12345', url: 'https://www.linkedin.com/company/12345/', thresholdHours: null, addedAt: NOW - 9_000,
    };
    const byName: ManagedPage = {
      key: 'linkedin:acme', platform: 'linkedin', name: 'Acme', nameSource: 'page', learnedName: 'Acme', slug: 'acme', platformId: '12345',
      url: 'https://www.linkedin.com/company/acme/', thresholdHours: 2, addedAt: NOW - 5_000,
    };
    const other: ManagedPage = { ...byName, key: 'linkedin:other', slug: 'other', platformId: '999', name: 'Other', learnedName: 'Other', url: 'https://www.linkedin.com/company/other/' };
    expect(await importing([byNumber, byName, other], [])).toMatchObject({ ok: true });
    expect((await pages()).map((p) => [p.key, p.name, p.slug, p.platformId, p.thresholdHours])).toEqual([
      ['linkedin:12345', 'Acme', 'acme', '12345', 2],
      ['linkedin:other', 'Other', 'other', '999', 2],
    ]);
  });
});

describe('LinkedIn: a company added by its number and by its vanity name', () => {
  it('is one page once its admin view shows both, with the comments read under either address', async () => {
    clock = NOW - 10_000;
    await command({ type: 'add-page', address: 'https://www.linkedin.com/company/12345/admin/page-posts/published/' });
    clock = NOW;
    await command({ type: 'add-page', address: 'linkedin.com/company/acme/' });
    expect(await db.pages.count()).toBe(2);
    const post = 'https://www.linkedin.com/feed/update/urn:li:activity:7000000000000000001/';
    const seen = (id: string, owner: { id?: string; slug?: string }) => fromPage({
      type: 'comments-seen', url: post, page: { platform: 'linkedin', ...owner },
      comments: [{
        platform: 'linkedin', id, idSource: 'platform', parentId: null, postUrl: post, permalink: `${post}?commentUrn=${id}`,
        authorName: `Visitor ${id}`, authorUrl: `https://www.linkedin.com/in/visitor-${id}/`, authorIsPostAuthor: false,
        text: 'When do you open?', time: { label: '3h' }, postOwner: { platform: 'linkedin', ...owner },
      }],
    });
    await seen('701', { id: '12345' });
    await seen('702', { slug: 'acme' });

    await fromPage({ type: 'page-identity', url: 'https://www.linkedin.com/company/12345/admin/', page: { platform: 'linkedin', id: '12345', slug: 'acme', name: 'Acme' } });
    expect(await pages()).toEqual([expect.objectContaining({ key: 'linkedin:12345', name: 'Acme', platformId: '12345', slug: 'acme', url: 'https://www.linkedin.com/company/acme/' })]);
    expect((await db.comments.orderBy('key').toArray()).map((c) => [c.id, c.pageKey])).toEqual([['701', 'linkedin:12345'], ['702', 'linkedin:12345']]);
    expect(await command({ type: 'add-page', address: 'https://www.linkedin.com/company/acme/' })).toEqual({ ok: false, error: 'That is Acme, already tracked.', code: 'already-tracked' });
  });
});

describe('the name the user chose', () => {
  it('is never overwritten by learning, and going back to the page’s own name hands it back to learning', async () => {
    await command({ type: 'add-page', address: 'https://www.linkedin.com/company/acme-coffee/' });
    const sight = (name: string) =>
      fromPage({ type: 'page-identity', url: 'https://www.linkedin.com/company/acme-coffee/', page: { platform: 'linkedin', slug: 'acme-coffee', name } });
    await sight('Acme Coffee Co.');
    await command({ type: 'update-page', key: 'linkedin:acme-coffee', name: 'Acme (LinkedIn)' });
    await sight('Acme Coffee Company');
    expect(await pages()).toMatchObject([{ name: 'Acme (LinkedIn)', nameSource: 'user', learnedName: 'Acme Coffee Company' }]);

    await command({ type: 'update-page', key: 'linkedin:acme-coffee', name: 'Acme Coffee Company' });
    await sight('Acme Coffee Roasters');
    expect(await pages()).toMatchObject([{ name: 'Acme Coffee Roasters', nameSource: 'page' }]);
  });

  it('a "replied" row naming the page as the page shows itself answers the comment, whatever the user calls it', async () => {
    await command({ type: 'add-page', address: `https://www.facebook.com/profile.php?id=${PAGE_ID}`, name: 'My shop' });
    await fromPage({ type: 'page-identity', url: `https://www.facebook.com/profile.php?id=${PAGE_ID}`, page: { platform: 'facebook', id: PAGE_ID, name: 'Acme Coffee' } });
    const summarised = { ...visitor('301', ID_POST, { platform: 'facebook', id: PAGE_ID }), repliedByNames: ['Acme Coffee'] };
    await fromPage({ type: 'comments-seen', url: ID_POST, page: { platform: 'facebook', id: PAGE_ID }, comments: [summarised] });
    expect(await db.comments.get('facebook:301')).toMatchObject({ status: 'answered', answeredBy: 'page' });
  });
});

describe('a "replied" row seen before the page showed its name', () => {
  it('answers the comment when the same batch names the page in its post header', async () => {
    await command({ type: 'add-page', address: `https://www.facebook.com/profile.php?id=${PAGE_ID}` });
    const summarised = { ...visitor('401', ID_POST, { platform: 'facebook', id: PAGE_ID, name: 'Acme Coffee' }), repliedByNames: ['Acme Coffee'] };
    await fromPage({ type: 'comments-seen', url: ID_POST, page: { platform: 'facebook', id: PAGE_ID }, comments: [summarised] });
    expect(await db.comments.get('facebook:401')).toMatchObject({ status: 'answered', answeredBy: 'page' });
  });

  it('answers the comment when the page shows its name only afterwards', async () => {
    await command({ type: 'add-page', address: `https://www.facebook.com/profile.php?id=${PAGE_ID}` });
    const summarised = { ...visitor('402', ID_POST, { platform: 'facebook', id: PAGE_ID }), repliedByNames: ['Acme Coffee'] };
    await fromPage({ type: 'comments-seen', url: ID_POST, page: { platform: 'facebook', id: PAGE_ID }, comments: [summarised] });
    expect(await db.comments.get('facebook:402')).toMatchObject({ status: 'pending' });
    await fromPage({ type: 'page-identity', url: `https://www.facebook.com/profile.php?id=${PAGE_ID}`, page: { platform: 'facebook', id: PAGE_ID, name: 'Acme Coffee' } });
    expect(await db.comments.get('facebook:402')).toMatchObject({ status: 'answered', answeredBy: 'page' });
  });
});

describe('page-identity messages', () => {
  it('are refused when malformed, and never store an avatar from outside the platform’s picture hosts', async () => {
    await command({ type: 'add-page', address: `https://www.facebook.com/profile.php?id=${PAGE_ID}` });
    expect(await fromPage({ type: 'page-identity', url: 'https://www.facebook.com/x', page: { platform: 'myspace', id: PAGE_ID } })).toMatchObject({ ok: false });
    await fromPage({ type: 'page-identity', url: 'https://www.facebook.com/x', page: { platform: 'facebook', id: PAGE_ID, avatarUrl: 'https://tracker.example/pixel.png' } });
    expect((await pages())[0]?.avatarUrl).toBeUndefined();
    const cdn = 'https://scontent-cdg4-1.xx.fbcdn.net/v/t39.30808-1/123_n.jpg?stp=dst-jpg';
    await fromPage({ type: 'page-identity', url: 'https://www.facebook.com/x', page: { platform: 'facebook', id: PAGE_ID, avatarUrl: cdn } });
    expect((await pages())[0]?.avatarUrl).toBe(cdn);
  });

  it('learning only the name the user already typed changes no one’s wait: the tab gets its answers at once', async () => {
    await command({ type: 'add-page', address: `https://www.facebook.com/profile.php?id=${PAGE_ID}`, name: 'Acme Coffee' });
    const seen = (id: string, name: string) =>
      fromPage({ type: 'comments-seen', url: ID_POST, page: { platform: 'facebook', id: PAGE_ID }, withStates: true, comments: [visitor(id, ID_POST, { platform: 'facebook', id: PAGE_ID, name })] }) as Promise<{ states?: unknown[] }>;
    const sameName = await seen('501', 'ACME Coffee');
    expect((await pages())[0]).toMatchObject({ name: 'Acme Coffee', learnedName: 'ACME Coffee' });
    expect(sameName.states).toHaveLength(1);
    // A name it didn't know may make a stored reply the page's: every tab asks again.
    const newName = await seen('502', 'Acme Coffee Roasters');
    expect(newName.states).toBeUndefined();
  });

  it('about a page nobody manages store nothing', async () => {
    await fromPage({ type: 'page-identity', url: 'https://www.facebook.com/other', page: { platform: 'facebook', slug: 'other', id: '5', name: 'Other' } });
    expect(await db.pages.count()).toBe(0);
  });
});
