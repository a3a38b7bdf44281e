// On-page markers in a real Chromium with the built extension, on the sample Facebook post whose
// three visitor questions (Bob, Maria, Sinta) have waited for days: markers beside them, the chip's
// Next, the page's own controls still answering clicks, and the popup's "mark replied" taking effect.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ROOT,
  SAMPLE_MANAGED_PAGES,
  SAMPLE_PAGES,
  addManagedPages,
  launchWithExtension,
  openExtensionPage,
  sendCommand,
  servePages,
  waitFor,
} from '../../scripts/lib/browser.mjs';
import { facebookPage } from '../../scripts/bench/pages.mjs';

const artifacts = join(ROOT, 'artifacts');
mkdirSync(artifacts, { recursive: true });

const article = (name: string) => `[role=article][aria-label^="Comment by ${name}"]`;

/** Each marker's author and text, read from the page as the user sees them. */
function markers(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('reply-radar-marker')]
      .filter((m) => m.isConnected && m.shadowRoot?.textContent)
      .map((m) => ({
        author: m.closest('[role=article]')?.getAttribute('aria-label')?.replace(/^Comment by (.+?) (\d+ days?|a day) ago$/, '$1'),
        text: m.shadowRoot!.textContent,
      })),
  );
}

async function inViewport(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  const view = page.viewportSize()!;
  return !!box && box.y >= 0 && box.y + box.height <= view.height;
}

