// A large backup in the real browser (issue 20): comments stored, exported from the settings page,
// everything deleted, the file imported back through the settings page: the same comments again,
// and the waiting ones waiting again. A damaged copy of the same file changes nothing.
//
// 30,000 comments by default; RR_BACKUP_COMMENTS=100000 for the size (a few minutes).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SAMPLE_MANAGED_PAGES, addManagedPages, launchWithExtension, sendCommand, waitFor } from '../../scripts/lib/browser.mjs';
import { seedComments, storedCount } from '../../scripts/bench/storage.mjs';

const COUNT = Number(process.env.RR_BACKUP_COMMENTS ?? 30_000);
const LONG = Math.max(300_000, COUNT * 12);

/** Rows per status, read in the extension page. */
function statuses(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('reply-radar');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const counts: Record<string, number> = {};
          const request = open.result.transaction('comments').objectStore('comments').openCursor();
          request.onsuccess = () => {
            const cursor = request.result;
            if (!cursor) {
              resolve(counts);
              open.result.close();
              return;
            }
            const status = (cursor.value as { status: string }).status;
            counts[status] = (counts[status] ?? 0) + 1;
            cursor.continue();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

describe(`a backup of ${COUNT.toLocaleString('en-US')} comments`, () => {
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;
  let options: Page;
  const files: string[] = [];

  beforeAll(async () => {
    browser = await launchWithExtension();
    await addManagedPages(browser.context, browser.extensionId, SAMPLE_MANAGED_PAGES);
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await seedComments(options, { count: COUNT });
  }, LONG);
  afterAll(async () => {
    await browser?.close();
    for (const file of files) rmSync(file, { force: true });
  });

  it('exports from the settings page and imports back whole, with progress; a damaged copy changes nothing', { timeout: LONG }, async () => {
    const before = await statuses(options);
    expect(Object.values(before).reduce((a, b) => a + b, 0)).toBe(COUNT);

    const download = options.waitForEvent('download', { timeout: LONG });
    await options.getByRole('button', { name: 'Export backup (JSON)' }).click();
    const file = join(tmpdir(), `rr-backup-${process.pid}.json`);
    files.push(file);
    await (await download).saveAs(file);
    await options.getByText(`Backup saved: 2 pages and ${COUNT.toLocaleString('en-US')} comments.`).waitFor({ timeout: LONG });

    // The same file with its last comment damaged: refused by name, nothing sent, nothing changed.
    const text = readFileSync(file, 'utf8');
    const lastKey = text.lastIndexOf('"key":"');
    const damaged = join(tmpdir(), `rr-backup-damaged-${process.pid}.json`);
    files.push(damaged);
    writeFileSync(damaged, `${text.slice(0, lastKey)}"key":""${text.slice(text.indexOf('",', lastKey) + 1)}`);
    await options.getByLabel('Backup file').setInputFiles(damaged);
    const alert = options.getByRole('alert');
    await alert.waitFor({ timeout: LONG });
    expect(await alert.textContent()).toMatch(
      new RegExp(`This backup is damaged: comment ${COUNT.toLocaleString('en-US')} \\(key\\) is not valid\\..*Your current data was not changed`),
    );
    expect(await statuses(options)).toEqual(before);

    // Everything deleted, then the real file imported back.
    expect(await sendCommand(options, { type: 'delete-all-data' })).toEqual({ ok: true });
    expect(await storedCount(options)).toBe(0);
    await options.getByLabel('Backup file').setInputFiles(file);
    const importButton = options.getByRole('button', { name: 'Import this backup' });
    await importButton.waitFor({ timeout: LONG });
    expect(await options.getByText(`with 2 pages and ${COUNT.toLocaleString('en-US')} comments`).count()).toBe(1);
    await importButton.click();
    // Progress is shown while the comments go over.
    await options.getByRole('progressbar').first().waitFor({ timeout: 30_000 });
    await options.getByText(`Backup imported: 2 pages and ${COUNT.toLocaleString('en-US')} comments.`).waitFor({ timeout: LONG });
    expect(await options.getByRole('progressbar').count()).toBe(0);

    expect(await statuses(options)).toEqual(before);
    // Nothing staged is left behind, and the waiting comments are conversations the popup lists again.
    const leftovers = await options.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('reply-radar');
          open.onsuccess = () => {
            const request = open.result.transaction('meta').objectStore('meta').count(IDBKeyRange.bound('import:', 'import:\uffff'));
            request.onsuccess = () => resolve(request.result);
          };
        }),
    );
    expect(leftovers).toBe(0);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await waitFor(() => popup.locator('li.row').count(), 'the popup to list waiting conversations', { timeout: 60_000 });
    await popup.close();
  });
});
