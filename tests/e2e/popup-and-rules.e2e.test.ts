import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ROOT,
  SAMPLE_MANAGED_PAGES,
  SAMPLE_PAGES,
  addManagedPages,
  launchWithExtension,
  readBadge,
  servePages,
  waitFor,
} from '../../scripts/lib/browser.mjs';

const artifacts = join(ROOT, 'artifacts');
mkdirSync(artifacts, { recursive: true });
const RED = [217, 48, 37, 255];

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
beforeEach(async () => {
  browser = await launchWithExtension();
  await servePages(browser.context, { [SAMPLE_PAGES.facebookPost.url]: SAMPLE_PAGES.facebookPost.file });
  await addManagedPages(browser.context, browser.extensionId, SAMPLE_MANAGED_PAGES);
});
afterEach(() => browser?.close());

const badgeText = async () => (await readBadge(browser.currentWorker())).text;
const notifications = () => browser.currentWorker().evaluate(async () => Object.keys(await chrome.notifications.getAll()));
/** Run the clock now instead of waiting for the next minute (unpacked extensions may set short alarms). */
const tickNow = () => browser.currentWorker().evaluate(() => chrome.alarms.create('reply-radar-tick', { when: Date.now() + 50, periodInMinutes: 1 }));

async function openPopup() {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.getByRole('listitem').first().waitFor();
  return popup;
}

describe('the clock, in a real browser', () => {
  it('turns a comment posted 30 hours ago into a red 1 and a notification, and marking it replied clears both', async () => {
    const thirtyHoursAgo = new Date(Date.now() - 30 * 3_600_000);
    const page = await browser.context.newPage();
    // Keep one of the sample's visitor comments and give it Facebook's full-date tooltip for 30 hours ago.
    await page.addInitScript((absolute: string) => {
      document.addEventListener('DOMContentLoaded', () => {
        for (const id of ['1029384756474012', '1029384756474233']) document.querySelector(`[data-commentid="${id}"]`)?.remove();
        const bob = document.querySelector('[data-commentid="1029384756473901"]')!;
        bob.querySelector('[role="article"]')!.setAttribute('aria-label', 'Comment by Bob Lee a day ago');
        const link = bob.querySelector('a[href*="comment_id=1029384756473901"]')!;
        link.textContent = '1d';
        link.setAttribute('aria-label', absolute);
      });
    }, format(thirtyHoursAgo, "EEEE d MMMM yyyy 'at' HH:mm"));
    await page.goto(SAMPLE_PAGES.facebookPost.url);

    await waitFor(async () => (await badgeText()) === '1', 'the badge to read 1');
    expect((await readBadge(browser.currentWorker())).color).toEqual(RED);
    await tickNow();
    const [shown] = await waitFor(async () => {
      const ids = await notifications();
      return ids.length ? ids : null;
    }, 'a notification');
    expect(shown).toMatch(/^reply-radar:/);

    const popup = await openPopup();
    expect(await popup.locator('body').innerText()).toContain('Overdue · 30 hr');
    await popup.getByRole('button', { name: "Mark replied: Bob Lee's comment" }).click();
    await waitFor(async () => (await badgeText()) === '', 'the badge to clear');
    await waitFor(async () => (await notifications()).length === 0, 'the notification to clear');
  });
});

describe('the popup, in a real browser', () => {
  it('marks one comment replied and snoozes another, and the badge follows', async () => {
    const page = await browser.context.newPage();
    await page.goto(SAMPLE_PAGES.facebookPost.url);
    await waitFor(async () => (await badgeText()) === '3', 'the badge to read 3');

    const popup = await openPopup();
    await popup.getByRole('button', { name: "Mark replied: Bob Lee's comment" }).click();
    await waitFor(async () => (await badgeText()) === '2', 'the badge to read 2 after marking replied');
    await expect(popup.getByRole('status').or(popup.getByRole('alert')).first().innerText()).resolves.toMatch(/Bob Lee/);

    await popup.getByRole('button', { name: "Snooze Maria Garcia's comment" }).click();
    await popup.getByRole('menuitem', { name: '1 hour' }).click();
    await waitFor(async () => (await badgeText()) === '1', 'the badge to read 1 after snoozing');
    await waitFor(async () => (await popup.getByRole('listitem').count()) === 1, 'one waiting row left');
    await popup.screenshot({ path: join(artifacts, 'popup-after-actions.png') });

    await popup.getByRole('tab', { name: /Snoozed/ }).click();
    await waitFor(async () => (await popup.locator('body').innerText()).includes('Maria Garcia'), 'Maria in the Snoozed tab');
  });

  it("won't reply to every comment selected at once, and Undo brings each back, with the badge", async () => {
    const page = await browser.context.newPage();
    await page.goto(SAMPLE_PAGES.facebookPost.url);
    await waitFor(async () => (await badgeText()) === '3', 'the badge to read 3');

    const popup = await openPopup();
    await popup.getByRole('checkbox', { name: 'Select all shown (3)' }).check();
    const bar = popup.getByRole('group', { name: 'Act on the selected conversations' });
    await expect(bar.innerText()).resolves.toContain('3 conversations selected');
    await bar.getByRole('button', { name: "Won't reply: the selected conversations" }).click();
    await waitFor(async () => (await badgeText()) === '', 'the badge to clear');
    await waitFor(async () => (await popup.locator('.toast').innerText()).includes("3 comments moved to Done (won't reply)."), 'the toast');
    await popup.screenshot({ path: join(artifacts, 'popup-after-bulk.png') });

    await popup.locator('.toast').getByRole('button', { name: 'Undo' }).click();
    await waitFor(async () => (await badgeText()) === '3', 'the badge to read 3 again');
    await waitFor(async () => (await popup.getByRole('list', { name: /waiting for a reply/i }).getByRole('listitem').count()) === 3, 'three waiting rows back');
  });
});
