import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXTENSION_DIR,
  SAMPLE_MANAGED_PAGES,
  SAMPLE_PAGES,
  addManagedPages,
  launchWithExtension,
  readBadge,
  servePages,
  waitFor,
} from '../../scripts/lib/browser.mjs';

describe('privacy and permissions of the built extension', () => {
  it("asks for storage, alarms and notifications, and the platforms' hosts, nothing more", () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'notifications', 'storage']);
    expect([...manifest.host_permissions].sort()).toEqual(['https://web.facebook.com/*', 'https://www.facebook.com/*', 'https://www.linkedin.com/*']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    // One content script per platform, each on its own host only.
    const matches = manifest.content_scripts.flatMap((script: { matches: string[] }) => script.matches).sort();
    expect(matches).toEqual(['https://web.facebook.com/*', 'https://www.facebook.com/*', 'https://www.linkedin.com/*']);
    // No remote code: a CSP that only allows the extension's own scripts (MV3's default) is not loosened.
    expect(JSON.stringify(manifest.content_security_policy ?? {})).not.toMatch(/https?:|unsafe-eval/);
  });

  describe('during a demo run', () => {
    let browser: Awaited<ReturnType<typeof launchWithExtension>>;
    const requests: string[] = [];

    beforeAll(async () => {
      browser = await launchWithExtension();
      browser.context.on('request', (r) => requests.push(r.url()));
      await servePages(browser.context, {
        [SAMPLE_PAGES.facebookPost.url]: SAMPLE_PAGES.facebookPost.file,
        [SAMPLE_PAGES.linkedinPost.url]: SAMPLE_PAGES.linkedinPost.file,
      });
      await addManagedPages(browser.context, browser.extensionId, SAMPLE_MANAGED_PAGES);
    });
    afterAll(() => browser?.close());

    it('makes no network request of its own', async () => {
      for (const sample of [SAMPLE_PAGES.facebookPost, SAMPLE_PAGES.linkedinPost]) {
        const page = await browser.context.newPage();
        await page.goto(sample.url);
      }
      await waitFor(async () => Number((await readBadge(browser.currentWorker())).text) >= 6, 'both sample pages to be read');
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await popup.getByRole('listitem').first().waitFor();
      await popup.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await popup.waitForTimeout(500);

      // The sample pages themselves, and what their own HTML refers to (images), are the page's content.
      const samples = [SAMPLE_PAGES.facebookPost, SAMPLE_PAGES.linkedinPost];
      const html = samples.map((s) => readFileSync(s.file, 'utf8').replaceAll('&amp;', '&')).join('\n');
      const pageOwn = (url: string) => samples.some((s) => s.url === url) || html.includes(url);
      const foreign = requests.filter((url) => !url.startsWith(`chrome-extension://${browser.extensionId}/`) && !pageOwn(url));
      expect(foreign).toEqual([]);
      expect(requests.length).toBeGreaterThan(2);
    });
  });
});
