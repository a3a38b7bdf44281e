// Backups of any size: the file is read and checked in pieces, the comments go to the background in
// chunks it stages, and the import lands whole or not at all (issue 20). Runs the real background
// service on fake-indexeddb, the settings page's transfer code, and the real file reader.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { buildBackupFile, buildCsvFile, importBackupFile, type TransferProgress } from '../../components/options/backup-transfer';
import { createBackgroundService } from '../../utils/background/service';
import { BackupParser, commentsToCsv, parseBackup, readBackupFile, toBackup } from '../../utils/backup';
import { localTimeZone } from '../../utils/rules';
import { db } from '../../utils/db/database';
import { IMPORT_CHUNK } from '../../utils/messaging/limits';
import type { CommandMessage } from '../../utils/messaging/protocol';
import type { CommandResult } from '../../utils/messaging/send';
import type { ManagedPage, StoredComment } from '../../utils/model';
import { DEFAULT_SETTINGS, loadSettings } from '../../utils/settings';
import { storedComment } from './support/stored-comment';

const NOW = Date.UTC(2026, 8, 29, 11, 15);
const HOUR = 3_600_000;
const fromOptions: Runtime.MessageSender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/options.html' };
const service = () => createBackgroundService({ db, now: () => NOW, timeZone: () => 'UTC', loadSettings, log: () => {} });

const page: ManagedPage = {
  key: 'facebook:61550000000001',
  platform: 'facebook',
  name: 'Acme Coffee',
  url: 'https://www.facebook.com/profile.php?id=61550000000001',
  platformId: '61550000000001',
  thresholdHours: null,
  addedAt: NOW - 30 * 24 * HOUR,
};

/** `n` comments of Acme Coffee's, one in four waiting, with text that tests the scanner (quotes, brackets, escapes, non-Latin). */
function comments(n: number, prefix = 'c'): StoredComment[] {
  return Array.from({ length: n }, (_, i) => {
    const waiting = i % 4 === 0;
    return storedComment({
      key: `facebook:${prefix}${i}`,
      platform: 'facebook',
      id: `${prefix}${i}`,
      pageKey: page.key,
      postedAt: NOW - 5 * HOUR - i,
      text: `Comment ${i}: "quoted" [bracket] {brace} back\\slash, ☕ ${'ë'.repeat(i % 7)}`,
      status: waiting ? 'pending' : 'answered',
      answeredBy: waiting ? null : 'page',
      answeredAt: waiting ? null : NOW - HOUR,
    });
  });
}

const backupOf = (rows: StoredComment[], settings = { ...DEFAULT_SETTINGS, defaultThresholdHours: 2 }) =>
  JSON.stringify(toBackup({ settings, pages: [page], comments: rows, exportedAt: NOW }));

/** The settings page's messages, answered by the real background, and recorded. */
function background() {
  const sent: CommandMessage[] = [];
  const send = async <T,>(message: CommandMessage): Promise<CommandResult<T>> => {
    sent.push(message);
    return (await service().onMessage(message, fromOptions)) as CommandResult<T>;
  };
  return { sent, send };
}

/** Everything the user has, as a string to compare before and after. */
async function snapshot(): Promise<string> {
  const [pages, rows, meta] = await Promise.all([db.pages.toArray(), db.comments.toArray(), db.meta.toArray()]);
  return JSON.stringify({ pages, rows, meta, settings: await loadSettings() });
}

beforeEach(async () => {
  await Promise.all([db.comments.clear(), db.pages.clear(), db.meta.clear(), db.health.clear()]);
});

