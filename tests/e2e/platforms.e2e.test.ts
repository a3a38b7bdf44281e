import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ROOT,
  addManagedPages,
  launchWithExtension,
  openExtensionPage,
  readBadge,
  sendCommand,
  servePages,
  waitFor,
} from '../../scripts/lib/browser.mjs';

// Each platform's fixtures served at their real addresses: the real match
// patterns fire, the real adapter reads them, and the popup shows the result.

const fixture = (platform: string, name: string) => join(ROOT, 'tests/fixtures', platform, name);

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
beforeEach(async () => {
  browser = await launchWithExtension();
});
afterEach(() => browser?.close());

async function visit(urls: string[]) {
  for (const url of urls) {
    const page = await browser.context.newPage();
    await page.goto(url);
  }
}

/** Waits for the badge (overdue comments) and the popup's list (every waiting comment), returns the popup's lines. */
async function waitingAuthors(overdue: number, expected = overdue): Promise<string[]> {
  await waitFor(async () => Number((await readBadge(browser.currentWorker())).text) === overdue, `the badge to read ${overdue}`);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const rows = popup.getByRole('listitem');
  await waitFor(async () => (await rows.count()) === expected, `${expected} rows in the popup`);
  return popup.locator('body').innerText().then((t) => t.split('\n'));
}

describe('Facebook pages in a real browser', () => {
  it('lists the waiting comments of an English and a Spanish post, not the answered ones', async () => {
    const english = 'https://www.facebook.com/permalink.php?story_fbid=pfbid02XyZabcDEF123ghiJKL456mnoPQR789stuVWX0yzAB1cdEF2ghIJ3klMN4opl&id=61550000000001';
    const spanish = 'https://www.facebook.com/permalink.php?story_fbid=pfbid0EspanolCafe1a2b3c4d5e6f7g8h9i0j1k2l3m4n5o6p7q8r9s0t1l&id=61550000000001';
    await servePages(browser.context, {
      [english]: fixture('facebook', 'page-post-permalink.html'),
      [spanish]: fixture('facebook', 'spanish-interface.html'),
    });
    await addManagedPages(browser.context, browser.extensionId, [{ address: 'https://www.facebook.com/profile.php?id=61550000000001', name: 'Acme Coffee' }]);
    await visit([english, spanish]);
    // Three are overdue (the badge); Carmen commented seconds ago, so she waits without being late.
    const text = (await waitingAuthors(3, 4)).join('\n');
    for (const author of ['Bob Lee', 'Maria Garcia', 'Sinta Dewi', 'Carmen Díaz']) expect(text).toContain(author);
    // Lucía was answered by the page's reply, Javier by a collapsed "Acme Coffee respondió" summary.
    expect(text).not.toContain('Lucía Fernández');
    expect(text).not.toContain('Javier Ruiz');
  });

  it('tells the popup which page a tab shows, for "Track this page", before the page is managed', async () => {
    const timeline = 'https://www.facebook.com/acmecoffee';
    await servePages(browser.context, { [timeline]: fixture('facebook', 'page-timeline.html') });
    await visit([timeline]);
    const extensionPage = await browser.context.newPage();
    await extensionPage.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const identity = await waitFor(
      () =>
        extensionPage.evaluate(async () => {
          const [tab] = await chrome.tabs.query({ url: 'https://www.facebook.com/*' });
          return tab?.id === undefined ? null : chrome.tabs.sendMessage(tab.id, { type: 'identify-page' });
        }),
      'the content script to answer identify-page',
    );
    expect(identity).toMatchObject({ platform: 'facebook', name: 'Acme Coffee', slug: 'acmecoffee' });

    // "Track this page" adds it; the open tab starts reading without a reload.
    const added = await extensionPage.evaluate((page) => chrome.runtime.sendMessage({ type: 'add-page', address: page.url, name: page.name }), identity as { url: string; name: string });
    expect(added).toMatchObject({ ok: true });
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await waitFor(async () => (await popup.locator('body').innerText()).includes('Yuki Sato'), "Yuki Sato's waiting comment in the popup");
  });
});

