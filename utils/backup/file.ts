import type { StoredComment } from '../model';
import { BackupParser, type BackupHead } from './backup';

/** How much of the file is read at a time. */
const PIECE_BYTES = 4 * 1024 * 1024;

export interface ReadBackupOptions {
  /** Called as the file is read: bytes read so far, of `total`. */
  onProgress?: (read: number, total: number) => void;
  /**
   * Receives the valid comments in the file's order, in batches of at most
   * `batch.comments` comments and `batch.chars` characters of JSON. Without
   * it, comments are checked and counted, and none is kept.
   */
  onComments?: (comments: StoredComment[]) => Promise<void>;
  batch?: { comments: number; chars: number };
}

/**
 * Read and check a backup file in 4 MiB pieces: memory stays a piece and a
 * batch, whatever the file's size. Resolves with what the backup holds besides
 * its comments; throws `BackupError` (a sentence for the user) for a bad file,
 * before or after some batches were handed over: a caller that writes batches
 * must be able to drop them (see the background's staged import).
 */
export async function readBackupFile(file: Blob, options: ReadBackupOptions = {}): Promise<BackupHead> {
  const { onProgress, onComments, batch = { comments: Infinity, chars: Infinity } } = options;
  const parser = new BackupParser(Boolean(onComments));
  const decoder = new TextDecoder();
  const flush = async (all: boolean) => {
    if (!onComments) return;
    while (parser.waitingCount > 0 && (all || parser.waitingCount >= batch.comments || parser.waitingSize >= batch.chars)) {
      await onComments(parser.take(batch.comments, batch.chars));
    }
  };
  onProgress?.(0, file.size);
  for (let offset = 0; offset < file.size; offset += PIECE_BYTES) {
    const end = Math.min(file.size, offset + PIECE_BYTES);
    const bytes = await readBytes(file.slice(offset, end));
    parser.push(decoder.decode(bytes, { stream: true }));
    await flush(false);
    onProgress?.(end, file.size);
  }
  parser.push(decoder.decode());
  const head = parser.finish();
  await flush(true);
  return head;
}

/** A slice's bytes; FileReader where `Blob.arrayBuffer` is missing (older test DOMs). */
function readBytes(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}
