// axe-core over every page of ours in a real Chromium, light and dark, in the
// states a user meets: rows of every kind, the snooze menu and its time
// picker, an expanded comment, the Snoozed and Done tabs, the undo toast,
// filters with no match; the settings with a page being edited, each
// confirmation dialog and an import waiting to be confirmed; Insights per
// period and per page. No serious or critical violation anywhere.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openExtensionPage, sendCommand, waitFor } from '../../scripts/lib/browser.mjs';
import { auditBothSchemes } from './support/axe';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const facebook = {
  key: 'facebook:acmecoffee', platform: 'facebook', name: 'Acme Coffee', url: 'https://www.facebook.com/acmecoffee',
  slug: 'acmecoffee', thresholdHours: null as number | null, addedAt: 0,
};
const linkedin = {
  key: 'linkedin:acme-coffee', platform: 'linkedin', name: 'Acme Coffee', url: 'https://www.linkedin.com/company/acme-coffee/',
  slug: 'acme-coffee', thresholdHours: 48, addedAt: 0,
};

let nextId = 1_029_384_756_470_000;
function comment(page: typeof facebook, authorName: string, postedAt: number, over: Record<string, unknown> = {}) {
  const id = String(nextId++);
  const permalink = page.platform === 'facebook'
    ? `https://www.facebook.com/acmecoffee/posts/1?comment_id=${id}`
    : `https://www.linkedin.com/feed/update/urn:li:activity:7510262022145234567/?commentUrn=urn%3Ali%3Acomment%3A(activity%3A7510262022145234567%2C${id})`;
  return {
    key: `${page.platform}:${id}`, platform: page.platform, id, idSource: 'platform', pageKey: page.key,
    postUrl: null, permalink, parentId: null, threadId: id, authorName, authorUrl: null,
    authorIsPage: false, text: 'Lovely coffee, thank you.', postedAt, postedAtSource: 'absolute', firstSeenAt: postedAt,
    lastSeenAt: postedAt, status: 'pending', answeredBy: null, answeredAt: null, answerKey: null, snoozedUntil: null,
    priority: 0, priorityReasons: [], notifiedAt: null, undo: null, ...over,
  };
}

/** Every kind of row: overdue question and complaint, due soon, fresh and long, a thread with a second visitor, snoozed, done. */
function backup(now: number) {
  const opener = comment(facebook, 'Jane Doe', now - 30 * HOUR, {
    text: 'Where is my refund? The grinder arrived broken and this is unacceptable.',
    priority: 1, priorityReasons: ['question', 'complaint'],
  });
  const comments = [
    opener,
    comment(facebook, 'Sam Lee', now - 29 * HOUR, {
      parentId: opener.id, threadId: opener.id, text: 'Same thing happened to me last month.',
      priority: 1, priorityReasons: ['complaint'],
    }),
    comment(facebook, 'Bob Stone', now - 19 * HOUR, { text: 'Do you deliver on Sundays?', priority: 1, priorityReasons: ['question'] }),
    comment(facebook, 'Verbose Vic', now - HOUR, { text: `${'The new roast is wonderful, with notes of cherry and cocoa. '.repeat(8)}Thanks!` }),
    comment(linkedin, 'Dana Park', now - 3 * DAY, { text: 'Great to see you hiring baristas.' }),
    comment(facebook, 'Cy Young', now - 5 * HOUR, { snoozedUntil: now + 3 * HOUR }),
    comment(facebook, 'Eve Adams', now - 2 * DAY, {
      status: 'answered', answeredBy: 'user', answeredAt: now - HOUR,
      undo: { status: 'pending', answeredBy: null, answeredAt: null, snoozedUntil: null },
    }),
    comment(linkedin, 'Finn Cole', now - 4 * DAY, { status: 'answered', answeredBy: 'page', answeredAt: now - 3 * DAY }),
    comment(facebook, 'Gus Hale', now - 2 * DAY, { status: 'wont-reply', answeredBy: 'user', answeredAt: now - DAY }),
  ];
  return { format: 'reply-radar-backup', version: 1, exportedAt: now, settings: {}, pages: [facebook, linkedin], comments };
}

type Browser = Awaited<ReturnType<typeof launchWithExtension>>;
let browser: Browser;
let backupJson: string;
const tempDir = mkdtempSync(join(tmpdir(), 'reply-radar-a11y-'));

beforeAll(async () => {
  browser = await launchWithExtension();
  backupJson = JSON.stringify(backup(Date.now()));
  const options = await openExtensionPage(browser.context, browser.extensionId, 'options.html');
  const result = await waitFor(() => sendCommand(options, { type: 'import-backup', json: backupJson }), 'the background to accept the backup');
  expect(result.ok, result.error).toBe(true);
  await options.close();
});

afterAll(async () => {
  await browser?.close();
  rmSync(tempDir, { recursive: true, force: true });
});

/** Findings of every audited state, reported together so one run shows them all. */
async function expectNoBlockingViolations(page: Page, states: Array<[string, () => Promise<void>]>) {
  const reports: string[] = [];
  for (const [where, reach] of states) {
    await reach();
    const report = await auditBothSchemes(page, where);
    if (report) reports.push(report);
  }
  expect(reports.join('\n\n'), 'axe-core found serious or critical violations').toBe('');
}