describe('a page added by its number alone', () => {
  it('is recognised at its vanity address, learns its name there, and is one page under both addresses', async () => {
    const vanityPost = 'https://www.facebook.com/acmecoffee/posts/pfbid02XyZabcDEF123ghiJKL456mnoPQR789stuVWX0yzAB1cdEF2ghIJ3klMN4opl';
    await servePages(browser.context, { [vanityPost]: fixture('facebook', 'page-post-permalink.html') });
    await addManagedPages(browser.context, browser.extensionId, [{ address: 'https://www.facebook.com/profile.php?id=61550000000001' }]);
    const settings = await openExtensionPage(browser.context, browser.extensionId, 'options.html');
    await waitFor(async () => (await settings.getByRole('list', { name: 'Managed pages' }).getByRole('heading', { level: 3 }).innerText()) === 'Facebook page 6155…0001', 'the page named as a page, not by its number');

    await visit([vanityPost]);
    const lines = await waitingAuthors(3);
    expect(lines).toContain('Acme Coffee · Facebook');
    expect(lines.join('\n')).not.toMatch(/61550000000001|6155…/);

    await settings.reload();
    await waitFor(async () => (await settings.getByRole('list', { name: 'Managed pages' }).getByRole('heading', { level: 3 }).innerText()) === 'Acme Coffee', 'the learned name in the settings');
    // The comments taught the name and number; the page's header, a moment later, its vanity address.
    const learned = await waitFor(async () => {
      const text = await settings.getByRole('group', { name: 'Learned from the page' }).innerText();
      return text.includes('facebook.com/acmecoffee') ? text : null;
    }, 'the vanity address learned from the page');
    expect(learned).toContain('61550000000001');
    const again = await sendCommand(settings, { type: 'add-page', address: 'https://www.facebook.com/acmecoffee' });
    expect(again).toMatchObject({ ok: false, code: 'already-tracked' });
  });
});

describe('a page the user does not manage', () => {
  it('shows nothing while only another page is managed, and is read as soon as the user tracks it', async () => {
    const timeline = 'https://www.facebook.com/acmecoffee';
    await servePages(browser.context, { [timeline]: fixture('facebook', 'page-timeline.html') });
    await addManagedPages(browser.context, browser.extensionId, [{ address: 'https://www.facebook.com/otherbakery', name: 'Other Bakery' }]);
    await visit([timeline]);
    const tab = browser.context.pages().find((p) => p.url() === timeline)!;
    await tab.waitForTimeout(2_000); // time enough to read the page and mark it, were it read
    expect(await tab.locator('reply-radar-marker, reply-radar-chip').count()).toBe(0);

    const extensionPage = await browser.context.newPage();
    await extensionPage.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const added = await extensionPage.evaluate(() => chrome.runtime.sendMessage({ type: 'add-page', address: 'https://www.facebook.com/acmecoffee', name: 'Acme Coffee' }));
    expect(added).toMatchObject({ ok: true });
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await waitFor(async () => (await popup.locator('body').innerText()).includes('Yuki Sato'), "Yuki Sato's waiting comment in the popup");
  });
});

describe('LinkedIn company pages in a real browser', () => {
  it('reads the legacy and the 2026 markup of one post as the same comments, and the admin view by company id', async () => {
    const post = 'https://www.linkedin.com/feed/update/urn:li:activity:7510262022145234567/';
    const admin = 'https://www.linkedin.com/company/105123456/admin/page-posts/published/';
    await servePages(browser.context, {
      [post]: fixture('linkedin', 'company-post.html'),
      [admin]: fixture('linkedin', 'admin-page-posts.html'),
    });
    await addManagedPages(browser.context, browser.extensionId, [{ address: 'https://www.linkedin.com/company/acme-coffee/', name: 'Acme Coffee' }]);
    await visit([post, admin]);
    const before = await waitingAuthors(4);
    const text = before.join('\n');
    for (const author of ['Bob Lee', 'Maria Garcia', 'Priya Shah', 'Leo']) expect(text).toContain(author);
    expect(text).not.toContain('Jane Doe');
    expect(text).not.toMatch(/\bKim\b/);

    // The same post served in the 2026 rewrite: the same comments, not new ones.
    await browser.context.unroute(/^https?:\/\//);
    await servePages(browser.context, { [post]: fixture('linkedin', 'sdui-post.html') });
    await visit([post]);
    await new Promise((r) => setTimeout(r, 2_000));
    expect((await readBadge(browser.currentWorker())).text).toBe('4');
  });

  it('says so in the popup when a managed post shows comments in a layout it does not recognise', async () => {
    const post = 'https://www.linkedin.com/feed/update/urn:li:activity:7510262022145234567/';
    await servePages(browser.context, { [post]: fixture('linkedin', 'broken-markup.html') });
    await addManagedPages(browser.context, browser.extensionId, [{ address: 'https://www.linkedin.com/company/acme-coffee/', name: 'Acme Coffee' }]);
    await visit([post]);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    // The page gets a few seconds to render its comments before the adapter's result is judged.
    const warning = await waitFor(async () => {
      const text = await popup.locator('body').innerText();
      return text.includes("LinkedIn's layout was not recognised on this page") ? text : null;
    }, 'the layout warning in the popup');
    expect(warning).toContain('www.linkedin.com/feed/update');
  });
});
