import Dexie from 'dexie';
import type { ReplyRadarDb } from '../db/database';
import type { ManagedPage, StoredComment } from '../model';
import { applySighting, contradicts, judgesAlike, mergedPage, namedBy, type PageSighting } from '../pages';
import { pageIdentity } from '../rules/identity';
import { resolveThread } from '../rules';

/**
 * What the background learns about managed pages from what their pages show,
 * and how two records of one page become one. The only writer of a page's
 * learned identity; content scripts only report sightings.
 */

/** The managed pages a sighting's id or slug names, through the v3 indexes. */
export async function pagesNamedBy(db: ReplyRadarDb, sighting: PageSighting): Promise<ManagedPage[]> {
  const { platform, id } = sighting;
  const slug = sighting.slug?.toLowerCase();
  const [byId, bySlug] = await Promise.all([
    id ? db.pages.where('[platform+platformId]').equals([platform, id]).toArray() : [],
    slug ? db.pages.where('[platform+slug]').equals([platform, slug]).toArray() : [],
  ]);
  const found = new Map([...byId, ...bySlug].map((p) => [p.key, p] as const));
  return [...found.values()];
}

export interface LearnResult {
  /** The page's record after learning, or null when the sighting names no managed page. */
  page: ManagedPage | null;
  /** Keys of records folded into `page` because the sighting showed they were the same page. */
  merged: string[];
  /** Whether anything about the page changed. */
  changed: boolean;
  /**
   * Whether its stored threads were judged again (records merged, or an id, vanity name or name learned that
   * decides "written by the page"): only then can who waits have changed, and conversations need working out.
   */
  judgedAgain: boolean;
}

/**
 * Learn from one sighting of a page, in one transaction: the records it names
 * are merged when it shows them to be one page (a numeric id and a vanity
 * slug seen together), then the record picks up what it did not know. A
 * sighting that contradicts a record (another id for the same slug) teaches
 * nothing: better a page known by less than one confused with another.
 */
export async function learnPageIdentity(db: ReplyRadarDb, sighting: PageSighting, now: number): Promise<LearnResult> {
  if (!sighting.id && !sighting.slug) return { page: null, merged: [], changed: false, judgedAgain: false };
  return db.transaction('rw', db.pages, db.comments, db.health, async () => {
    const named = await pagesNamedBy(db, sighting);
    if (named.length === 0 || named.some((p) => contradicts(p, sighting))) return { page: null, merged: [], changed: false, judgedAgain: false };
    const [oldest, ...others] = named.sort((a, b) => a.addedAt - b.addedAt || (a.key < b.key ? -1 : 1));
    let page = oldest!;
    for (const other of others) page = await mergeRecords(db, page, other, now);
    const learned = applySighting(page, sighting, now);
    const rejudge = learned !== null && !judgesAlike(page, learned);
    if (learned) {
      await db.pages.put(learned);
      if (rejudge) await rejudgePage(db, learned, now);
    }
    return {
      page: learned ?? page,
      merged: others.map((p) => p.key),
      changed: Boolean(learned) || others.length > 0,
      judgedAgain: rejudge || others.length > 0,
    };
  });
}

/**
 * Make every page one record again after records arrived from elsewhere (a
 * backup holding a page this browser tracks under its other address, or the
 * same page twice): records whose id or vanity name is the same, and which
 * contradict each other in nothing, are folded into the oldest. Runs inside
 * the caller's transaction (pages, comments, health); returns the keys folded away.
 */
export async function mergeDuplicatePages(db: ReplyRadarDb, now: number): Promise<string[]> {
  const all = (await db.pages.toArray()).sort((a, b) => a.addedAt - b.addedAt || (a.key < b.key ? -1 : 1));
  const folded: string[] = [];
  const kept: ManagedPage[] = [];
  for (const page of all) {
    const known = pageIdentity(page);
    const index = kept.findIndex((k) => k.platform === page.platform && namedBy(k, known) && !contradicts(k, known));
    if (index < 0) {
      kept.push(page);
      continue;
    }
    kept[index] = await mergeRecords(db, kept[index]!, page, now);
    folded.push(page.key);
  }
  return folded;
}

/**
 * Fold `drop` into `keep`: every comment and page check of `drop` moves to
 * `keep`'s key, the user's name and reply time survive from either, and
 * `drop` is gone. Runs inside the caller's transaction.
 */
export async function mergeRecords(db: ReplyRadarDb, keep: ManagedPage, drop: ManagedPage, now: number): Promise<ManagedPage> {
  const merged = mergedPage(keep, drop);
  await db.comments.where('[pageKey+status]').between([drop.key, Dexie.minKey], [drop.key, Dexie.maxKey]).modify({ pageKey: keep.key });
  await db.health.where('pageKey').equals(drop.key).modify({ pageKey: keep.key });
  await db.pages.delete(drop.key);
  await db.pages.put(merged);
  await rejudgePage(db, merged, now);
  return merged;
}

/**
 * Judge a page's threads again with what is now known about it: a reply
 * written under the id we just learned, or under the name it now goes by,
 * is the page's answer. The user's own decisions are never touched.
 */
async function rejudgePage(db: ReplyRadarDb, page: ManagedPage, now: number): Promise<void> {
  const comments = await db.comments.where('[pageKey+status]').between([page.key, Dexie.minKey], [page.key, Dexie.maxKey]).toArray();
  const threads = new Map<string, StoredComment[]>();
  for (const c of comments) {
    const key = `${c.platform}|${c.threadId}`;
    const thread = threads.get(key);
    if (thread) thread.push(c);
    else threads.set(key, [c]);
  }
  const changed = [...threads.values()].flatMap((thread) => resolveThread(thread, page, new Map(), now));
  if (changed.length) await db.comments.bulkPut(changed);
}
