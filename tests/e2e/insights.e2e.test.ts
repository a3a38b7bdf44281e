// The Insights view in a real Chromium with the built extension: a backup is
// imported through the background (as the options page does), then
// insights.html must show the figures worked out by hand below.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launchWithExtension, openExtensionPage, sendCommand, waitFor } from '../../scripts/lib/browser.mjs';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

const linkedin = {
  key: 'linkedin:acme-coffee', platform: 'linkedin', name: 'Acme Coffee', url: 'https://www.linkedin.com/company/acme-coffee/',
  slug: 'acme-coffee', thresholdHours: null, addedAt: 0,
};
const facebook = {
  key: 'facebook:acmecoffee', platform: 'facebook', name: 'Acme Coffee', url: 'https://www.facebook.com/acmecoffee',
  slug: 'acmecoffee', thresholdHours: null, addedAt: 0,
};

let nextId = 7_510_262_022_145_000;
function comment(page: typeof linkedin, postedAt: number, over: Record<string, unknown> = {}) {
  const id = String(nextId++);
  return {
    key: `${page.platform}:${id}`, platform: page.platform, id, idSource: 'platform', pageKey: page.key,
    postUrl: null, permalink: null, parentId: null, threadId: id, authorName: `Visitor ${id.slice(-3)}`, authorUrl: null,
    authorIsPage: false, text: 'When do you open on Sundays?', postedAt, postedAtSource: 'absolute', firstSeenAt: postedAt,
    lastSeenAt: postedAt, status: 'pending', answeredBy: null, answeredAt: null, answerKey: null, snoozedUntil: null,
    priority: 0, priorityReasons: [], notifiedAt: null, undo: null, ...over,
  };
}

function answered(page: typeof linkedin, postedAt: number, afterMs: number) {
  return comment(page, postedAt, { status: 'answered', answeredBy: 'page', answeredAt: postedAt + afterMs });
}

/**
 * LinkedIn, last 30 days (default limit 24 h, business hours off):
 * - 12 answers in 5, 10, 15, 20, 25, 30, 40, 60, 90, 120, 240, 600 min, posted 0.5, 2.5, 4.5 … 22.5 days ago;
 * - one comment waiting for 30 h (overdue), one set aside as won't-reply.
 * Median (30 + 40) / 2 = 35 min. Mean 1255 / 12 = 104.6 min → "1 hr, 45 min".
 * Fastest ceil(0.9 × 12) = 11, without the 600: 655 / 11 = 59.5 min → "1 hr".
 * Within the limit: 12 of 13 (won't-reply left out) = 92 %.
 * Last 7 days: only the 5, 10, 15, 20 min answers (posted 0.5 … 6.5 days ago) → median 12.5 min → "13 min".
 * Facebook: answers in 2 h, 5 h and 26 h, one waiting for 1 h.
 */
function backup(now: number) {
  const minutes = [5, 10, 15, 20, 25, 30, 40, 60, 90, 120, 240, 600];
  const comments = [
    ...minutes.map((m, i) => answered(linkedin, now - (i * 2 + 0.5) * DAY, m * MIN)),
    comment(linkedin, now - 30 * HOUR),
    comment(linkedin, now - 3 * DAY, { status: 'wont-reply', answeredAt: now - 2 * DAY }),
    answered(facebook, now - 2 * DAY, 2 * HOUR),
    answered(facebook, now - 3 * DAY, 5 * HOUR),
    answered(facebook, now - 5 * DAY, 26 * HOUR),
    comment(facebook, now - HOUR),
  ];
  return { format: 'reply-radar-backup', version: 1, exportedAt: now, settings: {}, pages: [facebook, linkedin], comments };
}

type Browser = Awaited<ReturnType<typeof launchWithExtension>>;
let browser: Browser;
let insights: Page;

async function figure(title: string): Promise<string> {
  return (await insights.getByRole('article', { name: title, exact: true }).locator('.figure-value').textContent()) ?? '';
}

async function figureText(title: string): Promise<string> {
  return (await insights.getByRole('article', { name: title, exact: true }).textContent()) ?? '';
}

beforeAll(async () => {
  browser = await launchWithExtension();
  const { context, extensionId } = browser;
  const options = await openExtensionPage(context, extensionId, 'options.html');
  const result = await waitFor(
    () => sendCommand(options, { type: 'import-backup', json: JSON.stringify(backup(Date.now())) }),
    'the background to accept the backup',
  );
  expect(result).toEqual({ ok: true, value: { pages: 2, comments: 18 } });
  await options.close();
  insights = await openExtensionPage(context, extensionId, 'insights.html');
  await insights.getByRole('article', { name: 'Median first response' }).waitFor({ timeout: 15_000 });
});

afterAll(async () => {
  await browser?.close();
});

describe('Insights in the browser', () => {
  it('answers "what is our median reply time on LinkedIn this month"', async () => {
    await insights.getByRole('combobox', { name: 'Page' }).selectOption({ label: 'Acme Coffee (LinkedIn)' });
    await expect.poll(() => figure('Median first response')).toBe('35 min');
    expect(await figure('Average first response')).toBe('1 hr, 45 min');
    expect(await figure('Average of the fastest 90%')).toBe('1 hr');
    expect(await figureText('Average of the fastest 90%')).toContain('the fastest 11 of 12 kept');
    expect(await figure('Response rate')).toBe('92%');
    expect(await figureText('Response rate')).toContain('from 13 comments');
    expect(await figureText('Response rate')).not.toContain('too few');
    expect(await figure('Waiting now')).toBe('1');
    expect(await figure('Overdue now')).toBe('1');
    expect(await figure("Won't reply")).toBe('1');

    await insights.getByRole('button', { name: '7 days' }).click();
    await expect.poll(() => figure('Median first response')).toBe('13 min'); // 12.5 min, rounded
    expect(await figureText('Median first response')).toContain('from 4 comments — too few to judge');
  });

  it('shows all pages together, with a chart described for screen readers', async () => {
    await insights.getByRole('combobox', { name: 'Page' }).selectOption({ label: 'All pages' });
    await insights.getByRole('button', { name: '30 days' }).click();
    // 12 + 3 answered; 13 + 4 rest the rates; waiting: LinkedIn's overdue one and Facebook's fresh one.
    await expect.poll(() => figureText('Median first response')).toContain('from 15 comments');
    expect(await figure('Waiting now')).toBe('2');
    expect(await figure('Overdue now')).toBe('1');
    const counts = await insights.getByRole('img').first().getAttribute('aria-label');
    // Received: LinkedIn 12 + 1 waiting + 1 won't-reply, Facebook 3 + 1 = 18; answered 12 + 3 = 15.
    expect(counts).toMatch(/18 received, 15 of them answered/);
  });

  it('is readable in light and dark (screenshots)', async () => {
    const dir = join(ROOT, 'artifacts');
    mkdirSync(dir, { recursive: true });
    await insights.setViewportSize({ width: 1100, height: 900 });
    await insights.emulateMedia({ colorScheme: 'light' });
    await insights.screenshot({ path: join(dir, 'insights.png'), fullPage: true });
    await insights.emulateMedia({ colorScheme: 'dark' });
    const background = await insights.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(22, 25, 29)');
    await insights.screenshot({ path: join(dir, 'insights-dark.png'), fullPage: true });
  });
});