describe('markers beside waiting comments, in a real browser', () => {
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;
  let page: Page;

  beforeAll(async () => {
    browser = await launchWithExtension();
    await servePages(browser.context, { [SAMPLE_PAGES.facebookPost.url]: SAMPLE_PAGES.facebookPost.file });
    await addManagedPages(browser.context, browser.extensionId, SAMPLE_MANAGED_PAGES);
    page = await browser.context.newPage();
    await page.goto(SAMPLE_PAGES.facebookPost.url);
  });
  afterAll(() => browser?.close());

  it('marks the three waiting questions as overdue, in words, and nothing else', async () => {
    const shown = await waitFor(async () => {
      const m = await markers(page);
      return m.length === 3 ? m : null;
    }, 'three markers');
    expect(shown.map((m) => m.author)).toEqual(['Bob Lee', 'Maria Garcia', 'Sinta Dewi']);
    for (const m of shown) expect(m.text).toMatch(/^! waiting \d+ (days?|hr|min) · overdue$/);
    expect(await page.getByText('3 waiting here').isVisible()).toBe(true);
    await page.locator(article('Maria Garcia')).evaluate((a) => a.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: join(artifacts, 'markers-facebook.png') });
  });

  it('takes no room: the comments sit exactly where they would without markers', async () => {
    const boxes = () => page.evaluate(() => [...document.querySelectorAll('[role=article]')].map((a) => JSON.stringify(a.getBoundingClientRect())));
    const withMarkers = await boxes();
    await page.evaluate(() => document.querySelectorAll<HTMLElement>('reply-radar-marker').forEach((m) => (m.style.display = 'none')));
    const without = await boxes();
    await page.evaluate(() => document.querySelectorAll<HTMLElement>('reply-radar-marker').forEach((m) => (m.style.display = '')));
    expect(withMarkers).toEqual(without);
  });

  it('lets clicks through: on the marker itself, and on the page’s own Reply under a marked comment', async () => {
    // Whatever is under the marker's badge gets the click, never the marker.
    const underBadge = await page.evaluate((sel) => {
      document.querySelector(sel)!.scrollIntoView({ block: 'center' });
      const host = document.querySelector(`${sel} reply-radar-marker`)!;
      const r = host.getBoundingClientRect();
      return document.elementFromPoint(r.left + 12, r.top + 6)?.tagName;
    }, article('Maria Garcia'));
    expect(underBadge).toBeDefined();
    expect(underBadge).not.toBe('REPLY-RADAR-MARKER');

    const reply = page.locator(`${article('Maria Garcia')} [role=button]`, { hasText: /^Reply$/ });
    await reply.evaluate((el) => el.addEventListener('click', () => ((window as unknown as { replyClicked: boolean }).replyClicked = true)));
    await reply.click(); // Playwright refuses if anything of ours covered it
    expect(await page.evaluate(() => (window as unknown as { replyClicked?: boolean }).replyClicked)).toBe(true);
  });

  it('opens the chip’s menu, whose "Hide on this page" is one click away', async () => {
    await page.locator('reply-radar-chip summary').click();
    expect(await page.getByRole('button', { name: 'Hide on this page' }).isVisible()).toBe(true);
    await page.screenshot({ path: join(artifacts, 'markers-chip-menu.png') });
    await page.locator('reply-radar-chip summary').click();
    expect(await page.getByRole('button', { name: 'Hide on this page' }).isVisible()).toBe(false);
  });

  it('Next scrolls the next waiting comment into view and outlines it', async () => {
    await page.setViewportSize({ width: 1200, height: 360 });
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await inViewport(page, article('Bob Lee'))).toBe(false);
    const next = page.getByRole('button', { name: 'Next' });
    await next.click();
    await waitFor(() => inViewport(page, article('Bob Lee')), 'Bob’s comment in view');
    await next.click();
    await waitFor(() => inViewport(page, article('Maria Garcia')), 'Maria’s comment in view');
    // Our outline, drawn over the page, around Maria's comment; the page's own styles untouched.
    const outline = await page.evaluate(() => {
      const i = document.querySelector('reply-radar-chip')!.shadowRoot!.querySelector('i')!;
      return { hidden: i.hidden, top: i.getBoundingClientRect().top };
    });
    const maria = (await page.locator(article('Maria Garcia')).boundingBox())!;
    expect(outline.hidden).toBe(false);
    expect(Math.abs(outline.top - (maria.y - 4))).toBeLessThan(2);
    expect(await page.locator(article('Maria Garcia')).getAttribute('style')).toBeNull();
    await page.setViewportSize({ width: 1200, height: 900 });
  });

  it('drops the marker once the comment is marked replied from the popup', async () => {
    const id = await page.locator(article('Maria Garcia')).evaluate((a) => a.closest('[data-commentid]')!.getAttribute('data-commentid'));
    const popup = await openExtensionPage(browser.context, browser.extensionId, 'popup.html');
    const result = await sendCommand(popup, { type: 'comment-action', key: `facebook:${id}`, action: 'mark-replied' });
    expect(result.ok).toBe(true);
    const left = await waitFor(async () => {
      const m = await markers(page);
      return m.length === 2 ? m : null;
    }, 'two markers left');
    expect(left.map((m) => m.author)).toEqual(['Bob Lee', 'Sinta Dewi']);
    expect(await page.getByText('2 waiting here').isVisible()).toBe(true);
    await popup.close();
  });

  it('"Hide on this page" removes markers and chip, and they stay away after a reload', async () => {
    await page.locator('reply-radar-chip summary').click();
    await page.getByRole('button', { name: 'Hide on this page' }).click();
    expect(await page.locator('reply-radar-marker, reply-radar-chip').count()).toBe(0);
    await page.reload();
    await page.waitForTimeout(2_000); // time enough for the script to read the page and (not) mark it
    expect(await page.locator('reply-radar-marker, reply-radar-chip').count()).toBe(0);
  });
});

