import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable, type DBCoreTransaction, type Middleware } from 'dexie';
import type { StoredComment } from '../model';
import { changedPage, changedQuarter, TallyChanges, type PageTally, type QuarterTally } from './tallies';

export const QUARTER_TALLIES = 'quarterTallies';
export const PAGE_TALLIES = 'pageTallies';
/** DBCoreRangeType.Any, a const enum Dexie's typings declare but its bundle doesn't export. */
const ANY_RANGE = 3;

/**
 * Keeps Insights' tallies (utils/db/tallies.ts) right on every write to the
 * comments, whoever makes it (ingest, the user's actions, imports, merges,
 * pruning, clearing), in the same transaction: a write that fails changes
 * neither. Every read-write transaction on the comments takes the tally
 * stores into its scope.
 */
export const talliesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'InsightsTallies',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const scope = mode === 'readwrite' && stores.includes('comments') ? [...new Set([...stores, QUARTER_TALLIES, PAGE_TALLIES])] : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'comments') return table;
        return { ...table, mutate: (req) => serialized(req.trans, () => mutateKeepingTallies(down, table, req)) };
      },
    };
  },
};

/**
 * One transaction's comment writes, one after the other: two running at once
 * would each read a quarter's tally before the other wrote it, and one change
 * would be lost.
 */
const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();
function serialized<T>(trans: DBCoreTransaction, run: () => Promise<T>): Promise<T> {
  const previous = queues.get(trans);
  const next = previous ? previous.then(run, run) : run();
  queues.set(trans, next.catch(() => undefined));
  return next;
}

/** Rows a writer read in a transaction (undefined: known not stored), kept as the transaction's writes change them. */
const knownRows = new WeakMap<DBCoreTransaction, Map<string, StoredComment | undefined>>();

/**
 * Tells the tallies what the current transaction's writer read of the comments it is about to write (a key with
 * no row: known not to be stored), so its next writes aren't read again first. Ingest reads every row a batch
 * touches anyway; read again, a batch of 200 paid 200 more requests. Keys it doesn't name are still read.
 */
export function noteStoredRows(rows: Iterable<readonly [string, StoredComment | undefined]>): void {
  const trans = Dexie.currentTransaction?.idbtrans as DBCoreTransaction | undefined;
  if (!trans) return;
  const known = knownRows.get(trans) ?? new Map<string, StoredComment | undefined>();
  for (const [key, row] of rows) known.set(key, row);
  knownRows.set(trans, known);
}

/** A store's upgrade from before the tallies (or a database opened without them) has nothing to keep. */
function holdsTallies(trans: DBCoreTransaction): boolean {
  const stores = (trans as unknown as IDBTransaction).objectStoreNames;
  return !!stores && stores.contains(QUARTER_TALLIES) && stores.contains(PAGE_TALLIES);
}

/*
 * Written as `.then` chains on Dexie's own promises, not `await`: Dexie follows its transaction across those, and
 * the middlewares below read the transaction from it.
 */
function mutateKeepingTallies(down: DBCore, comments: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  if (!holdsTallies(trans)) return comments.mutate(req);
  if (req.type === 'deleteRange' && req.range.type === ANY_RANGE) {
    const clearTallies = () => Dexie.Promise.all([QUARTER_TALLIES, PAGE_TALLIES].map((name) => down.table(name).mutate({ type: 'deleteRange', trans, range: req.range })));
    knownRows.delete(trans);
    return comments.mutate(req).then((response) => clearTallies().then(() => response));
  }
  return keysOf(comments, req).then((given) => {
    const keys = unique(given);
    const known = knownRows.get(trans);
    const toRead = known ? keys.filter((key) => !known.has(key)) : keys;
    return comments.getMany({ trans, keys: toRead }).then((read: (StoredComment | undefined)[]) =>
      comments.mutate(req).then((response) =>
        valuesAfter(comments, req, response, keys).then((after) => {
          const before = new Map(toRead.map((key, i) => [key, read[i]] as const));
          const changes = new TallyChanges();
          for (const key of keys) {
            changes.replace(before.has(key) ? before.get(key) : known!.get(key), after.get(key));
            known?.set(key, after.get(key));
          }
          return changes.isEmpty ? response : writeChanges(down, trans, changes).then(() => response);
        }),
      ),
    );
  });
}