describe('reading a backup in pieces', () => {
  it('reads the same backup whatever the pieces the text arrives in', () => {
    const text = `\uFEFF${backupOf(comments(12))}`;
    const whole = parseBackup(text);
    expect(whole.ok).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 40 }), (cuts) => {
        const at = [...new Set(cuts)].sort((a, b) => a - b);
        const parser = new BackupParser();
        let from = 0;
        for (const cut of [...at, text.length]) {
          parser.push(text.slice(from, cut));
          from = cut;
        }
        const head = parser.finish();
        expect(head.comments).toBe(12);
        expect(parser.take()).toEqual(whole.ok && whole.backup.comments);
        expect(head.pages).toEqual([page]);
      }),
      { numRuns: 60 },
    );
    // One character at a time too: every escape and bracket is split from its neighbour.
    const parser = new BackupParser();
    for (const char of text) parser.push(char);
    parser.finish();
    expect(parser.take()).toEqual(whole.ok && whole.backup.comments);
  });

  it('hands the comments over in batches within the message limits, in order, with the progress of the file read', async () => {
    // Past one 4 MiB piece, with long comments, so the character limit cuts batches too.
    const rows = comments(3_000).map((c, i) => (i % 100 === 0 ? { ...c, text: 'x'.repeat(150_000) } : c));
    const file = new Blob([backupOf(rows)]);
    const batches: StoredComment[][] = [];
    const progress: number[] = [];
    const head = await readBackupFile(file, {
      batch: IMPORT_CHUNK,
      onComments: async (batch) => void batches.push(batch),
      onProgress: (read, total) => {
        expect(total).toBe(file.size);
        progress.push(read);
      },
    });
    expect(head.comments).toBe(3_000);
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) {
      expect(batch.length).toBeLessThanOrEqual(IMPORT_CHUNK.comments);
      expect(JSON.stringify(batch).length).toBeLessThanOrEqual(IMPORT_CHUNK.chars + 4_000);
    }
    expect(batches.flat().map((c) => c.key)).toEqual(rows.map((c) => c.key));
    expect(progress.length).toBeGreaterThan(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(file.size);
  });

  it('names a bad record at the end of a long file', async () => {
    const rows = comments(5_000);
    const text = backupOf(rows).replace(`"id":"c4989"`, `"id":""`);
    await expect(readBackupFile(new Blob([text]))).rejects.toThrow('This backup is damaged: comment 4,990 (id) is not valid.');
  });
});

