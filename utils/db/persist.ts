/**
 * Ask the browser to keep our storage when the disk runs low, instead of
 * evicting it with other sites' caches. Asked from the extension's pages (the
 * service worker has no `navigator.storage.persist`); the browser may say no,
 * and then nothing changes.
 */
export async function requestPersistentStorage(storage: Pick<StorageManager, 'persisted' | 'persist'> | undefined = globalThis.navigator?.storage): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}
