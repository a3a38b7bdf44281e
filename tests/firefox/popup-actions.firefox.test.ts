import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { SAMPLE_MANAGED_PAGES, SAMPLE_PAGES, waitFor } from '../../scripts/lib/browser.mjs';
import { addManagedPages, launchFirefoxWithExtension, newPlatformPage, readBadge, readStore } from '../../scripts/lib/firefox.mjs';

// The clock and the popup's actions in Firefox: a notification for the overdue comments, "Mark replied"
// clicked for real in the popup, and the badge and the notification following.

type Firefox = Awaited<ReturnType<typeof launchFirefoxWithExtension>>;
let firefox: Firefox;
let popup: Page;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
  await addManagedPages(firefox, SAMPLE_MANAGED_PAGES);
  popup = await firefox.openExtensionPage('popup.html');
  // Listening before any comment is read: the minute's clock may notify as soon as they are stored.
  await recordNotifications();
  const { url, file } = SAMPLE_PAGES.facebookPost;
  const tab = await newPlatformPage(firefox.browser, { [url]: file });
  await tab.goto(url);
});
afterAll(() => firefox?.close());

const badgeText = async () => (await readBadge(popup)).text;
/**
 * Record every notification Firefox shows, with its words. Firefox closes a notification by itself after
 * some seconds (as it does for a user), so what is on screen at one moment proves little: the shown event does.
 */
const recordNotifications = () =>
  popup.evaluate(() => {
    const shown: Array<{ id: string; title: string; message: string }> = [];
    (window as unknown as { shownNotifications: typeof shown }).shownNotifications = shown;
    const events = browser.notifications as unknown as { onShown: { addListener(fn: (id: string) => void): void } };
    events.onShown.addListener(async (id) => {
      const options = (await browser.notifications.getAll())[id] as unknown as { title: string; message: string } | undefined;
      shown.push({ id, title: options?.title ?? '', message: options?.message ?? '' });
    });
  });
const shownNotifications = () =>
  popup.evaluate(() => (window as unknown as { shownNotifications: Array<{ id: string; title: string; message: string }> }).shownNotifications);
/** The notifications the extension remembers as on screen (to clear them once their comments are dealt with). */
const rememberedNotifications = async () =>
  (await readStore<{ key: string }>(popup, 'meta')).filter((entry) => entry.key.startsWith('reply-radar:')).map((entry) => entry.key);
/** Run the clock now instead of waiting for the next minute. */
const tickNow = () => popup.evaluate(() => browser.alarms.create('reply-radar-tick', { when: Date.now() + 50, periodInMinutes: 1 }));
/** Click, as a user would, the button labelled `label` in the popup's row for `author`. */
async function clickInRow(author: string, label: string) {
  const selector = `::-p-xpath(//ul[contains(@class,"rows")]/li[.//*[normalize-space()="${author}"]]//button[normalize-space()="${label}"])`;
  const button = await popup.waitForSelector(selector, { timeout: 60_000 });
  await button!.click();
}

describe('the clock and the popup, in a real Firefox', () => {
  it('notifies about the overdue comments, and "Mark replied" moves the badge and then clears it and the notification', async () => {
    await waitFor(async () => (await badgeText()) === '3', 'the badge to read 3', { timeout: 90_000 });
    await tickNow();
    const [shown] = await waitFor(async () => {
      const list = await shownNotifications();
      return list.length ? list : null;
    }, 'a notification', { timeout: 60_000 });
    expect(shown!.id).toMatch(/^reply-radar:/);
    expect(`${shown!.title} ${shown!.message}`).toMatch(/3 conversations/);
    expect(`${shown!.title} ${shown!.message}`).toContain('Acme Coffee');
    expect(await rememberedNotifications()).toEqual([shown!.id]);

    await clickInRow('Bob Lee', 'Mark replied');
    await waitFor(async () => (await badgeText()) === '2', 'the badge to read 2 after marking Bob replied', { timeout: 60_000 });
    // Two of its comments still wait: the notification is still theirs.
    expect(await rememberedNotifications()).toEqual([shown!.id]);

    await clickInRow('Maria Garcia', 'Mark replied');
    await clickInRow('Sinta Dewi', 'Mark replied');
    await waitFor(async () => (await badgeText()) === '', 'the badge to clear', { timeout: 60_000 });
    await waitFor(async () => (await rememberedNotifications()).length === 0, 'the notification to be cleared', { timeout: 60_000 });
    // Nothing more is due: no second notification about the same comments.
    await tickNow();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await shownNotifications()).toHaveLength(1);
    expect(firefox.errors()).toEqual([]);
  });
});

describe('the error check of the Firefox suite', () => {
  // Last in this file: it makes the extension log errors on purpose.
  it('sees an error thrown in an extension page and one logged by the background', async () => {
    expect(firefox.errors()).toEqual([]);
    await popup.evaluate(async () => {
      setTimeout(() => {
        throw new Error('deliberate error in the popup');
      });
      const background = await browser.runtime.getBackgroundPage();
      (background as unknown as typeof globalThis).console.error('deliberate error in the background');
    });
    const errors = await waitFor(() => (firefox.errors().length >= 2 ? firefox.errors() : null), 'both errors in the log');
    expect(errors.join('\n')).toContain('deliberate error in the popup');
    expect(errors.join('\n')).toContain('deliberate error in the background');
  });
});
