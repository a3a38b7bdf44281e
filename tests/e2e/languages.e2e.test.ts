// The interface in the browser's language, in a real Chromium: started in French, the popup,
// its rows and the settings read in French with no English sentence left; started in German,
// the longest words still fit their buttons (screenshots in artifacts/languages/).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
} from '../../scripts/lib/browser.mjs';

const artifacts = join(ROOT, 'artifacts', 'languages');
mkdirSync(artifacts, { recursive: true });

type Browser = Awaited<ReturnType<typeof launchWithExtension>>;

/** Chromium on Linux takes its interface language from LANGUAGE; --lang is the switch elsewhere. */
async function launchIn(language: string): Promise<Browser> {
  const saved = process.env.LANGUAGE;
  process.env.LANGUAGE = language;
  try {
    return await launchWithExtension({ args: [`--lang=${language}`] });
  } finally {
    if (saved === undefined) delete process.env.LANGUAGE;
    else process.env.LANGUAGE = saved;
  }
}

async function messages(locale: string): Promise<Record<string, string>> {
  const generated = generateChromeMessages(await parseMessagesFile(join(ROOT, 'locales', `${locale}.yml`))) as Record<string, { message: string }>;
  return Object.fromEntries(Object.entries(generated).map(([key, { message }]) => [key, message]));
}

/** English sentences of three words or more that French says differently, without their blanks. */
async function englishOnlySentences(): Promise<string[]> {
  const [english, french] = await Promise.all([messages('en'), messages('fr')]);
  return Object.entries(english)
    .filter(([key, text]) => french[key] !== text)
    .flatMap(([, text]) => text.split(/\{\w+\}/))
    .map((part) => part.trim())
    .filter((part) => part.split(/\s+/).length >= 3);
}

async function withSamplePage(browser: Browser): Promise<void> {
  await servePages(browser.context, { [SAMPLE_PAGES.facebookPost.url]: SAMPLE_PAGES.facebookPost.file });
  await addManagedPages(browser.context, browser.extensionId, SAMPLE_MANAGED_PAGES);
  const page = await browser.context.newPage();
  await page.goto(SAMPLE_PAGES.facebookPost.url);
  await waitFor(async () => ((await readBadge(browser.currentWorker())).text === '3' ? true : null), 'the badge to read 3');
}

describe('Chromium in French', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchIn('fr');
    await withSamplePage(browser);
  });
  afterAll(() => browser?.close());

  it('names the extension, titles the toolbar button and counts on it in French', async () => {
    const worker = browser.currentWorker();
    expect(await worker.evaluate(() => chrome.i18n.getMessage('locale'))).toBe('fr');
    const badge = await readBadge(worker);
    expect(badge.title).toMatch(/^Reply Radar — Acme Coffee.* : 3 en retard$/);
  });

  it('shows the popup in French, rows and actions included, with no English sentence', async () => {
    const popup = await openExtensionPage(browser.context, browser.extensionId, 'popup.html');
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.getByRole('button', { name: /^Marquer comme répondu/ }).first().waitFor({ timeout: 15_000 });
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^fr/);
    expect(await popup.getByRole('tab', { name: /En attente/ }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: /^Reporter/ }).count()).toBe(3);
    const text = await popup.locator('body').innerText();
    expect(text).toMatch(/En retard · \d+[\s\u00a0\u202f]j/);
    for (const sentence of await englishOnlySentences()) expect(text).not.toContain(sentence);
    await popup.screenshot({ path: join(artifacts, 'popup-fr.png') });
  });

  it('shows the settings in French, with no English sentence', async () => {
    const options = await openExtensionPage(browser.context, browser.extensionId, 'options.html');
    await options.getByRole('button', { name: 'Enregistrer les paramètres' }).waitFor({ timeout: 15_000 });
    expect(await options.title()).toBe('Paramètres de Reply Radar');
    expect(await options.getByRole('heading', { name: 'Vos pages' }).count()).toBe(1);
    expect(await options.getByRole('checkbox', { name: /^lundi$/i }).count()).toBe(1);
    const text = await options.locator('body').innerText();
    for (const sentence of await englishOnlySentences()) expect(text).not.toContain(sentence);
    await options.screenshot({ path: join(artifacts, 'options-fr.png'), fullPage: true });
  });
});

describe('Chromium in German', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchIn('de');
    await withSamplePage(browser);
  });
  afterAll(() => browser?.close());

  /**
   * Text that is cut or pushed out of sight: buttons, tabs and labels wider inside than their box with
   * hidden overflow, anything past the page's right edge, and a page that scrolls sideways.
   */
  const clipped = () => {
    const edge = document.documentElement.clientWidth;
    const cut = [...document.querySelectorAll<HTMLElement>('button, [role="tab"], a.action, label, h1, h2, .count, .sev-label, .tag')]
      .filter((el) => el.offsetParent !== null)
      .filter((el) => (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible') || el.getBoundingClientRect().right > edge + 1)
      .map((el) => el.textContent);
    return document.documentElement.scrollWidth > edge + 1 ? [...cut, 'the page scrolls sideways'] : cut;
  };

  it('fits German words in the popup and the settings without clipping', async () => {
    const popup = await openExtensionPage(browser.context, browser.extensionId, 'popup.html');
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.getByRole('button', { name: /^Als beantwortet markieren/ }).first().waitFor({ timeout: 15_000 });
    expect(await popup.locator('body').innerText()).toMatch(/Überfällig · \d+[\s\u00a0\u202f](Tg\.|Tage)/);
    expect(await popup.evaluate(clipped)).toEqual([]);
    await popup.screenshot({ path: join(artifacts, 'popup-de.png') });

    const options = await openExtensionPage(browser.context, browser.extensionId, 'options.html');
    await options.getByRole('button', { name: 'Einstellungen speichern' }).waitFor({ timeout: 15_000 });
    expect(await options.evaluate(clipped)).toEqual([]);
    await options.screenshot({ path: join(artifacts, 'options-de.png'), fullPage: true });

    const insights = await openExtensionPage(browser.context, browser.extensionId, 'insights.html');
    await insights.getByRole('article', { name: 'Erste Antwort (Median)' }).waitFor({ timeout: 15_000 });
    expect(await insights.evaluate(clipped)).toEqual([]);
    await insights.screenshot({ path: join(artifacts, 'insights-de.png'), fullPage: true });
  });
});
