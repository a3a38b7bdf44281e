// Hostile text in the real browser: comments whose author and text are markup, a javascript:
// timestamp link and 100 kB of text, on a Facebook page the user manages. The popup and the
// notifications must show them as text; no script runs, no dialog opens, no unsafe link appears.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dialog, Page } from 'playwright-core';
import {
  ROOT,
  addManagedPages,
  launchWithExtension,
  readBadge,
  servePages,
  waitFor,
} from '../../scripts/lib/browser.mjs';

const FIXTURE = join(ROOT, 'tests/fixtures/hostile/facebook-hostile-comments.html');
const POST_URL = 'https://www.facebook.com/permalink.php?story_fbid=pfbid0HostileXss1a2b3c&id=61550000000001';
const IMG_AUTHOR = '<img src=x onerror=alert(1)>';
const SCRIPT_AUTHOR = '<script>alert("author")</script>';
const LONG_TEXT = Array.from({ length: 10_000 }, (_, i) => `word${i % 10}xxxx`).join(' ').slice(0, 100_000);

describe('hostile comment text in the real browser', () => {
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;
  const dialogs: string[] = [];
  const onDialog = (d: Dialog) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => {});
  };
  const watch = (p: Page) => p.on('dialog', onDialog);

  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.context.on('page', watch);
    await servePages(browser.context, { [POST_URL]: readFileSync(FIXTURE, 'utf8').replace('{{LONG_TEXT}}', LONG_TEXT) });
    await addManagedPages(browser.context, browser.extensionId, [
      { address: 'https://www.facebook.com/profile.php?id=61550000000001', name: 'Acme Coffee' },
    ]);
    const tab = await browser.context.newPage();
    await tab.goto(POST_URL);
    await waitFor(async () => Number((await readBadge(browser.currentWorker())).text) >= 3, 'the three hostile comments to be recorded');
  });
  afterAll(() => browser?.close());

  it('shows markup in names and text as literal text in the popup, and nothing runs', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByRole('listitem').first().waitFor();

    await expect(popup.getByText(IMG_AUTHOR, { exact: true }).count()).resolves.toBeGreaterThan(0);
    await expect(popup.getByText(SCRIPT_AUTHOR, { exact: true }).count()).resolves.toBeGreaterThan(0);
    await expect(popup.getByText('<script>alert("xss")</script> <img src=x onerror=alert(2)> Do you ship?').count()).resolves.toBeGreaterThan(0);

    const dom = await popup.evaluate(() => ({
      imgs: [...document.querySelectorAll('img')].map((i) => i.getAttribute('src')),
      inlineScripts: [...document.querySelectorAll('script')].filter((s) => !s.src).map((s) => s.textContent),
      links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
      handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
    }));
    expect(dom.imgs.filter((src) => src === 'x' || src?.endsWith('/x'))).toEqual([]);
    expect(dom.inlineScripts).toEqual([]);
    expect(dom.handlers).toBe(0);
    const own = `chrome-extension://${browser.extensionId}/`;
    expect(dom.links.filter((href) => !href.startsWith(own) && !/^https:\/\/www\.(facebook|linkedin)\.com\//.test(href))).toEqual([]);
    expect(dom.links.some((href) => href.includes('comment_id=1029384756470001'))).toBe(true);

    // The on-page markers beside the comments, in the page's own DOM and any shadow root we add.
    const tab = browser.context.pages().find((p) => p.url() === POST_URL)!;
    const onPage = await tab.evaluate(() => {
      const roots: Array<Document | ShadowRoot> = [document];
      for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
      return roots.flatMap((r) => [...r.querySelectorAll('img[src="x"], script:not([src]), a[href^="javascript:"]:not([role=link])')]).length;
    });
    expect(onPage).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('cuts 100 kB of text with an ellipsis, collapsed and expanded', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const row = popup.getByRole('listitem').filter({ hasText: 'Long Writer' });
    await row.waitFor();
    const shown = () => row.locator('p.text').textContent();
    const collapsed = (await shown())!;
    expect(collapsed.length, JSON.stringify(collapsed)).toBeLessThanOrEqual(501);
    expect(collapsed.length, JSON.stringify(collapsed)).toBeGreaterThan(400);
    expect(collapsed.endsWith('…')).toBe(true);
    expect(collapsed.slice(0, 40)).toBe(LONG_TEXT.slice(0, 40));
    await row.getByRole('button', { name: /^More of/ }).click();
    const expanded = (await shown())!;
    expect(expanded.length).toBeGreaterThan(collapsed.length);
    expect(expanded.length).toBeLessThanOrEqual(5_001);
    expect(expanded.endsWith('…')).toBe(true);
    expect(dialogs).toEqual([]);
  });

  it('raises notifications as plain text and keeps the javascript: link out of storage', async () => {
    const worker = browser.currentWorker();
    // Record what the worker asks Chromium to show, then let its clock tick now.
    const shown = await worker.evaluate(async () => {
      const g = globalThis as unknown as { __shown: unknown[] };
      g.__shown = [];
      const create = chrome.notifications.create.bind(chrome.notifications) as (...a: unknown[]) => Promise<string>;
      (chrome.notifications as unknown as { create: unknown }).create = (...args: unknown[]) => {
        g.__shown.push(args);
        return create(...args);
      };
      await chrome.alarms.create('reply-radar-tick', { when: Date.now() + 50, periodInMinutes: 1 });
      const end = Date.now() + 15_000;
      while (g.__shown.length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
      return g.__shown as Array<[string, { title: string; message: string; type: string }]>;
    });
    expect(shown.length).toBeGreaterThan(0);
    for (const [, options] of shown) {
      expect(options.type).toBe('basic');
      expect(`${options.title} ${options.message}`).not.toMatch(/javascript:|<img|<script/i);
      expect(options.message).toMatch(/waiting over .* on Acme Coffee/);
    }

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const stored = await popup.evaluate(
      () =>
        new Promise<Array<{ authorName: string; permalink: string | null; text: string }>>((resolve, reject) => {
          const open = indexedDB.open('reply-radar');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction('comments').objectStore('comments').getAll();
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          };
        }),
    );
    expect(stored.map((c) => c.authorName).sort()).toEqual([SCRIPT_AUTHOR, IMG_AUTHOR, 'Long Writer'].sort());
    for (const c of stored) expect(c.permalink === null || c.permalink.startsWith('https://www.facebook.com/')).toBe(true);
    expect(stored.find((c) => c.authorName === SCRIPT_AUTHOR)!.permalink).toBeNull();
    expect(stored.find((c) => c.authorName === 'Long Writer')!.text.length).toBeLessThanOrEqual(5_000);
    expect(dialogs).toEqual([]);
  });
});
