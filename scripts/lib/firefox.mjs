// Launching Debian's Firefox ESR with the built extension over WebDriver BiDi (puppeteer-core), serving
// sample pages at their real addresses, and talking to the extension. The Firefox twin of browser.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { ROOT, waitFor } from './browser.mjs';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv3');
/** Fixed by a pref, so tests know the extension's pages' addresses before it is installed. */
export const EXTENSION_UUID = '6d1f0c2e-8b4a-4f3e-9c55-2a7e1b0d9f13';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Firefox at FIREFOX_PATH, else Debian's ESR; a clear way out when neither is there. */
export function firefoxPath() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `Firefox not found (looked at ${candidates.join(', ')}).\n` +
        'Install it with:  sudo apt-get update && sudo apt-get install -y firefox-esr\n' +
        'or point FIREFOX_PATH at a Firefox binary.',
    );
  }
  return found;
}

/**
 * What Firefox prints that means something went wrong in the extension: uncaught errors and rejections
 * in its pages, background and content scripts (they name our moz-extension:// source), console.error
 * from web content (the sample pages run no script, so that is us), and the background's "[Reply Radar]"
 * reports of dropped messages. Firefox's own modules log through named consoles ("console.error:
 * RSLoader: …") or about chrome:// and resource:// code; those are not ours.
 */
function isExtensionError(line) {
  if (/^JavaScript (error|warning): /.test(line)) return line.includes(EXTENSION_ORIGIN);
  if (line.startsWith('console.warn: ')) return line.includes('[Reply Radar]');
  if (!line.startsWith('console.error: ')) return false;
  return !/^console\.error: [\w.-]+: |chrome:\/\/|resource:\/\//.test(line);
}

/**
 * Start Firefox headless with the extension installed as a temporary add-on (as about:debugging does).
 * Returns the browser and helpers; `errors()` lists what the extension logged as an error so far.
 */
export async function launchFirefoxWithExtension({ extensionDir = FIREFOX_EXTENSION_DIR } = {}) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}. Run "npm run build:firefox" first.`);
  }
  const extensionId = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    protocolTimeout: 120_000,
    // Extension pages can only be driven with system access (moz-extension:// is privileged to BiDi).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: EXTENSION_UUID }),
      // Console messages and script errors of web content (our pages, background and content scripts) to stdout, where we read them.
      'devtools.console.stdout.content': true,
      'devtools.console.stdout.chrome': false,
      // Notifications in Firefox's own window: a headless machine has no desktop notification service to show them.
      'alerts.useSystemBackend': false,
      // permissions.request is granted without its prompt, which a headless browser can't show: the test clicks the button that asks.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  const lines = [];
  let partial = '';
  const collect = (chunk) => {
    const text = partial + chunk.toString();
    const parts = text.split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
  };
  browser.process()?.stdout?.on('data', collect);
  browser.process()?.stderr?.on('data', collect);
  await browser.installExtension(extensionDir);

  return {
    browser,
    /** Every line Firefox printed that says the extension went wrong. */
    errors: () => lines.filter(isExtensionError),
    /** Everything Firefox printed, for a failing test's message. */
    output: () => lines.join('\n'),
    /** Open one of the extension's pages (popup.html, options.html…) in a tab. */
    openExtensionPage: (path) => openExtensionPage(browser, path),
    async close() {
      await browser.close().catch(() => {});
    },
  };
}

/**
 * A new tab, or a new window when Firefox can't add a tab. BiDi opens a tab in the last focused window, and
 * with `alerts.useSystemBackend` off a notification is a window of its own with no tabs: after one has
 * shown, asking for a tab fails ("lazy.TabManager.getTabBrowser(...) is undefined"). A window always opens.
 */
async function newTab(browser) {
  try {
    return await browser.newPage();
  } catch (error) {
    if (!/getTabBrowser/.test(String(error?.message))) throw error;
    return browser.newPage({ type: 'window' });
  }
}

/**
 * Firefox never reports the load of a moz-extension:// page over BiDi (puppeteer issue 14314), so
 * `goto` would time out: start the navigation, then wait for the document itself.
 */
async function openExtensionPage(browser, path) {
  const page = await newTab(browser);
  const url = `${EXTENSION_ORIGIN}/${path}`;
  page.goto(url, { timeout: 5_000 }).catch(() => {});
  await waitFor(() => page.evaluate((u) => location.href === u && document.readyState === 'complete', url), `${path} to load`, { timeout: 60_000 });
  return page;
}

/**
 * A new tab whose requests are answered from local files, at the real platform addresses (see
 * servePages in browser.mjs for the rules). BiDi interception in puppeteer is per page, so each tab
 * that visits a sample page is opened here.
 */
export async function newPlatformPage(browser, routes) {
  const table = new Map(Object.entries(routes).map(([url, body]) => [normalise(url), body]));
  const page = await newTab(browser);
  await page.setRequestInterception(true);
  // A request can be gone by the time it is answered (its tab closed, the page navigated on): Firefox then
  // says "no such request", which needs no answer and must not surface as an unhandled rejection.
  const answer = (request) => {
    const url = request.url();
    if (!/^https?:\/\//.test(url)) return request.continue();
    const body = table.get(normalise(url));
    if (body !== undefined) {
      const html = body.trimStart().startsWith('<') ? body : readFileSync(body, 'utf8');
      return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    if (/^https:\/\/www\.(facebook|linkedin)\.com\//.test(url)) return request.respond({ status: 204, body: '' });
    return request.abort();
  };
  page.on('request', (request) => {
    Promise.resolve(answer(request)).catch((error) => {
      if (!/no such request|not found/i.test(String(error?.message))) throw error;
    });
  });
  return page;
}

function normalise(url) {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

/** Send a command to the background from an extension page, as the popup does. */
export function sendCommand(page, message) {
  return page.evaluate((m) => browser.runtime.sendMessage(m), message);
}

/** Make the given addresses managed pages, through the same command the options page uses. */
export async function addManagedPages(firefox, pages) {
  const page = await firefox.openExtensionPage('options.html');
  for (const p of pages) {
    const result = await sendCommand(page, { type: 'add-page', address: p.address, name: p.name });
    if (!result?.ok && result?.code !== 'already-tracked') throw new Error(`add-page failed: ${result?.error}`);
  }
  await page.close();
}

/** The toolbar badge's text, colour and title, read from an extension page (Firefox has no worker to ask). */
export function readBadge(extensionPage) {
  return extensionPage.evaluate(async () => ({
    text: await browser.action.getBadgeText({}),
    color: await browser.action.getBadgeBackgroundColor({}),
    title: await browser.action.getTitle({}),
  }));
}

/** Every record of one of the extension's IndexedDB stores ("comments", "health"…), read from an extension page. */
export function readStore(extensionPage, store) {
  return extensionPage.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('reply-radar');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}
