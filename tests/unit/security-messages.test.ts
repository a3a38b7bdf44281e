// Hostile messages: the background is a trust boundary. Arbitrary JSON, near misses of every valid
// message, and valid messages from the wrong sender are each dropped with a logged reason, never
// throw, and never write anything.
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createBackgroundService } from '../../utils/background/service';
import { openDatabase, type ReplyRadarDb } from '../../utils/db/database';
import { commandMessageSchema, contentMessageSchema } from '../../utils/messaging/protocol';
import type { ObservedComment } from '../../utils/model';
import { DEFAULT_SETTINGS } from '../../utils/settings';

const START = Date.UTC(2026, 8, 29, 11, 15);
const POST = 'https://www.facebook.com/permalink.php?story_fbid=pfbid02Xy&id=61550000000001';
const TAB = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const fromTab: Runtime.MessageSender = { id: 'test-extension-id', url: POST, tab: TAB };
const fromPopup: Runtime.MessageSender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };

const visitor = (id: string): ObservedComment => ({
  platform: 'facebook', id, idSource: 'platform', parentId: null, postUrl: POST, permalink: `${POST}&comment_id=${id}`,
  authorName: 'Jane Doe', authorUrl: 'https://www.facebook.com/jane.doe.77', authorIsPostAuthor: false, text: 'Do you ship to Canada?', time: { label: '2d' },
});

/** One valid example of every message, the starting point for the near misses. */
const VALID_CONTENT = [
  { type: 'comments-seen', url: POST, page: { platform: 'facebook', id: '61550000000001' }, comments: [visitor('2')] },
  { type: 'parser-health', platform: 'facebook', url: POST, page: { platform: 'facebook', id: '61550000000001' }, commentAreaVisible: true, recognised: 3, skipped: 1 },
  { type: 'page-context', url: POST, page: null },
  { type: 'comment-states', platform: 'facebook', ids: ['1'] },
];
const VALID_COMMANDS = [
  { type: 'comment-action', key: 'facebook:1', action: 'snooze', until: START + 3_600_000 },
  { type: 'open-comment', key: 'facebook:1' },
  { type: 'add-page', address: 'https://www.facebook.com/otherpage', name: 'Other' },
  { type: 'update-page', key: 'facebook:61550000000001', name: 'Renamed', thresholdHours: 2 },
  { type: 'remove-page', key: 'facebook:61550000000001', deleteComments: true },
  { type: 'refresh' },
  { type: 'import-backup', json: '{}' },
  { type: 'delete-all-data' },
];

let db: ReplyRadarDb;
const log = vi.fn();
const service = () =>
  createBackgroundService({ db, now: () => START, timeZone: () => 'UTC', loadSettings: async () => DEFAULT_SETTINGS, log });

/** Everything stored, to compare before and after. */
async function snapshot() {
  const [pages, comments, health, meta] = await Promise.all([db.pages.toArray(), db.comments.toArray(), db.health.toArray(), db.meta.toArray()]);
  return JSON.stringify({ pages, comments, health, meta });
}

const isValid = (raw: unknown) => contentMessageSchema.safeParse(raw).success || commandMessageSchema.safeParse(raw).success;

/** Send one message that must be refused: no throw, a refusal, one logged reason, nothing written. */
async function expectDropped(raw: unknown, sender: Runtime.MessageSender): Promise<void> {
  const before = await snapshot();
  log.mockClear();
  await expect(service().onMessage(raw, sender)).resolves.toEqual({ ok: false, error: 'Reply Radar refused this request.' });
  expect(log).toHaveBeenCalledTimes(1);
  expect(log.mock.calls[0]![0]).toMatch(/^dropped /);
  expect(await snapshot()).toBe(before);
}

beforeEach(async () => {
  db = openDatabase(`security-messages-${Math.random()}`);
  await service().onMessage({ type: 'add-page', address: 'https://www.facebook.com/profile.php?id=61550000000001', name: 'Acme Coffee' }, fromPopup);
  await service().onMessage({ ...VALID_CONTENT[0], comments: [visitor('1')] }, fromTab);
  expect(await db.comments.count()).toBe(1);
});

// --- near misses -------------------------------------------------------------------------------

const WRONG_VALUES: unknown[] = [undefined, null, '', 0, -1, 1.5, NaN, Infinity, true, 'x'.repeat(250_000), [], {}, { $gt: '' }, ['facebook'], 'myspace'];

/** A copy of `value` with one thing broken at `path` (a required key removed or given a wrong value). */
function breakAt(value: unknown, path: Array<string | number>, replacement: unknown, remove: boolean): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let target = copy;
  for (const k of path.slice(0, -1)) target = target[k] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (remove) delete target[last];
  else target[last] = replacement;
  return copy;
}

