// `npm run demo`: build the extension, open Chromium with it loaded on the
// bundled sample pages (served at their real Facebook and LinkedIn addresses),
// with those pages already set up as managed, and show the popup.
//
//   npm run demo                 a window on a desktop; headless without a display
//   npm run demo -- --headless   always headless; screenshots only
//
// Screenshots of the pages, the popup (light and dark), the options page and
// Insights are written to artifacts/demo/.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { freshenLinkedInSample } from './lib/sample-time.mjs';
import {
  ROOT,
  SAMPLE_MANAGED_PAGES,
  SAMPLE_PAGES,
  addManagedPages,
  launchWithExtension,
  openExtensionPage,
  readBadge,
  servePages,
  waitFor,
} from './lib/browser.mjs';

const headless = process.argv.includes('--headless') || !!process.env.CI || !process.env.DISPLAY;
const outDir = join(ROOT, 'artifacts', 'demo');
mkdirSync(outDir, { recursive: true });

if (!process.argv.includes('--no-build')) {
  const build = spawnSync(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const browser = await launchWithExtension({ headless });
const { context, extensionId } = browser;
try {
  // The LinkedIn post's address names its activity id, which moves with the freshened sample.
  const linkedinHtml = freshenLinkedInSample(SAMPLE_PAGES.linkedinPost.file);
  const linkedinUrl = SAMPLE_PAGES.linkedinPost.url.replace(/\d{19}/, /urn:li:activity:(\d{19})/.exec(linkedinHtml)[1]);
  await servePages(context, {
    [SAMPLE_PAGES.facebookPost.url]: SAMPLE_PAGES.facebookPost.file,
    [SAMPLE_PAGES.facebookNotifications.url]: SAMPLE_PAGES.facebookNotifications.file,
    [linkedinUrl]: linkedinHtml,
  });
  await addManagedPages(context, extensionId, SAMPLE_MANAGED_PAGES);
  console.log('Managed pages set up: Acme Coffee on Facebook and on LinkedIn.');

  const facebook = await context.newPage();
  await facebook.goto(SAMPLE_PAGES.facebookPost.url);
  const linkedin = await context.newPage();
  await linkedin.goto(linkedinUrl);
  // The page's notification list: it brings in comments on a post the demo never opens (Priya Shah's
  // question, Tom Nguyen's reply, Lena Park's mention), and leaves Jane Doe answered as her post showed.
  const notifications = await context.newPage();
  await notifications.goto(SAMPLE_PAGES.facebookNotifications.url);

  // Facebook's sample comments are days old (overdue, on the badge); LinkedIn's are hours old.
  const badge = await waitFor(async () => {
    const b = await readBadge(browser.currentWorker());
    return Number(b.text) >= 3 ? b : null;
  }, 'the badge to count the sample comments', { timeout: 30_000 });
  console.log(`Toolbar badge: ${badge.text} (${badge.title})`);

  // Give the on-page markers a moment to appear before the page screenshots.
  await facebook.waitForTimeout(1_500);
  await facebook.screenshot({ path: join(outDir, 'facebook-page.png'), fullPage: true });
  // The comments with their markers and the chip, as a manager scrolling the post sees them.
  await facebook.setViewportSize({ width: 900, height: 620 });
  await facebook.getByRole('article', { name: /^Comment by Bob Lee/ }).scrollIntoViewIfNeeded();
  await facebook.evaluate(() => window.scrollBy(0, 120));
  await facebook.waitForTimeout(500);
  await facebook.screenshot({ path: join(outDir, 'facebook-markers.png') });
  await linkedin.screenshot({ path: join(outDir, 'linkedin-page.png'), fullPage: true });
  await notifications.screenshot({ path: join(outDir, 'facebook-notifications.png'), fullPage: true });

  for (const scheme of ['light', 'dark']) {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await waitFor(async () => (await popup.getByRole('listitem').count()) >= 6, 'both sample pages in the popup');
    await waitFor(async () => (await popup.locator('body').innerText()).includes('Priya Shah'), 'the notified comments in the popup');
    await popup.screenshot({ path: join(outDir, `popup-${scheme}.png`) });
    if (scheme === 'light' && !headless) await popup.bringToFront();
    else await popup.close();
  }

  const options = await openExtensionPage(context, extensionId, 'options.html');
  await options.setViewportSize({ width: 1000, height: 900 });
  await options.waitForTimeout(500);
  await options.screenshot({ path: join(outDir, 'options.png'), fullPage: true });

  const insights = await openExtensionPage(context, extensionId, 'insights.html').catch(() => null);
  if (insights) {
    await insights.waitForTimeout(800);
    await insights.screenshot({ path: join(outDir, 'insights.png'), fullPage: true });
  }

  console.log(`Screenshots written to ${outDir}`);
  if (headless) {
    await browser.close();
  } else {
    console.log('Chromium stays open with the demo: close its window (or press Ctrl+C) to end.');
    await new Promise((resolve) => {
      context.on('close', resolve);
      process.on('SIGINT', resolve);
    });
    await browser.close();
  }
} catch (error) {
  await browser.close();
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
