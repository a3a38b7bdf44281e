// Launching Chromium with the built extension, serving sample pages at their
// real addresses, and talking to the extension. Shared by the demo, the
// real-browser tests and the benchmark, so all three drive the browser alike.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');

/** Chromium at CHROME_PATH, else Debian's; a clear way out when neither is there. */
export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `Chromium not found (looked at ${candidates.join(', ')}).\n` +
        'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
        'or point CHROME_PATH at a Chromium or Chrome binary.',
    );
  }
  return found;
}

/**
 * Start Chromium with the extension loaded. Returns the context, the
 * extension's id (from its service worker's address) and the worker.
 */
export async function launchWithExtension({ headless = true, extensionDir = EXTENSION_DIR, args = [] } = {}) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}. Run "npm run build" first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'reply-radar-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: false, // the --headless=new flag below is what keeps extensions working headless
    viewport: { width: 1200, height: 900 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args,
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    /** The current service worker (it is replaced when Chromium restarts it). */
    currentWorker: () => context.serviceWorkers().find((w) => w.url().includes(extensionId)) ?? worker,
    async close() {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Serve local HTML files at real platform addresses, so the content script's
 * real match patterns fire. `routes` maps a URL (exact, without the hash) to
 * a file path or to HTML text. Anything else on those hosts gets an empty 204,
 * and every other request is aborted: the run never touches the network.
 */
export async function servePages(context, routes) {
  const table = new Map(Object.entries(routes).map(([url, body]) => [normalise(url), body]));
  await context.route(/^https?:\/\//, (route) => {
    const url = route.request().url();
    const body = table.get(normalise(url));
    if (body !== undefined) {
      const html = body.trimStart().startsWith('<') ? body : readFileSync(body, 'utf8');
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    if (/^https:\/\/www\.(facebook|linkedin)\.com\//.test(url)) return route.fulfill({ status: 204, body: '' });
    return route.abort();
  });
}

function normalise(url) {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

/** Open an extension page (popup.html, options.html…) as a tab. */
export async function openExtensionPage(context, extensionId, path) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/** Send a command to the background from an extension page, as the popup does. */
export async function sendCommand(page, message) {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

/** Make the given addresses managed pages, through the same command the options page uses. */
export async function addManagedPages(context, extensionId, pages) {
  const page = await openExtensionPage(context, extensionId, 'options.html');
  for (const p of pages) {
    const result = await sendCommand(page, { type: 'add-page', address: p.address, name: p.name });
    if (!result?.ok && result?.code !== 'already-tracked') throw new Error(`add-page failed: ${result?.error}`);
  }
  await page.close();
}

/** The toolbar badge's text and colour, read in the service worker. */
export async function readBadge(worker) {
  return worker.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    color: await chrome.action.getBadgeBackgroundColor({}),
    title: await chrome.action.getTitle({}),
  }));
}

/** Poll until `check` returns a truthy value, or fail with `what`. */
export async function waitFor(check, what, { timeout = 20_000, interval = 200 } = {}) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try {
      last = await check();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new Error(`Timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
}

/** Sample pages bundled with the project, at the addresses they imitate. */
export const SAMPLE_PAGES = {
  facebookPost: {
    url: 'https://www.facebook.com/permalink.php?story_fbid=pfbid02XyZabcDEF123ghiJKL456mnoPQR789stuVWX0yzAB1cdEF2ghIJ3klMN4opl&id=61550000000001',
    file: join(ROOT, 'tests/fixtures/facebook/page-post-permalink.html'),
  },
  // The page's notification list, telling of comments on a post the demo never opens.
  facebookNotifications: {
    url: 'https://www.facebook.com/notifications',
    file: join(ROOT, 'tests/fixtures/facebook/notifications/notifications-page.html'),
  },
  linkedinPost: {
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:7510262022145234567/',
    file: join(ROOT, 'tests/fixtures/linkedin/company-post.html'),
  },
};

export const SAMPLE_MANAGED_PAGES = [
  { address: 'https://www.facebook.com/profile.php?id=61550000000001', name: 'Acme Coffee' },
  { address: 'https://www.linkedin.com/company/acme-coffee/', name: 'Acme Coffee' },
];
