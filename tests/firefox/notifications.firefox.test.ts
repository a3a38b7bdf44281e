import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_MANAGED_PAGES, SAMPLE_PAGES, waitFor } from '../../scripts/lib/browser.mjs';
import { addManagedPages, launchFirefoxWithExtension, newPlatformPage, readStore } from '../../scripts/lib/firefox.mjs';

// Facebook's notification list read inside Firefox's content-script sandbox, where the page's
// own URL and NodeList objects are seen through Xray wrappers.

type Firefox = Awaited<ReturnType<typeof launchFirefoxWithExtension>>;
let firefox: Firefox;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
  await addManagedPages(firefox, SAMPLE_MANAGED_PAGES);
});
afterAll(() => firefox?.close());

describe('notification lists in a real Firefox', () => {
  it("stores the list's comments on the page's posts, marked as from notifications, without their tracking", async () => {
    const sample = SAMPLE_PAGES.facebookNotifications;
    const tab = await newPlatformPage(firefox.browser, { [sample.url]: sample.file });
    await tab.goto(sample.url);
    const popup = await firefox.openExtensionPage('popup.html');
    type Row = { id: string; authorName: string; permalink: string | null; fromNotification?: boolean };
    const stored = await waitFor(async () => {
      const rows = await readStore<Row>(popup, 'comments');
      return rows.length === 4 ? rows : null;
    }, 'the four notified comments', { timeout: 60_000 });
    expect(stored.map((c) => c.authorName).sort()).toEqual(['Jane Doe', 'Lena Park', 'Priya Shah', 'Tom Nguyen']);
    for (const c of stored) {
      expect(c.fromNotification).toBe(true);
      expect(c.permalink).toMatch(/comment_id=\d+/);
      expect(c.permalink).not.toMatch(/notif_|ref=/);
    }
    expect(firefox.errors()).toEqual([]);
  });
});
