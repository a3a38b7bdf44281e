import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundService, TICK_ALARM } from '../../utils/background/service';
import { refreshAllConversations } from '../../utils/db/conversations';
import { db, openDatabase } from '../../utils/db/database';
import { readInsightsTally } from '../../utils/db/insights';
import { QUARTER_MS, splitSpan, TALLIES_MARKER, talliesOf, type PageTally, type QuarterTally } from '../../utils/db/tallies';
import { periodEnding } from '../../utils/insights';
import type { Runtime } from 'webextension-polyfill';
import type { ObservedComment, StoredComment } from '../../utils/model';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { random } from './support/random';
import { storedComment } from './support/stored-comment';

// Insights reads tallies every write keeps (utils/db/tallies-middleware.ts). Whichever way comments are
// written, the tallies must stay exactly those worked out from the stored comments, or the figures drift
// from what is stored, silently, for as long as the store lives.

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 4, 20, 15, 7) + 123;
const PAGES = ['facebook:acme', 'linkedin:acme', 'facebook:gone'];
const STATUSES = ['pending', 'pending', 'answered', 'wont-reply', 'missed', 'own'] as const;

function randomComment(next: () => number, id: number): StoredComment {
  const status = STATUSES[Math.floor(next() * STATUSES.length)]!;
  // Many in a few quarter-hours, so writes meet in the same tally.
  const postedAt = NOW - Math.floor(next() * (next() < 0.5 ? 2 * HOUR : 40 * 24 * HOUR));
  return storedComment({
    key: `facebook:${id}`, platform: 'facebook', id: String(id), pageKey: PAGES[Math.floor(next() * PAGES.length)]!, postedAt, status,
    priority: next() < 0.4 ? 1 : 0,
    answeredAt: status === 'answered' || status === 'wont-reply' ? (next() < 0.1 ? null : postedAt + Math.floor(next() * 5 * HOUR)) : null,
    postedAtSource: next() < 0.3 ? 'first-seen' : 'relative',
    ...(status === 'pending' && next() < 0.5 ? { convOverdueAt: postedAt + 24 * HOUR } : {}),
  });
}

/** A comment changed the way the background changes them: answered, set aside, taken back, moved, re-dated. */
function changed(next: () => number, comment: StoredComment): StoredComment {
  const roll = next();
  if (roll < 0.25) return { ...comment, status: 'answered', answeredAt: NOW - Math.floor(next() * HOUR), convOverdueAt: undefined };
  if (roll < 0.4) return { ...comment, status: 'pending', answeredAt: null, convOverdueAt: comment.postedAt + HOUR };
  if (roll < 0.5) return { ...comment, status: 'wont-reply', answeredAt: NOW };
  if (roll < 0.6) return { ...comment, priority: comment.priority === 1 ? 0 : 1 };
  if (roll < 0.7) return { ...comment, postedAt: comment.postedAt - Math.floor(next() * 3 * HOUR), postedAtSource: 'absolute' };
  if (roll < 0.8) return { ...comment, pageKey: PAGES[Math.floor(next() * PAGES.length)]! };
  // Seen again: nothing the tallies hold changes.
  return { ...comment, lastSeenAt: NOW };
}

function sorted({ quarters, pages }: { quarters: QuarterTally[]; pages: PageTally[] }) {
  return {
    quarters: quarters
      .map((q) => ({ ...q, answered: [...q.answered].sort((a, b) => (a[0] < b[0] ? -1 : 1)) }))
      .sort((a, b) => (a.pageKey === b.pageKey ? a.quarter - b.quarter : a.pageKey < b.pageKey ? -1 : 1)),
    pages: [...pages].sort((a, b) => (a.pageKey < b.pageKey ? -1 : 1)),
  };
}

