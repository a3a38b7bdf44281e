import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, SAMPLE_PAGES, addManagedPages, launchWithExtension, readBadge, servePages, waitFor } from '../../scripts/lib/browser.mjs';

// The platforms' notification lists served at their real addresses: a user who opens only the list
// sees its comments in the popup, and opening a post later settles them.

const fixture = (path: string) => join(ROOT, 'tests/fixtures', path);
const FB_LIST = 'https://www.facebook.com/notifications';
const LI_LIST = 'https://www.linkedin.com/company/98765432/admin/notifications/all/';
const ACME_FACEBOOK = { address: 'https://www.facebook.com/profile.php?id=61550000000001', name: 'Acme Coffee' };

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
beforeEach(async () => {
  browser = await launchWithExtension();
});
afterEach(() => browser?.close());

async function popupText(): Promise<string> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.getByRole('listitem').first().waitFor();
  const text = await popup.locator('body').innerText();
  await popup.close();
  return text;
}

async function popupShows(what: string, test: (text: string) => boolean): Promise<string> {
  let last = '';
  await waitFor(async () => test((last = await popupText())), what);
  return last;
}

describe('notification lists in a real browser', () => {
  it("brings the Facebook list's comments on the page's posts into the popup, and the post settles them later", async () => {
    await servePages(browser.context, { [FB_LIST]: fixture('facebook/notifications/notifications-page.html'), [SAMPLE_PAGES.facebookPost.url]: SAMPLE_PAGES.facebookPost.file });
    await addManagedPages(browser.context, browser.extensionId, [ACME_FACEBOOK]);
    const tab = await browser.context.newPage();
    await tab.goto(FB_LIST);

    // Jane Doe's comment is two days old: overdue, on the badge. Priya and Tom wait in one conversation.
    await waitFor(async () => (await readBadge(browser.currentWorker())).text === '1', 'the badge to count the overdue notified comment');
    const text = await popupShows('the notified comments', (t) => ['Priya Shah', 'Lena Park', 'Jane Doe'].every((a) => t.includes(a)));
    expect(text).toContain('From notifications');
    expect(text).toContain('Tom Nguyen');
    for (const absent of ['Chris Miller', 'Ana Ruiz', 'Diego Alvarez', 'Mia Wong']) expect(text).not.toContain(absent);

    // The post the page answered Jane on: opening it settles her comment, and its own comments arrive unnoted.
    await tab.goto(SAMPLE_PAGES.facebookPost.url);
    const after = await popupShows('Jane answered and Bob Lee listed', (t) => !t.includes('Jane Doe') && t.includes('Bob Lee'));
    expect(after).toContain('Priya Shah');
  });

  it('reports a Facebook list that shows items but yields nothing recognisable', async () => {
    const broken = readFileSync(fixture('facebook/notifications/notifications-page.html'), 'utf8').replaceAll('notif_t=', 'notif_kind=');
    await servePages(browser.context, { [FB_LIST]: broken });
    await addManagedPages(browser.context, browser.extensionId, [ACME_FACEBOOK]);
    await (await browser.context.newPage()).goto(FB_LIST);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await waitFor(async () => /layout was not recognised.*facebook\.com\/notifications/i.test(await popup.locator('body').innerText()), 'the layout warning for the list', { timeout: 30_000 });
  });

  it('reads the LinkedIn admin list addressed by number for a company added by its vanity name', async () => {
    await servePages(browser.context, { [LI_LIST]: fixture('linkedin/notifications/admin-notifications.html') });
    await addManagedPages(browser.context, browser.extensionId, [{ address: 'https://www.linkedin.com/company/acme-coffee/', name: 'Acme Coffee' }]);
    await (await browser.context.newPage()).goto(LI_LIST);
    const text = await popupShows('the LinkedIn notified comments', (t) => ['Olivia Chen', 'Sven Berg'].every((a) => t.includes(a)));
    expect(text).toContain('Marco Bianchi');
    for (const absent of ['Ana Lima', 'Kim Park', 'Tom Hughes']) expect(text).not.toContain(absent);
  });
});