/** Every path to a leaf or object in `value`. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return prefix.length ? [prefix] : [];
  const own = Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, Array.isArray(value) ? Number(k) : k]));
  return prefix.length ? [prefix, ...own] : own;
}

const nearMiss = (valid: readonly object[]) =>
  fc
    .record({ base: fc.constantFrom(...valid), pick: fc.nat(), wrong: fc.constantFrom(...WRONG_VALUES), remove: fc.boolean() })
    .map(({ base, pick, wrong, remove }) => {
      const all = paths(base);
      return breakAt(base, all[pick % all.length]!, wrong, remove);
    })
    // Some breaks are harmless (an optional key removed, a name set to another string): those are valid messages.
    .filter((m) => !isValid(m));

describe('hostile messages', () => {
  it('drops arbitrary JSON from a platform tab and from the popup, writing nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue().filter((v) => !isValid(v)), fc.boolean(), async (raw, popup) => {
        await expectDropped(raw, popup ? fromPopup : fromTab);
      }),
      { numRuns: 80 },
    );
  });

  it('drops near misses of every content message and every command', async () => {
    await fc.assert(
      fc.asyncProperty(nearMiss(VALID_CONTENT), async (raw) => expectDropped(raw, fromTab)),
      { numRuns: 80 },
    );
    await fc.assert(
      fc.asyncProperty(nearMiss([...VALID_COMMANDS, ...VALID_CONTENT]), async (raw) => expectDropped(raw, fromPopup)),
      { numRuns: 80 },
    );
  });

  it('drops an oversized batch, an enormous text and an id that is not a string, and the good comments in it are not half-stored', async () => {
    const batch = (comments: unknown[]) => ({ ...VALID_CONTENT[0], comments });
    await expectDropped(batch(Array.from({ length: 501 }, (_, i) => visitor(`b${i}`))), fromTab);
    await expectDropped(batch([visitor('3'), { ...visitor('4'), text: 'x'.repeat(200_001) }]), fromTab);
    await expectDropped(batch([visitor('5'), { ...visitor('6'), id: 6 }]), fromTab);
    await expectDropped(batch([{ ...visitor('7'), time: { epochMs: -5 } }]), fromTab);
    expect(await db.comments.count()).toBe(1);
  });

  it('is not polluted by __proto__ keys', async () => {
    const raw = JSON.parse(`{"type":"comments-seen","__proto__":{"polluted":true},"url":"${POST}","page":null,"comments":[{"__proto__":{"isAdmin":true}}]}`);
    await expectDropped(raw, fromTab);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('takes valid messages only from our own extension, and data-changing commands only from its pages', async () => {
    const senders: Array<[string, Runtime.MessageSender]> = [
      ['another extension', { ...fromTab, id: 'another-extension-id' }],
      ['no extension id (a web page)', { url: POST, tab: TAB }],
      ['a tab on another site', { ...fromTab, url: 'https://evil.example/post' }],
      ['a look-alike host', { ...fromTab, url: 'https://www.facebook.com.evil.example/post' }],
      ['plain http on the platform', { ...fromTab, url: 'http://www.facebook.com/post' }],
      ['a platform address without a tab', { id: 'test-extension-id', url: POST }],
      ['no address at all', { id: 'test-extension-id', tab: TAB }],
      ['another extension’s page', { id: 'test-extension-id', url: 'chrome-extension://another-extension-id/popup.html' }],
      ['a look-alike extension origin', { id: 'test-extension-id', url: 'chrome-extension://test-extension-id.evil/popup.html' }],
    ];
    for (const [, sender] of senders) {
      for (const message of [...VALID_CONTENT, ...VALID_COMMANDS]) await expectDropped(message, sender);
    }
    // A content script (a page can drive its DOM) may not change or delete data.
    for (const message of VALID_COMMANDS.filter((m) => m.type !== 'refresh')) await expectDropped(message, fromTab);
  });

  it('still accepts the valid messages it refused from strangers, so the refusals above are about the sender', async () => {
    expect(await service().onMessage(VALID_CONTENT[0], fromTab)).toMatchObject({ stored: 1, added: ['facebook:2'] });
    expect(await db.comments.count()).toBe(2);
    // web.facebook.com is desktop Facebook in Indonesia and the Philippines: the same site.
    const fromWeb = { ...fromTab, url: POST.replace('www.facebook.com', 'web.facebook.com') };
    const webBatch = { ...VALID_CONTENT[0], comments: [visitor('w1')] };
    expect(await service().onMessage(webBatch, fromWeb)).toMatchObject({ stored: 1, added: ['facebook:w1'] });
    expect(await db.comments.count()).toBe(3);
    expect(await service().onMessage({ type: 'delete-all-data' }, fromPopup)).toEqual({ ok: true });
    expect(await db.comments.count()).toBe(0);
  });

  it('does not let a backup smuggle in links that are not https on the platform’s host', async () => {
    const stored = (await db.comments.get('facebook:1'))!;
    const page = (await db.pages.toArray())[0]!;
    const json = JSON.stringify({
      format: 'reply-radar-backup', version: 1, exportedAt: START, settings: {},
      pages: [{ ...page, key: 'facebook:evil', url: 'javascript:alert(1)' }],
      comments: [{ ...stored, key: 'facebook:9', id: '9', permalink: 'javascript:alert(1)', postUrl: 'https://evil.example/', authorUrl: 'data:text/html,<script>alert(1)</script>' }],
    });
    const result = await service().onMessage({ type: 'import-backup', json }, fromPopup);
    const links = [await db.comments.get('facebook:9'), await db.pages.get('facebook:evil')]
      .flatMap((row) => (row ? [('permalink' in row ? [row.permalink, row.postUrl, row.authorUrl] : [row.url])] : []))
      .flat();
    // Either the backup is refused, or what it brings in carries no unsafe link.
    if (result && (result as { ok: boolean }).ok) for (const link of links) expect(link === null || /^https:\/\/www\.facebook\.com\//.test(link)).toBe(true);
    else expect(links).toEqual([]);
  });
});