async function expectTalliesOfStore(label: string, database = db) {
  const stored = sorted({ quarters: await database.quarterTallies.toArray(), pages: await database.pageTallies.toArray() });
  expect(stored, label).toEqual(sorted(talliesOf(await database.comments.toArray())));
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe("Insights' tallies", () => {
  it('stay those of the stored comments through every way comments are written', async () => {
    const next = random(7);
    let id = 0;
    const fresh = (n: number) => Array.from({ length: n }, () => randomComment(next, ++id));
    const someStored = async (n: number) => (await db.comments.toArray()).filter(() => next() < n);

    await db.comments.bulkPut(fresh(300));
    await expectTalliesOfStore('after a first batch');
    for (let round = 0; round < 4; round++) {
      // A batch seen again: some new, some changed, one key given twice (the last value is the one stored).
      const again = (await someStored(0.3)).map((c) => changed(next, c));
      const twice = again[0] ? [{ ...again[0], status: 'answered' as const, answeredAt: NOW }, again[0]] : [];
      await db.comments.bulkPut([...fresh(40), ...again, ...twice]);
      await expectTalliesOfStore(`round ${round}: bulkPut`);

      // Single writes, several at once in one transaction, meeting in the same quarters.
      const few = await someStored(0.05);
      await db.transaction('rw', db.comments, () => Promise.all(few.map((c) => db.comments.put(changed(next, c)))));
      await expectTalliesOfStore(`round ${round}: puts at once`);

      await db.comments.add(fresh(1)[0]!);
      const [one] = await someStored(0.05);
      if (one) await db.comments.update(one.key, { status: 'answered', answeredAt: NOW });
      const pair = await someStored(0.02);
      await db.comments.bulkUpdate(pair.map((c) => ({ key: c.key, changes: { priority: c.priority === 1 ? 0 : 1 } })));
      await expectTalliesOfStore(`round ${round}: add, update, bulkUpdate`);

      // A page merged into another (page identity), and a collection changed in place.
      await db.comments.where('[pageKey+status]').between([PAGES[2], Dexie.minKey], [PAGES[2], Dexie.maxKey]).modify({ pageKey: PAGES[0] });
      await db.comments.where('[status+postedAt]').between(['pending', NOW - 3 * HOUR], ['pending', NOW]).modify((c) => {
        c.status = 'missed';
      });
      await expectTalliesOfStore(`round ${round}: modify`);

      // Pruning, a page removed with its comments, and deletes by key and by key range.
      await db.comments.bulkDelete((await someStored(0.05)).map((c) => c.key));
      await db.comments.delete((await someStored(0.05))[0]?.key ?? 'none');
      await db.comments.where('[pageKey+status]').between([PAGES[1], 'answered'], [PAGES[1], 'answered']).delete();
      await db.comments.where('key').between('facebook:2', 'facebook:3').delete();
      await expectTalliesOfStore(`round ${round}: deletes`);

      // Conversations worked out again (a time limit changed): they hand over the rows they read.
      if (round === 1) await db.pages.add({ key: PAGES[0]!, platform: 'facebook', name: 'Acme', url: 'https://www.facebook.com/acme', slug: 'acme', thresholdHours: null, addedAt: 0 });
      await db.transaction('rw', db.comments, db.pages, () => refreshAllConversations(db.comments, db.pages, DEFAULT_SETTINGS, 'UTC'));
      await expectTalliesOfStore(`round ${round}: conversations worked out again`);
      await db.comments.bulkPut(fresh(30).map((c) => ({ ...c, pageKey: PAGES[2]! })));
    }
    await db.comments.clear();
    await expectTalliesOfStore('after clearing');
    expect(await db.quarterTallies.count()).toBe(0);
  });

  it('stay right through ingest, which hands over the rows it read instead of having them read again', async () => {
    const POST = 'https://www.facebook.com/permalink.php?story_fbid=pfbid02Xy&id=61550000000001';
    const observed = (id: string, label: string, over: Partial<ObservedComment> = {}): ObservedComment => ({
      platform: 'facebook', id, idSource: 'platform', parentId: null, postUrl: POST, permalink: `${POST}&comment_id=${id}`,
      authorName: `Visitor ${id}`, authorUrl: `https://www.facebook.com/visitor.${id}`, authorIsPostAuthor: false, text: 'Do you ship to Canada?', time: { label },
      ...over,
    });
    const fromTab: Runtime.MessageSender = { id: 'test-extension-id', url: POST, tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false } };
    const fromPopup: Runtime.MessageSender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };
    const service = createBackgroundService({ db, now: () => NOW, timeZone: () => 'UTC', loadSettings: async () => DEFAULT_SETTINGS, log: () => undefined });
    await service.onMessage({ type: 'add-page', address: 'https://www.facebook.com/profile.php?id=61550000000001', name: 'Acme Coffee' }, fromPopup);
    const seen = (comments: ObservedComment[]) => service.onMessage({ type: 'comments-seen', url: POST, page: { platform: 'facebook', id: '61550000000001' }, comments }, fromTab);

    await seen(Array.from({ length: 30 }, (_, i) => observed(String(100 + i), `${(i % 5) + 1}h`)));
    await expectTalliesOfStore('new comments');
    // Seen again, with new ones beside them; then the page answers some threads and a visitor answers back.
    await seen([...Array.from({ length: 10 }, (_, i) => observed(String(100 + i), `${(i % 5) + 1}h`)), observed('200', '5m')]);
    await expectTalliesOfStore('seen again');
    const pageReply = (id: string, parent: string) =>
      observed(id, '1m', { parentId: parent, authorName: 'Acme Coffee', authorUrl: 'https://www.facebook.com/profile.php?id=61550000000001', authorIsPostAuthor: true });
    await seen([pageReply('300', '100'), pageReply('301', '101'), observed('302', 'Just now', { parentId: '100', text: 'Thanks, and to Mexico?' })]);
    await expectTalliesOfStore('answered, and answered back');
    const answered = await db.comments.where('[status+postedAt]').between(['answered', 0], ['answered', NOW + HOUR]).count();
    expect(answered).toBeGreaterThan(0);
  });

  it('change nothing when the write fails', async () => {
    const next = random(3);
    await db.comments.bulkPut(Array.from({ length: 50 }, (_, i) => randomComment(next, i)));
    const before = sorted({ quarters: await db.quarterTallies.toArray(), pages: await db.pageTallies.toArray() });
    await expect(
      db.transaction('rw', db.comments, async () => {
        await db.comments.bulkPut(Array.from({ length: 20 }, (_, i) => randomComment(next, 100 + i)));
        await db.comments.where('[pageKey+status]').between([PAGES[0], Dexie.minKey], [PAGES[0], Dexie.maxKey]).delete();
        throw new Error('the import found a bad piece');
      }),
    ).rejects.toThrow('bad piece');
    expect(sorted({ quarters: await db.quarterTallies.toArray(), pages: await db.pageTallies.toArray() })).toEqual(before);
  });

  it('are worked out again by the next clock tick when the store was written around Dexie', async () => {
    const name = `tallies-${Math.random()}`;
    const own = openDatabase(name);
    const next = random(11);
    await own.comments.bulkPut(Array.from({ length: 80 }, (_, i) => randomComment(next, i)));
    own.close();
    // As the benchmarks' seeding does: straight into IndexedDB, the marker taken away.
    const raw = new Dexie(name); // no schema declared: Dexie opens the store as it is
    await raw.open();
    await raw.table('comments').bulkPut(Array.from({ length: 40 }, (_, i) => randomComment(next, 1_000 + i)));
    await raw.table('meta').delete(TALLIES_MARKER);
    raw.close();

    const reopened = openDatabase(name);
    const stale = sorted({ quarters: await reopened.quarterTallies.toArray(), pages: await reopened.pageTallies.toArray() });
    expect(stale).not.toEqual(sorted(talliesOf(await reopened.comments.toArray())));
    const service = createBackgroundService({ db: reopened, now: () => NOW, timeZone: () => 'UTC', loadSettings: async () => DEFAULT_SETTINGS, log: () => undefined });
    await service.onAlarm(TICK_ALARM);
    await expectTalliesOfStore('after the tick', reopened);
    expect((await reopened.meta.get(TALLIES_MARKER))?.value).toBe(true);
    reopened.close();
  });

  it("give Insights each of a busy month's answered comments once, from whole quarters and the period's cut ends", async () => {
    // 2,000 answered comments over the last 30 days: their timings come from the quarters, not the rows.
    const answered = Array.from({ length: 2_000 }, (_, i) =>
      storedComment({
        key: `facebook:${i}`, platform: 'facebook', id: String(i), pageKey: PAGES[0]!, postedAt: NOW - i * 21 * 60_000,
        status: 'answered', answeredBy: 'page', answeredAt: NOW - i * 21 * 60_000 + HOUR,
      }),
    );
    await db.comments.bulkPut(answered);
    const tally = await readInsightsTally({ pageKey: null, period: periodEnding(NOW, 30), settings: DEFAULT_SETTINGS, timeZone: 'UTC' });
    const inPeriod = answered.filter((c) => c.postedAt >= NOW - 30 * 24 * HOUR).map((c) => c.key);
    expect(tally.answered.map((c) => c.key).sort()).toEqual(inPeriod.sort());
    expect(await db.quarterTallies.count()).toBeLessThanOrEqual(30 * 96 + 1);
  });
});

describe('a stretch of posting times', () => {
  it('is the quarters wholly inside it and the cut ends around them', () => {
    const q = QUARTER_MS;
    expect(splitSpan(10 * q, 12 * q - 1)).toEqual({ whole: [10 * q, 12 * q], edges: [] });
    expect(splitSpan(10 * q + 5, 12 * q + 5)).toEqual({ whole: [11 * q, 12 * q], edges: [[10 * q + 5, 11 * q - 1], [12 * q, 12 * q + 5]] });
    // Inside one quarter, or across one boundary with no whole quarter: one cut.
    expect(splitSpan(10 * q + 5, 10 * q + 9)).toEqual({ whole: null, edges: [[10 * q + 5, 10 * q + 9]] });
    expect(splitSpan(10 * q + 5, 11 * q + 9)).toEqual({ whole: null, edges: [[10 * q + 5, 11 * q + 9]] });
    // Up to the last millisecond of a quarter takes it whole.
    expect(splitSpan(10 * q, 11 * q - 1)).toEqual({ whole: [10 * q, 11 * q], edges: [] });
  });
});
