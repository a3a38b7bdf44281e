import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('from a Facebook page to the toolbar, in a real browser', () => {
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;

  beforeAll(async () => {
    browser = await launchWithExtension();
    await servePages(browser.context, { [SAMPLE_PAGES.facebookPost.url]: SAMPLE_PAGES.facebookPost.file });
    await addManagedPages(browser.context, browser.extensionId, SAMPLE_MANAGED_PAGES);
  });
  afterAll(() => browser?.close());

  it('lists the sample post’s three waiting visitor comments and counts them on the badge', async () => {
    const page = await browser.context.newPage();
    await page.goto(SAMPLE_PAGES.facebookPost.url);

    const badge = await waitFor(async () => {
      const b = await readBadge(browser.currentWorker());
      return b.text === '3' ? b : null;
    }, 'the badge to read 3');
    expect(badge.color).toEqual([217, 48, 37, 255]);

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const rows = popup.getByRole('listitem');
    await waitFor(async () => (await rows.count()) === 3, 'three rows in the popup');
    const text = await popup.locator('body').innerText();
    for (const author of ['Bob Lee', 'Maria Garcia', 'Sinta Dewi']) expect(text).toContain(author);
    // Jane's comment was answered by the page: it is not work.
    expect(text).not.toContain('Do you ship to Canada?');
    await popup.screenshot({ path: join(artifacts, 'popup-three-comments.png') });
  });
});