describe('importing a backup in chunks', () => {
  it('imports every comment through chunks of at most 2,000, shows progress, and works out the waiting conversations', async () => {
    const rows = comments(4_100);
    const { sent, send } = background();
    const progress: TransferProgress[] = [];
    const result = await importBackupFile(new Blob([backupOf(rows)]), rows.length, (p) => progress.push(p), send);
    expect(result).toEqual({ ok: true, value: { pages: 1, comments: 4_100 } });

    const chunks = sent.filter((m) => m.type === 'import-chunk');
    expect(chunks.map((m) => m.comments.length)).toEqual([2_000, 2_000, 100]);
    expect(sent.map((m) => m.type)).toEqual(['import-start', 'import-chunk', 'import-chunk', 'import-chunk', 'import-commit']);
    expect(await db.comments.count()).toBe(4_100);
    expect(await db.pages.get(page.key)).toMatchObject({ name: 'Acme Coffee' });
    expect((await loadSettings()).defaultThresholdHours).toBe(2);
    // Conversations refreshed: each waiting comment (5 hours old, 2-hour limit) is overdue, the answered ones are not work.
    expect(await db.comments.where('convOverdueAt').belowOrEqual(NOW).count()).toBe(1_025);
    // Nothing staged is left behind.
    expect(await db.meta.where('key').startsWith('import:').count()).toBe(0);

    const importing = progress.filter((p) => p.phase === 'importing');
    expect(importing.map((p) => p.done)).toEqual([0, 2_000, 4_000, 4_100]);
    expect(importing.every((p) => p.total === 4_100)).toBe(true);
    expect(progress.at(-1)).toEqual({ phase: 'saving' });
  });

  it('changes nothing when comment 4,990 of 5,000 is bad, though the first ones were already staged', async () => {
    await db.pages.put({ ...page, name: 'My own name' });
    await db.comments.bulkPut(comments(10, 'mine'));
    const before = await snapshot();
    // 10 MB: several pieces of the file are read, and chunks sent, before the bad comment is.
    const long = comments(5_000).map((c) => ({ ...c, text: `${c.text} ${'y'.repeat(2_000)}` }));
    const text = backupOf(long).replace(`"key":"facebook:c4989"`, `"key":""`);
    const { sent, send } = background();
    const result = await importBackupFile(new Blob([text]), 5_000, () => {}, send);
    expect(result).toEqual({ ok: false, error: 'This backup is damaged: comment 4,990 (key) is not valid.' });
    expect(sent.filter((m) => m.type === 'import-chunk').length).toBeGreaterThan(0);
    expect(sent.at(-1)).toMatchObject({ type: 'import-cancel' });
    expect(await snapshot()).toBe(before);
  });

  it('changes nothing for a file cut short at the end, or one from a newer version', async () => {
    await db.comments.bulkPut(comments(10, 'mine'));
    const before = await snapshot();
    const text = backupOf(comments(3_000));
    const { send } = background();
    const cut = await importBackupFile(new Blob([text.slice(0, -40)]), 3_000, () => {}, send);
    expect(cut).toMatchObject({ ok: false, error: expect.stringMatching(/incomplete: the file ends too early/) });
    expect(await snapshot()).toBe(before);

    const newer = await importBackupFile(new Blob([text.replace('"version":1', '"version":2')]), 3_000, () => {}, send);
    expect(newer).toMatchObject({ ok: false, error: expect.stringMatching(/newer version of Reply Radar \(backup version 2\)/) });
    expect(await snapshot()).toBe(before);
  });

  it('refuses a commit missing a chunk, and a chunk of an import the background no longer knows', async () => {
    await db.comments.bulkPut(comments(10, 'mine'));
    const before = await snapshot();
    const { send } = background();
    const started = await send<{ importId: string }>({ type: 'import-start' });
    const importId = started.ok ? started.value!.importId : '';
    expect(await send({ type: 'import-chunk', importId, first: 0, comments: comments(5) })).toEqual({ ok: true });
    const commit = await send({ type: 'import-commit', importId, settings: {}, pages: [page], comments: 10 });
    expect(commit).toEqual({ ok: false, error: expect.stringMatching(/interrupted/) });
    expect(await snapshot()).toBe(before);
    // A new import drops whatever an abandoned one staged.
    expect(await send({ type: 'import-chunk', importId, first: 5, comments: comments(5) })).toMatchObject({ ok: false });
    expect(await snapshot()).toBe(before);
  });
});

describe('exporting a backup in parts', () => {
  it('builds the same file as one JSON.stringify, reporting progress as comments are read', async () => {
    const rows = comments(2_500);
    await db.pages.put(page);
    await db.comments.bulkPut(rows);
    const progress: TransferProgress[] = [];
    const built = await buildBackupFile((p) => progress.push(p), NOW);
    expect(built).toMatchObject({ pages: 1, comments: 2_500, fileName: 'reply-radar-backup-2026-09-29.json' });
    const stored = await db.comments.orderBy('key').toArray();
    expect(await built.blob.text()).toBe(JSON.stringify(toBackup({ settings: await loadSettings(), pages: [page], comments: stored, exportedAt: NOW })));
    expect(progress.map((p) => p.phase === 'exporting' && p.done)).toEqual([0, 2_000, 2_500]);

    // And it imports back whole.
    await Promise.all([db.comments.clear(), db.pages.clear()]);
    const { send } = background();
    expect(await importBackupFile(built.blob, 2_500, () => {}, send)).toMatchObject({ ok: true });
    expect(await db.comments.count()).toBe(2_500);
  });

  it('builds the CSV in parts too: the same file as the one-piece export', async () => {
    const rows = comments(2_300);
    await db.pages.put(page);
    await db.comments.bulkPut(rows);
    const progress: TransferProgress[] = [];
    const built = await buildCsvFile((p) => progress.push(p), NOW);
    const stored = await db.comments.orderBy('key').toArray();
    expect(await built.blob.text()).toBe(commentsToCsv(stored, [page], await loadSettings(), localTimeZone()));
    expect(progress.map((p) => p.phase === 'exporting' && p.done)).toEqual([0, 2_000, 2_300]);
  });
});
