// Faults in the real browser: the extension's service worker is stopped (through the DevTools
// protocol) while a page with 300 comments is being recorded. After it restarts nothing recorded
// is lost, the alarms are still set, the badge is right and no notification is raised twice. And
// the same comments seen again (reload, SPA navigation, a second tab) stay one record each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT, addManagedPages, launchWithExtension, readBadge, servePages, waitFor } from '../../scripts/lib/browser.mjs';

const COUNT = 300;
const POST_URL = 'https://www.facebook.com/permalink.php?story_fbid=pfbid0ManyComments300x&id=61550000000001';

/** A permalink page with COUNT visitor comments, each a copy of a real comment block of the sample page. */
function manyCommentsPage(): string {
  const html = readFileSync(join(ROOT, 'tests/fixtures/facebook/page-post-permalink.html'), 'utf8');
  const lines = html.split('\n');
  const start = lines.findIndex((l) => l.includes('data-commentid="1029384756473829"'));
  const end = lines.findIndex((l, i) => i > start && l.includes('data-commentid='));
  const tail = lines.findIndex((l) => l.includes('View more comments'));
  const block = lines.slice(start, end).join('\n');
  const copies = Array.from({ length: COUNT }, (_, i) => {
    const id = String(1029384756500000 + i);
    return block
      .replaceAll('1029384756473829', id)
      .replace(/jane\.doe\.77\?comment_id=[^&"]*&amp;/g, `visitor.${i}?`)
      .replace(/Comment by Jane Doe [^"]*/, `Comment by Visitor ${i} 2 days ago`)
      .replace('>Jane Doe</span>', `>Visitor ${i}</span>`)
      .replace('>Do you ship to Canada?</div>', `>Question number ${i}, are you open?</div>`)
      .replace(/>\w+<\/a><\/div><\/span><\/li>/, '>2d</a></div></span></li>');
  });
  return [...lines.slice(0, start), ...copies, ...lines.slice(tail)]
    .join('\n')
    .replaceAll('pfbid02XyZabcDEF123ghiJKL456mnoPQR789stuVWX0yzAB1cdEF2ghIJ3klMN4opl', 'pfbid0ManyComments300x');
}

interface Row {
  key: string;
  firstSeenAt: number;
  lastSeenAt: number;
  notifiedAt: number | null;
}

/** Every stored comment, read from the extension's IndexedDB in an extension page (no worker needed). */
async function storedComments(page: Page): Promise<Row[]> {
  return page.evaluate(
    () =>
      new Promise<Row[]>((resolve, reject) => {
        const open = indexedDB.open('reply-radar');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('comments').objectStore('comments').getAll();
          req.onsuccess = () => {
            resolve(req.result.map((c: Row) => ({ key: c.key, firstSeenAt: c.firstSeenAt, lastSeenAt: c.lastSeenAt, notifiedAt: c.notifiedAt })));
            open.result.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/**
 * Stop the extension's service worker the way Chromium does when it idles, through the DevTools
 * protocol, and wait for the DevTools protocol to report it stopped. The page may keep sending
 * comments, which starts a new worker at once, so "stopped" is that report, not the absence of a
 * worker afterwards.
 */
async function stopServiceWorker(context: BrowserContext, page: Page, extensionId: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  type Versions = { versions: Array<{ scriptURL: string; runningStatus: string }> };
  const stopped = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the service worker did not stop within 10 s')), 10_000);
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: Versions) => {
      if (versions.some((v) => v.scriptURL.includes(extensionId) && v.runningStatus === 'stopped')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

describe('the service worker stopped mid-ingest', () => {
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;
  let db: Page;

  beforeAll(async () => {
    browser = await launchWithExtension();
    await servePages(browser.context, { [POST_URL]: manyCommentsPage() });
    await addManagedPages(browser.context, browser.extensionId, [
      { address: 'https://www.facebook.com/profile.php?id=61550000000001', name: 'Acme Coffee' },
    ]);
    db = await browser.context.newPage();
    await db.goto(`chrome-extension://${browser.extensionId}/options.html`);
  });
  afterAll(() => browser?.close());

  it('loses nothing recorded before the stop; after the restart the alarms, badge and notifications are right', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(POST_URL, { waitUntil: 'commit' });
    // Stop the worker as soon as the first comments are in, while the rest are still arriving.
    await waitFor(async () => (await storedComments(db)).length > 0, 'the first comments to be recorded', { interval: 20 });
    await stopServiceWorker(browser.context, db, browser.extensionId);
    const beforeStop = await storedComments(db);
    expect(beforeStop.length).toBeGreaterThan(0);

    // A reload sends everything again, which wakes the worker.
    await tab.reload();
    await waitFor(async () => (await storedComments(db)).length === COUNT, `all ${COUNT} comments after the restart`, { timeout: 30_000 });
    const afterRestart = await storedComments(db);
    const keys = new Set(afterRestart.map((c) => c.key));
    for (const c of beforeStop) expect(keys.has(c.key)).toBe(true);
    // Recorded once: the first-seen time of what was stored before the stop did not change.
    const first = new Map(afterRestart.map((c) => [c.key, c.firstSeenAt]));
    for (const c of beforeStop) expect(first.get(c.key)).toBe(c.firstSeenAt);

    const worker = await waitFor(() => browser.context.serviceWorkers().find((w) => w.url().includes(browser.extensionId)), 'the restarted worker');
    const alarms = await worker.evaluate(async () => (await chrome.alarms.getAll()).map((a) => a.name).sort());
    expect(alarms).toEqual(['reply-radar-prune', 'reply-radar-tick']);
    // All 300 are two days old: overdue. The badge counts them whichever worker set it. It is set
    // after each stored batch commits, so the last batch's count can follow its rows by a moment:
    // wait for the count of all of them, and fail if it never comes.
    const allCounted = /^(300|99\+|\d+\+)$/;
    const badge = await waitFor(async () => {
      const b = await readBadge(worker);
      return b.title.includes('Acme Coffee') && allCounted.test(b.text) ? b : null;
    }, 'the badge to count all 300');
    expect(badge.text).toMatch(allCounted);
    expect(badge.color).toEqual([217, 48, 37, 255]);

    // Notify now, then stop and restart the worker and tick again: nothing new is shown.
    const tick = () =>
      browser
        .currentWorker()
        .evaluate(async () => {
          await chrome.alarms.create('reply-radar-tick', { when: Date.now() + 50, periodInMinutes: 1 });
          await new Promise((r) => setTimeout(r, 2_000));
          return Object.keys(await chrome.notifications.getAll()).length;
        });
    const shownBefore = await tick();
    expect(shownBefore).toBeGreaterThan(0);
    const notified = await storedComments(db);
    expect(notified.every((c) => c.notifiedAt !== null)).toBe(true);

    await stopServiceWorker(browser.context, db, browser.extensionId);
    await tab.reload(); // wakes it again
    await waitFor(() => browser.context.serviceWorkers().find((w) => w.url().includes(browser.extensionId)), 'the worker to restart');
    expect(await tick()).toBe(shownBefore);
    const again = new Map((await storedComments(db)).map((c) => [c.key, c.notifiedAt]));
    for (const c of notified) expect(again.get(c.key)).toBe(c.notifiedAt);
  });

  it('keeps one record per comment across a reload, an SPA navigation and a second tab, moving last-seen', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(POST_URL);
    await waitFor(async () => (await storedComments(db)).length === COUNT, `${COUNT} comments`);
    const lastSeen = async () => Math.max(...(await storedComments(db)).map((c) => c.lastSeenAt));
    let seen = await lastSeen();

    await tab.reload();
    seen = await waitFor(async () => ((await lastSeen()) > seen ? lastSeen() : null), 'last-seen to move after a reload');

    await tab.evaluate(() => {
      history.pushState({}, '', '/acmecoffee');
      history.pushState({}, '', location.href.replace('/acmecoffee', '/permalink.php?story_fbid=pfbid0ManyComments300x&id=61550000000001'));
    });
    await tab.waitForTimeout(1_500);

    const second = await browser.context.newPage();
    await second.goto(POST_URL);
    seen = await waitFor(async () => ((await lastSeen()) > seen ? lastSeen() : null), 'last-seen to move after a second tab');

    const rows = await storedComments(db);
    expect(rows).toHaveLength(COUNT);
    expect(new Set(rows.map((c) => c.key)).size).toBe(COUNT);
    for (const c of rows) expect(c.lastSeenAt).toBeGreaterThanOrEqual(c.firstSeenAt);
  });
});
