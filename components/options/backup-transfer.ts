import { BACKUP_FORMAT, BackupError, backupFileName, csvFileName, csvLines, readBackupFile, toBackup, type BackupHead } from '../../utils/backup';
import { localTimeZone } from '../../utils/rules';
import { db } from '../../utils/db/database';
import { commentsAfter } from '../../utils/db/queries';
import { IMPORT_CHUNK } from '../../utils/messaging/limits';
import { sendCommand, type CommandResult } from '../../utils/messaging/send';
import { loadSettings } from '../../utils/settings';

/**
 * Moving a backup of any size between the settings page and the background.
 * The page reads and builds the file in pieces; the background, the only
 * writer of the database, receives the import in chunks it stages and then
 * commits in one transaction (utils/background/commands.ts).
 */

export type TransferProgress =
  | { phase: 'checking'; read: number; total: number }
  | { phase: 'importing'; done: number; total: number }
  | { phase: 'saving' }
  | { phase: 'exporting'; done: number; total: number };

type Send = typeof sendCommand;

/** Read and check the whole file, keeping none of its comments: what the preview shows. Throws `BackupError`. */
export function checkBackupFile(file: Blob, onProgress: (progress: TransferProgress) => void): Promise<BackupHead> {
  return readBackupFile(file, { onProgress: (read, total) => onProgress({ phase: 'checking', read, total }) });
}

class Refused extends Error {}

/**
 * Import a backup file: read again in pieces, its comments sent in chunks the
 * background stages, then one commit. Anything wrong on the way (the file
 * changed since it was checked, a chunk refused, the background gone) cancels
 * the staged import: the user's data is as it was.
 */
export async function importBackupFile(
  file: Blob,
  expectedComments: number,
  onProgress: (progress: TransferProgress) => void,
  send: Send = sendCommand,
): Promise<CommandResult<{ pages: number; comments: number }>> {
  const started = await send<{ importId: string }>({ type: 'import-start' });
  if (!started.ok || !started.value) return { ok: false, error: started.ok ? '' : started.error };
  const { importId } = started.value;
  let sent = 0;
  try {
    onProgress({ phase: 'importing', done: 0, total: expectedComments });
    const head = await readBackupFile(file, {
      batch: IMPORT_CHUNK,
      onComments: async (comments) => {
        const result = await send({ type: 'import-chunk', importId, first: sent, comments });
        if (!result.ok) throw new Refused(result.error);
        sent += comments.length;
        onProgress({ phase: 'importing', done: sent, total: Math.max(sent, expectedComments) });
      },
    });
    onProgress({ phase: 'saving' });
    return await send<{ pages: number; comments: number }>({
      type: 'import-commit',
      importId,
      settings: head.settings,
      pages: head.pages,
      comments: sent,
    });
  } catch (error) {
    await send({ type: 'import-cancel', importId });
    if (error instanceof BackupError || error instanceof Refused) return { ok: false, error: error.message };
    throw error;
  }
}

/** How many comments the backup reads from the database at a time. */
const EXPORT_PIECE = 2_000;

/**
 * The backup as a file built in parts: the same JSON as `toBackup` gives,
 * with the comments read and written 2,000 at a time, so neither one array of
 * every comment nor one string of the whole file is ever held.
 */
export async function buildBackupFile(
  onProgress: (progress: TransferProgress) => void,
  exportedAt = Date.now(),
): Promise<{ blob: Blob; fileName: string; pages: number; comments: number }> {
  const [pages, settings, total] = await Promise.all([db.pages.toArray(), loadSettings(), db.comments.count()]);
  const empty = JSON.stringify(toBackup({ settings, pages, comments: [], exportedAt }));
  const closing = ']}';
  if (!empty.endsWith(`"comments":[${closing}`) || !empty.includes(BACKUP_FORMAT)) throw new Error('backup layout changed');
  const parts: string[] = [empty.slice(0, -closing.length)];
  let count = 0;
  let last: string | null = null;
  onProgress({ phase: 'exporting', done: 0, total });
  for (;;) {
    const rows = await commentsAfter(last, EXPORT_PIECE);
    if (rows.length === 0) break;
    parts.push((count > 0 ? ',' : '') + rows.map((row) => JSON.stringify(row)).join(','));
    count += rows.length;
    last = rows[rows.length - 1]!.key;
    onProgress({ phase: 'exporting', done: count, total: Math.max(count, total) });
  }
  parts.push(closing);
  return { blob: new Blob(parts, { type: 'application/json' }), fileName: backupFileName(exportedAt), pages: pages.length, comments: count };
}

/** The comments as CSV, built 2,000 comments at a time into Blob parts, like the backup. */
export async function buildCsvFile(onProgress: (progress: TransferProgress) => void, exportedAt = Date.now()): Promise<{ blob: Blob; fileName: string }> {
  const [pages, settings, total] = await Promise.all([db.pages.toArray(), loadSettings(), db.comments.count()]);
  const timeZone = localTimeZone();
  const parts: string[] = [csvLines([], pages, settings, timeZone, true)];
  let count = 0;
  let last: string | null = null;
  onProgress({ phase: 'exporting', done: 0, total });
  for (;;) {
    const rows = await commentsAfter(last, EXPORT_PIECE);
    if (rows.length === 0) break;
    parts.push(csvLines(rows, pages, settings, timeZone, false));
    count += rows.length;
    last = rows[rows.length - 1]!.key;
    onProgress({ phase: 'exporting', done: count, total: Math.max(count, total) });
  }
  return { blob: new Blob(parts, { type: 'text/csv;charset=utf-8' }), fileName: csvFileName(exportedAt) };
}