describe('markers on a long post, in a real browser', () => {
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;
  let page: Page;
  const COMMENTS = 300;
  /** The n-th generated visitor comment (each has a visitor's reply, so its thread still waits). */
  const nth = (n: number) => `[role=article][aria-label^="Comment by Visitor ${n} "]`;

  beforeAll(async () => {
    browser = await launchWithExtension();
    const generated = facebookPage();
    await servePages(browser.context, { [generated.url]: generated.html });
    await addManagedPages(browser.context, browser.extensionId, SAMPLE_MANAGED_PAGES);
    page = await browser.context.newPage();
    await page.goto(generated.url);
    await page.evaluate((n) => (window as unknown as { __rrBench: { growTo(n: number): Promise<number> } }).__rrBench.growTo(n), COMMENTS);
    // Every generated comment read and asked about: the chip counts them all.
    const counted = () =>
      page.evaluate(() => parseInt(document.querySelector('reply-radar-chip')?.shadowRoot?.querySelector('span')?.textContent ?? '0', 10));
    await waitFor(async () => (await counted()) >= COMMENTS, `the chip to count ${COMMENTS}`, { timeout: 60_000 });
  });
  afterAll(() => browser?.close());

  const markerIn = (selector: string) => page.locator(`${selector} reply-radar-marker`).count();

  it('draws a marker within a second of its comment scrolling into view, and none far off screen', async () => {
    for (const n of [150, 290, 40]) {
      expect(await markerIn(nth(n))).toBe(0);
      await page.locator(nth(n)).evaluate((a) => a.scrollIntoView({ block: 'center' }));
      const start = Date.now();
      await waitFor(async () => (await markerIn(nth(n))) === 1, `a marker on comment ${n}`, { timeout: 5_000, interval: 50 });
      expect(Date.now() - start).toBeLessThan(1_000);
      const text = await page.locator(`${nth(n)} reply-radar-marker`).evaluate((m) => m.shadowRoot?.textContent);
      expect(text).toMatch(/^(! )?waiting /);
    }
  });
});

describe('markers on a right-to-left page (Arabic interface), in a real browser', () => {
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;
  let page: Page;
  const file = join(ROOT, 'tests/fixtures/facebook/languages/collapsed-replies.ar.html');
  const address = /^\s*url: (\S+)$/m.exec(readFileSync(file, 'utf8'))![1]!;

  beforeAll(async () => {
    browser = await launchWithExtension();
    await servePages(browser.context, { [address]: file });
    await addManagedPages(browser.context, browser.extensionId, [{ address: 'https://www.facebook.com/acmecoffee', name: 'Acme Coffee' }]);
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 900, height: 900 });
    await page.goto(address);
  });
  afterAll(() => browser?.close());

  it('marks the waiting comments with the ages their Arabic labels say, each on the right side, just left of the name', async () => {
    // Each marker beside its author's name, with the boxes the user sees.
    const measured = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('reply-radar-marker')]
          .filter((m) => m.isConnected && m.shadowRoot?.textContent)
          .map((m) => {
            const name = m.previousElementSibling!;
            const box = (e: Element) => {
              const r = e.getBoundingClientRect();
              return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
            };
            return { author: name.textContent, text: m.shadowRoot!.textContent, marker: box(m), name: box(name), comment: box(m.closest('[role=article]')!) };
          }),
      );
    const shown = await waitFor(async () => {
      const m = await measured();
      return m.length === 3 ? m : null;
    }, 'three markers on the Arabic page');
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    // Jane Doe was answered by the page's collapsed row ("ردّ Acme Coffee"); the others wait 8, 7 and 6 hours,
    // read from "٨ س", "قبل 7 ساعات" and "٦ س": the same as the English page.
    expect(shown.map((m) => m.author)).toEqual(['Hugo Bernard', 'Ivy Tan', 'Paul Martin']);
    expect(shown.map((m) => /waiting (\d+) hr/.exec(m.text ?? '')?.[1])).toEqual(['8', '7', '6']);
    for (const { marker, name, comment } of shown) {
      // The name starts the line at the comment's right edge; the marker follows it on its left, a small gap between.
      const gap = name.left - marker.right;
      expect(gap).toBeGreaterThanOrEqual(2);
      expect(gap).toBeLessThanOrEqual(12);
      expect(marker.right - marker.left).toBeGreaterThan(20);
      expect(marker.left).toBeGreaterThanOrEqual(comment.left);
      expect((marker.left + marker.right) / 2).toBeGreaterThan((comment.left + comment.right) / 2);
      // On the name's line.
      expect(Math.abs((marker.top + marker.bottom) / 2 - (name.top + name.bottom) / 2)).toBeLessThan(8);
    }
    await page.locator('reply-radar-marker').first().evaluate((m) => m.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: join(artifacts, 'markers-rtl-ar.png') });
  });
});
