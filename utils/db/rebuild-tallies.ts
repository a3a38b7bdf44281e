import type { ReplyRadarDb } from './database';
import { TALLIES_MARKER, TallyChanges, tallyRows } from './tallies';

export type TallyTables = Pick<ReplyRadarDb, 'comments' | 'quarterTallies' | 'pageTallies' | 'meta'>;

/**
 * Works the tallies out again from every stored comment, in the caller's
 * transaction (the upgrade's, or one over the four tables): once after the
 * upgrade that brings them, and whenever their marker is missing because the
 * store was written around Dexie.
 */
export async function rebuildTallies(tables: TallyTables): Promise<void> {
  const changes = new TallyChanges();
  await tables.comments.each((comment) => changes.count(comment, 1));
  const { quarters, pages } = tallyRows(changes);
  await Promise.all([tables.quarterTallies.clear(), tables.pageTallies.clear()]);
  await Promise.all([tables.quarterTallies.bulkPut(quarters), tables.pageTallies.bulkPut(pages), tables.meta.put({ key: TALLIES_MARKER, value: true })]);
}

/** Rebuilds the tallies when their marker is missing; nothing otherwise (one read). */
export async function keepTalliesWhole(db: ReplyRadarDb): Promise<void> {
  if ((await db.meta.get(TALLIES_MARKER))?.value === true) return;
  await db.transaction('rw', [db.comments, db.quarterTallies, db.pageTallies, db.meta], () => rebuildTallies(db));
}