describe('axe-core finds nothing serious', () => {
  it('in the popup: rows, snooze menu and picker, expanded text, tabs, toast, filters', async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const janesRow = popup.getByRole('listitem').filter({ hasText: 'Jane Doe' });
    await janesRow.waitFor();

    await expectNoBlockingViolations(popup, [
      ['popup, waiting rows', async () => {}],
      ['popup, a conversation expanded', async () => {
        await popup.getByRole('button', { name: /^Show each/ }).first().click();
        await popup.getByRole('list', { name: /^Comments waiting in Jane Doe's thread/ }).waitFor();
      }],
      ['popup, snooze menu open', async () => {
        await janesRow.getByRole('button', { name: /^Snooze/ }).first().click();
        await popup.getByRole('menu').waitFor();
      }],
      ['popup, snooze time picker open', async () => {
        await popup.getByRole('menuitem', { name: /Pick a time/ }).click();
        await popup.getByLabel('Snooze until').waitFor();
      }],
      ['popup, a long comment expanded', async () => {
        await popup.keyboard.press('Escape');
        await popup.getByRole('button', { name: /^More of Verbose Vic's comment/ }).click();
        await popup.getByRole('button', { name: /^Less of Verbose Vic's comment/ }).waitFor();
      }],
      ['popup, two conversations ticked for a bulk action, and a count to confirm', async () => {
        await popup.getByRole('checkbox', { name: "Select Jane Doe's conversation" }).check();
        await popup.getByRole('checkbox', { name: /^Select .+'s conversation$/ }).nth(1).check();
        await popup.getByRole('group', { name: 'Act on the selected conversations' }).waitFor();
        await popup.getByRole('button', { name: /older than 7 days/ }).click();
        await popup.getByRole('button', { name: 'Cancel' }).waitFor();
      }],
      ['popup, search with no match', async () => {
        await popup.getByRole('button', { name: 'Cancel' }).click();
        await popup.getByRole('button', { name: 'Clear selection' }).click();
        await popup.getByRole('searchbox').fill('nothing matches this');
        await popup.getByRole('button', { name: /clear/i }).first().waitFor();
      }],
      ['popup, filtered to one page', async () => {
        await popup.getByRole('searchbox').fill('');
        await popup.getByRole('combobox', { name: 'Platform' }).selectOption('linkedin');
        await popup.getByRole('listitem').filter({ hasText: 'Dana Park' }).waitFor();
      }],
      ['popup, Snoozed tab', async () => {
        await popup.getByRole('combobox', { name: 'Platform' }).selectOption('all');
        await popup.getByRole('tab', { name: /^Snoozed/ }).click();
        await popup.getByRole('button', { name: /^Unsnooze/ }).first().waitFor();
      }],
      ['popup, Done tab', async () => {
        await popup.getByRole('tab', { name: /^Done/ }).click();
        await popup.getByRole('button', { name: /^Undo/ }).first().waitFor();
      }],
      ['popup, undo toast after Mark replied', async () => {
        await popup.getByRole('tab', { name: /^Waiting/ }).click();
        await popup.getByRole('button', { name: /^Mark replied/ }).first().click();
        await popup.locator('.toast').waitFor();
        // Judge the toast as it stays on screen, not halfway through its entrance animation.
        await popup.locator('.toast').evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
      }],
    ]);
    await popup.close();
  });

  it('in the settings: pages, a page being edited, both confirmation dialogs, an import to confirm', async () => {
    const settings = await openExtensionPage(browser.context, browser.extensionId, 'options.html');
    await settings.getByRole('heading', { name: 'Your pages' }).waitFor();
    const backupFile = join(tempDir, 'reply-radar-backup.json');
    writeFileSync(backupFile, backupJson);

    await expectNoBlockingViolations(settings, [
      ['settings', async () => {
        await settings.getByRole('button', { name: /^Edit/ }).first().waitFor();
      }],
      ['settings, editing a page', async () => {
        await settings.getByRole('button', { name: /^Edit/ }).first().click();
        await settings.getByRole('form', { name: /^Edit/ }).waitFor();
      }],
      ['settings, remove-page dialog', async () => {
        await settings.getByRole('button', { name: /^Cancel/ }).first().click();
        await settings.getByRole('button', { name: /^Remove/ }).first().click();
        await settings.getByRole('dialog').waitFor();
      }],
      ['settings, delete-everything dialog', async () => {
        await settings.keyboard.press('Escape');
        await settings.getByRole('dialog').waitFor({ state: 'detached' });
        await settings.getByRole('button', { name: /^Delete all data/ }).click();
        await settings.getByRole('dialog').waitFor();
      }],
      ['settings, a backup picked for import', async () => {
        await settings.keyboard.press('Escape');
        await settings.getByRole('dialog').waitFor({ state: 'detached' });
        await settings.getByLabel('Backup file').setInputFiles(backupFile);
        await settings.getByRole('button', { name: /^Import/ }).first().waitFor();
      }],
    ]);
    await settings.close();
  });

  it('in Insights: all pages over 30 days, one page over 7 days', async () => {
    const insights = await openExtensionPage(browser.context, browser.extensionId, 'insights.html');
    await insights.setViewportSize({ width: 1100, height: 900 });
    await insights.getByRole('article', { name: 'Response rate', exact: true }).waitFor();

    await expectNoBlockingViolations(insights, [
      ['Insights, all pages, 30 days', async () => {}],
      ['Insights, LinkedIn page, 7 days', async () => {
        await insights.getByRole('combobox', { name: 'Page' }).selectOption({ label: 'Acme Coffee (LinkedIn)' });
        await insights.getByRole('button', { name: '7 days' }).click();
        await insights.getByText(/last 7 days/).first().waitFor();
      }],
    ]);
    await insights.close();
  });
});
