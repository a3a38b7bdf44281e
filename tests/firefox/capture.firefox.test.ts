import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_MANAGED_PAGES, SAMPLE_PAGES, waitFor } from '../../scripts/lib/browser.mjs';
import { addManagedPages, launchFirefoxWithExtension, newPlatformPage, readBadge, readStore } from '../../scripts/lib/firefox.mjs';

// The Firefox build in Debian's Firefox ESR: both platforms' sample posts, served at their real
// addresses, read by the real content scripts inside Firefox's sandbox, and shown in the popup.

type Firefox = Awaited<ReturnType<typeof launchFirefoxWithExtension>>;
let firefox: Firefox;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
  await addManagedPages(firefox, SAMPLE_MANAGED_PAGES);
});
afterAll(() => firefox?.close());

describe('Facebook and LinkedIn in a real Firefox', () => {
  it('lists both sample posts’ waiting comments in the popup and counts them on the badge', async () => {
    for (const sample of [SAMPLE_PAGES.facebookPost, SAMPLE_PAGES.linkedinPost]) {
      const tab = await newPlatformPage(firefox.browser, { [sample.url]: sample.file });
      await tab.goto(sample.url);
    }
    const popup = await firefox.openExtensionPage('popup.html');
    // Three visitor comments wait on each post, all of them days old: six, red.
    const badge = await waitFor(async () => {
      const b = await readBadge(popup);
      return b.text === '6' ? b : null;
    }, 'the badge to read 6', { timeout: 90_000 });
    expect(badge.color).toEqual([217, 48, 37, 255]);
    expect(badge.title).toContain('Acme Coffee (Facebook): 3 overdue');
    expect(badge.title).toContain('Acme Coffee (LinkedIn): 3 overdue');

    const rows = await waitFor(async () => {
      const texts = await popup.$$eval('ul.rows > li', (items) => items.map((li) => (li as HTMLElement).innerText));
      return texts.length === 6 ? texts : null;
    }, 'six rows in the popup', { timeout: 60_000 });
    const row = (author: string, platform: string) => rows.filter((r) => r.split('\n')[0] === author && r.includes(`Acme Coffee · ${platform}`));
    for (const platform of ['Facebook', 'LinkedIn']) {
      for (const author of ['Bob Lee', 'Maria Garcia']) expect(row(author, platform)).toHaveLength(1);
    }
    expect(row('Sinta Dewi', 'Facebook')).toHaveLength(1);
    expect(row('Priya Shah', 'LinkedIn')).toHaveLength(1);
    // Jane was answered by the page on both posts: she is not work.
    expect(rows.join('\n')).not.toContain('Jane Doe');

    // Facebook's links are read through the page's own URL objects: their tracking parameters are gone.
    const stored = await readStore<{ platform: string; permalink: string | null }>(popup, 'comments');
    const facebook = stored.filter((c) => c.platform === 'facebook');
    expect(facebook.length).toBeGreaterThanOrEqual(4);
    for (const c of facebook) {
      expect(c.permalink).toMatch(/comment_id=\d+/);
      expect(c.permalink).not.toMatch(/__cft__|__tn__/);
    }
    // Every comment-like node on both posts was read: none skipped as unreadable.
    type Health = { platform: string; recognised: number; skipped: number };
    const health = await waitFor(async () => {
      const reports = await readStore<Health>(popup, 'health');
      return reports.some((h) => h.platform === 'facebook') && reports.some((h) => h.platform === 'linkedin') ? reports : null;
    }, 'both content scripts to report what they read', { timeout: 60_000 });
    for (const platform of ['facebook', 'linkedin']) {
      const report = health.find((h) => h.platform === platform);
      expect(report, `a parser health report for ${platform}`).toBeDefined();
      expect(report!.recognised).toBeGreaterThanOrEqual(4);
      expect(report!.skipped).toBe(0);
    }
    expect(firefox.errors()).toEqual([]);
  });
});

describe('withdrawn site access in a real Firefox', () => {
  it('says in the popup that Facebook cannot be read, and the button asks for access again', async () => {
    const popup = await firefox.openExtensionPage('popup.html');
    const facebook = { origins: ['https://www.facebook.com/*'] };
    // What a user does in about:addons → Reply Radar → Permissions.
    expect(await popup.evaluate((p) => browser.permissions.remove(p), facebook)).toBe(true);
    const banner = await popup.waitForSelector('::-p-xpath(//*[@role="alert"][contains(., "can\'t read Facebook")])', { timeout: 60_000 });
    expect(await banner!.evaluate((el) => el.textContent)).not.toContain('LinkedIn');

    const allow = await popup.waitForSelector('::-p-xpath(//*[@role="alert"]//button[normalize-space()="Allow access"])');
    await allow!.click();
    await waitFor(async () => popup.evaluate((p) => browser.permissions.contains(p), facebook), 'access to Facebook to be granted again');
    await waitFor(async () => (await popup.$$('[role="alert"]')).length === 0, 'the banner to go');
    expect(firefox.errors()).toEqual([]);
  });
});
