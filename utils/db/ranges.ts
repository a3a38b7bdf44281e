import type { Collection, Table } from 'dexie';
import type { Platform, StoredComment } from '../model';

/**
 * Reading what a batch of comments needs in a few requests rather than one
 * per comment or per thread. IndexedDB answers each request separately (its
 * own message to the browser and back), so 200 `get`s cost 200 round trips,
 * and a cursor over scattered keys one sequential round trip per jump. A
 * batch's comment ids and thread ids usually sit close together (a post's
 * newest comments, ids that grow with time), so one range read bounded by a
 * limit tells everything; only when the range is crowded with other rows do
 * we fall back to looking each one up.
 */

// The insert type varies between the typed tables and a transaction's; only reads happen here.
type Comments = Table<StoredComment, string, any>;

/** Entries a range may hold before reading it whole stops being cheaper than looking each one up. */
export function rangeLimit(wanted: number): number {
  return 2 * wanted + 50;
}

/**
 * Which of `keys` are stored, from one read of the keys between the smallest
 * and the largest (keys only, no rows); `null` when that range holds too many
 * others to read cheaply, and each key must be looked up.
 */
export async function storedKeysAmong(comments: Comments, keys: readonly string[]): Promise<Set<string> | null> {
  if (keys.length === 0) return new Set();
  const sorted = [...new Set(keys)].sort();
  const limit = rangeLimit(sorted.length);
  const inRange = await comments.where(':id').between(sorted[0]!, sorted.at(-1)!, true, true).limit(limit).primaryKeys();
  if (inRange.length >= limit) return null;
  const wanted = new Set(sorted);
  return new Set(inRange.filter((key) => wanted.has(key)));
}

/** Every stored comment of these threads (`[platform, threadId]`), in any order. */
export async function rowsOfThreads(comments: Comments, threads: readonly (readonly [Platform, string])[]): Promise<StoredComment[]> {
  const byPlatform = new Map<Platform, Set<string>>();
  for (const [platform, threadId] of threads) {
    const ids = byPlatform.get(platform) ?? new Set<string>();
    ids.add(threadId);
    byPlatform.set(platform, ids);
  }
  const parts = await Promise.all(
    [...byPlatform].map(async ([platform, set]) => {
      const ids = [...set].sort();
      const limit = rangeLimit(ids.length);
      const inRange = await comments
        .where('[platform+threadId]')
        .between([platform, ids[0]!], [platform, ids.at(-1)!], true, true)
        .limit(limit)
        .toArray();
      if (inRange.length < limit) return inRange.filter((row) => set.has(row.threadId));
      // Crowded: one request per thread, all sent at once (a cursor would jump between them one round trip at a time).
      const perThread = await Promise.all(ids.map((id) => comments.where('[platform+threadId]').equals([platform, id]).toArray()));
      return perThread.flat();
    }),
  );
  return parts.flat();
}

/**
 * How many entries a range holds, counted up to `cap`: the badge and the popup only say "999+" beyond it. One cursor
 * jump to the cap-th entry tells a big range from a small one without handing its keys over (at 100,000
 * stored, reading 1,000 keys took about twice as long as stepping over them); only a range shorter than
 * the cap is then counted exactly.
 */
export async function countUpTo(range: () => Collection, cap: number): Promise<number> {
  if ((await range().offset(cap - 1).limit(1).primaryKeys()).length > 0) return cap;
  return range().count();
}