function keysOf(comments: DBCoreTable, req: DBCoreMutateRequest): Promise<string[]> {
  switch (req.type) {
    case 'add':
      return Dexie.Promise.resolve(req.keys ?? req.values.map((value: StoredComment) => value.key));
    case 'put':
      return Dexie.Promise.resolve(req.updates?.keys ?? req.keys ?? req.values.map((value: StoredComment) => value.key));
    case 'delete':
      return Dexie.Promise.resolve(req.keys);
    case 'deleteRange':
      return comments.query({ trans: req.trans, values: false, query: { index: comments.schema.primaryKey, range: req.range } }).then(({ result }) => result);
  }
}

function unique(keys: string[]): string[] {
  return [...new Set(keys)];
}

/** The comments as the write left them: its own values when it wrote them all as given, read back otherwise. */
function valuesAfter(comments: DBCoreTable, req: DBCoreMutateRequest, response: DBCoreMutateResponse, keys: string[]): Promise<Map<string, StoredComment>> {
  if (req.type === 'delete' || req.type === 'deleteRange') return Dexie.Promise.resolve(new Map());
  if (response.numFailures === 0 && !(req.type === 'put' && req.updates)) {
    // The last value given for a key is the one stored.
    return Dexie.Promise.resolve(new Map(req.values.map((value: StoredComment) => [value.key, value])));
  }
  return comments
    .getMany({ trans: req.trans, keys })
    .then((read: (StoredComment | undefined)[]) => new Map(read.flatMap((value, i) => (value ? [[keys[i]!, value] as const] : []))));
}

function writeChanges(down: DBCore, trans: DBCoreTransaction, changes: TallyChanges): Promise<unknown> {
  const quarters = down.table(QUARTER_TALLIES);
  const pages = down.table(PAGE_TALLIES);
  const quarterChanges = [...changes.quarters.values()];
  const pageChanges = [...changes.pages];
  return Dexie.Promise.all([
    quarters.getMany({ trans, keys: quarterChanges.map((change) => [change.pageKey, change.quarter]) }) as Promise<(QuarterTally | undefined)[]>,
    pages.getMany({ trans, keys: pageChanges.map(([pageKey]) => pageKey) }) as Promise<(PageTally | undefined)[]>,
  ]).then(([storedQuarters, storedPages]) => {
    const putQuarters: QuarterTally[] = [];
    const dropQuarters: [string, number][] = [];
    quarterChanges.forEach((change, i) => {
      const next = changedQuarter(storedQuarters[i], change);
      if (next) putQuarters.push(next);
      else if (storedQuarters[i]) dropQuarters.push([change.pageKey, change.quarter]);
    });
    const putPages: PageTally[] = [];
    const dropPages: string[] = [];
    pageChanges.forEach(([pageKey, change], i) => {
      const next = changedPage(pageKey, storedPages[i], change);
      if (next) putPages.push(next);
      else if (storedPages[i]) dropPages.push(pageKey);
    });
    const writes: Promise<unknown>[] = [];
    if (putQuarters.length) writes.push(quarters.mutate({ type: 'put', trans, values: putQuarters }));
    if (dropQuarters.length) writes.push(quarters.mutate({ type: 'delete', trans, keys: dropQuarters }));
    if (putPages.length) writes.push(pages.mutate({ type: 'put', trans, values: putPages }));
    if (dropPages.length) writes.push(pages.mutate({ type: 'delete', trans, keys: dropPages }));
    return Dexie.Promise.all(writes);
  });
}
