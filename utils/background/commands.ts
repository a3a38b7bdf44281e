import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { commentSchema, pageSchema, parseBackup, settingsSchema } from '../backup/backup';
import type { ReplyRadarDb } from '../db/database';
import type { CommandMessage } from '../messaging/protocol';
import type { CommandResult } from '../messaging/send';
import type { ManagedPage, StoredComment } from '../model';
import { pageDisplayName, pageKeyFor, parsePageAddress, safeAvatarUrl } from '../pages';
import { mergeDuplicatePages, pagesNamedBy } from './page-identity';
import { refreshAllConversations, refreshPageConversations, writeWithConversations } from '../db/conversations';
import { commentsInBulkScope } from '../db/bulk';
import type { BulkScope } from '../rules/bulk';
import { DEFAULT_SETTINGS, settingsItem, withDefaults, type Settings } from '../settings';
import { isSafeLink, safePlatformUrl } from '../urls';
import { t } from '../i18n/messages';
import { formatNumber } from '../i18n/format';

/**
 * What the user asks for from the popup and the options page. Each command
 * is one transaction; each answer is a sentence the UI can show as it is.
 */
export async function runCommand(db: ReplyRadarDb, message: CommandMessage, now: number, rules: Rules): Promise<CommandResult> {
  switch (message.type) {
    case 'comment-action':
      return commentsAction(db, [message.key], message.action, message.until, now, rules);
    case 'comments-action':
      return commentsAction(db, message.keys, message.action, message.until, now, rules);
    case 'bulk-action':
      return bulkAction(db, message.scope, message.action, now, rules);
    case 'open-comment':
      return openComment(db, message.key);
    case 'add-page':
      return addPage(db, message, now, rules);
    case 'update-page':
      return updatePage(db, message.key, message.name, message.thresholdHours, rules);
    case 'remove-page':
      return removePage(db, message.key, message.deleteComments, rules);
    case 'import-backup':
      return importBackup(db, message.json, now, rules);
    case 'import-start':
      return importStart(db);
    case 'import-chunk':
      return importChunk(db, message.importId, message.first, message.comments);
    case 'import-commit':
      return importCommit(db, message, now, rules);
    case 'import-cancel':
      await dropStaged(db);
      return { ok: true };
    case 'delete-all-data':
      await db.transaction('rw', db.comments, db.pages, db.health, db.meta, async () => {
        await Promise.all([db.comments.clear(), db.pages.clear(), db.health.clear(), db.meta.clear()]);
      });
      await settingsItem.setValue(DEFAULT_SETTINGS);
      return { ok: true };
    case 'refresh':
      return { ok: true };
  }
}

/** What due times are computed from: the user's settings and the computer's time zone. */
export interface Rules {
  settings: Settings;
  timeZone: string;
}

type Action = Extract<CommandMessage, { type: 'comment-action' }>['action'];

/**
 * One action on one or several comments (a conversation's, or a selection),
 * in one transaction: all of them or none. Each keeps its own Undo. Their
 * threads' conversations are recomputed before the transaction ends.
 */
async function commentsAction(
  db: ReplyRadarDb,
  keys: readonly string[],
  action: Action,
  until: number | undefined,
  now: number,
  rules: Rules,
): Promise<CommandResult<{ keys: string[] }>> {
  if (action === 'snooze' && (!until || until <= now)) return { ok: false, error: t('errors.snoozePast') };
  return db.transaction('rw', db.comments, db.pages, async () => {
    const rows = (await db.comments.bulkGet([...keys])).filter((c): c is StoredComment => c !== undefined);
    if (rows.length === 0) return { ok: false, error: t('errors.commentGone') };
    return actOn(db, rows, action, until, now, rules);
  });
}

/**
 * One action on every comment a scope reaches (utils/rules/bulk.ts), read
 * and changed in one transaction, so what is counted is what is changed.
 * Each comment keeps its own Undo, as a single action does.
 */
async function bulkAction(
  db: ReplyRadarDb,
  scope: BulkScope,
  action: 'mark-replied' | 'wont-reply',
  now: number,
  rules: Rules,
): Promise<CommandResult<{ keys: string[] }>> {
  return db.transaction('rw', db.comments, db.pages, async () => {
    const rows = await commentsInBulkScope(db.comments, db.pages, scope, now);
    if (rows.length === 0) return { ok: false, error: t('bulk.nothingThere') };
    return actOn(db, rows, action, undefined, now, rules);
  });
}

/** Applies the action to rows read inside the caller's transaction, writes them at once, and recomputes their conversations. */
async function actOn(
  db: ReplyRadarDb,
  rows: readonly StoredComment[],
  action: Action,
  until: number | undefined,
  now: number,
  rules: Rules,
): Promise<CommandResult<{ keys: string[] }>> {
  const changed: StoredComment[] = [];
  for (const c of rows) {
    const next = applyAction(c, action, until, now);
    if (next) changed.push(next);
  }
  if (changed.length === 0) return { ok: false, error: t('errors.nothingToUndo') };
  // One write per comment, its conversation's due times included: at tens of thousands, writes are the cost.
  await writeWithConversations(db.comments, db.pages, changed, rules.settings, rules.timeZone);
  return { ok: true, value: { keys: changed.map((c) => c.key) } };
}

/** The comment after the action, or null when the action has nothing to do on it (no Undo kept). */
function applyAction(c: StoredComment, action: Action, until: number | undefined, now: number): StoredComment | null {
  const snapshot = { status: c.status, answeredBy: c.answeredBy, answeredAt: c.answeredAt, snoozedUntil: c.snoozedUntil };
  switch (action) {
    case 'mark-replied':
      return { ...c, status: 'answered', answeredBy: 'user', answeredAt: now, undo: snapshot };
    case 'wont-reply':
      return { ...c, status: 'wont-reply', answeredBy: null, answeredAt: now, undo: snapshot };
    case 'snooze':
      return { ...c, snoozedUntil: until ?? null, undo: snapshot };
    case 'unsnooze':
      return { ...c, snoozedUntil: null, undo: snapshot };
    case 'undo':
      return c.undo ? { ...c, ...c.undo, undo: null } : null;
  }
}

/** Focus a tab already showing the comment's post; otherwise open its permalink. */
async function openComment(db: ReplyRadarDb, key: string): Promise<CommandResult> {
  const c = await db.comments.get(key);
  if (!c) return { ok: false, error: t('errors.commentGone') };
  const target = [c.permalink, c.postUrl].find(isSafeLink);
  if (!target) return { ok: false, error: t('errors.noAddress') };
  const post = c.postUrl && isSafeLink(c.postUrl) ? c.postUrl : null;
  if (post) {
    const tabs = await browser.tabs.query({ url: `${new URL(post).origin}/*` });
    const open = tabs.find((t) => t.url && sameDocument(t.url, post));
    if (open?.id !== undefined) {
      await browser.tabs.update(open.id, { active: true });
      if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
      return { ok: true, value: 'focused' };
    }
  }
  await browser.tabs.create({ url: target });
  return { ok: true, value: 'opened' };
}

/** Same post: same path and, for Facebook's query-string permalinks, the same story and page ids. */
function sameDocument(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    if (x.origin !== y.origin || x.pathname.replace(/\/$/, '') !== y.pathname.replace(/\/$/, '')) return false;
    return ['story_fbid', 'id', 'fbid', 'v'].every((p) => x.searchParams.get(p) === y.searchParams.get(p));
  } catch {
    return false;
  }
}

/**
 * A page is added once, whichever of its addresses is typed: an address that
 * names a page already tracked (by its id, its vanity name, or either learned
 * since) says which one instead of making a second record.
 */
async function addPage(
  db: ReplyRadarDb,
  message: Extract<CommandMessage, { type: 'add-page' }>,
  now: number,
  rules: Rules,
): Promise<CommandResult<ManagedPage>> {
  const parsed = parsePageAddress(message.address);
  if (!parsed.ok) return parsed;
  const { ref } = parsed;
  const key = pageKeyFor(ref);
  return db.transaction('rw', db.pages, db.comments, async () => {
    const [existing] = [...(await pagesNamedBy(db, ref)), ...[await db.pages.get(key)].filter((p): p is ManagedPage => Boolean(p))];
    if (existing) {
      const name = pageDisplayName(existing);
      const sameAddress = existing.url.toLowerCase() === ref.url.toLowerCase();
      return {
        ok: false,
        error: sameAddress ? t('errors.alreadyTracked', { name }) : t('errors.alreadyTrackedAs', { name, address: existing.url }),
        code: 'already-tracked',
      };
    }
    const name = message.name?.trim();
    const page: ManagedPage = {
      key,
      platform: ref.platform,
      name: name || ref.slug || ref.id || ref.url,
      url: ref.url,
      ...(ref.id ? { platformId: ref.id } : {}),
      ...(ref.slug ? { slug: ref.slug } : {}),
      ...(ref.showcase ? { showcase: true } : {}),
      // A name read off the page ("Track this page") is learned, and later learning may refresh it;
      // a name the user typed is theirs.
      ...(name ? (message.nameFromPage ? { nameSource: 'page' as const, learnedName: name } : { nameSource: 'user' as const }) : {}),
      thresholdHours: null,
      addedAt: now,
    };
    await db.pages.add(page);
    // Comments kept from when this page was tracked before are work again.
    await refreshPageConversations(db.comments, db.pages, key, rules.settings, rules.timeZone);
    return { ok: true, value: page };
  });
}

async function updatePage(
  db: ReplyRadarDb,
  key: string,
  name: string | undefined,
  thresholdHours: number | null | undefined,
  rules: Rules,
): Promise<CommandResult> {
  return db.transaction('rw', db.pages, db.comments, async () => {
    const page = await db.pages.get(key);
    if (!page) return { ok: false, error: t('errors.pageGone') };
    const next: ManagedPage = { ...page, ...(thresholdHours !== undefined ? { thresholdHours } : {}) };
    const trimmed = name?.trim();
    if (trimmed && trimmed !== page.name) {
      next.name = trimmed;
      // Going back to the name the page shows hands the name back to learning; any other name is the user's.
      next.nameSource = trimmed === page.learnedName ? 'page' : 'user';
    }
    await db.pages.put(next);
    // The page's own time limit decides when its conversations are due.
    if (thresholdHours !== undefined && thresholdHours !== page.thresholdHours) {
      await refreshPageConversations(db.comments, db.pages, key, rules.settings, rules.timeZone);
    }
    return { ok: true };
  });
}

async function removePage(db: ReplyRadarDb, key: string, deleteComments: boolean, rules: Rules): Promise<CommandResult> {
  await db.transaction('rw', db.pages, db.comments, db.health, async () => {
    await db.pages.delete(key);
    if (deleteComments) {
      await db.comments.where('[pageKey+status]').between([key, Dexie.minKey], [key, Dexie.maxKey]).delete();
      await db.health.where('pageKey').equals(key).delete();
    } else {
      // Kept comments of a page no longer tracked stop being work.
      await refreshPageConversations(db.comments, db.pages, key, rules.settings, rules.timeZone);
    }
  });
  return { ok: true };
}

/**
 * A backup replaces nothing until all of it is valid, and then lands in one transaction. A page it
 * brings that this browser tracks under another of its addresses (or that it holds twice) stays one
 * page: the records are merged, keeping every comment and the user's own name and reply time.
 */
async function importBackup(db: ReplyRadarDb, json: string, now: number, rules: Rules): Promise<CommandResult<{ pages: number; comments: number }>> {
  const parsed = parseBackup(json);
  if (!parsed.ok) return parsed;
  // A backup is a file from anywhere: its links pass the same check as links read off a page.
  if (parsed.backup.pages.some((p) => !safePlatformUrl(p.url, p.platform))) {
    return { ok: false, error: t('errors.backupForeignPage') };
  }
  const { settings } = parsed.backup;
  const pages = parsed.backup.pages.map(safePage);
  const comments = parsed.backup.comments.map(safeComment);
  await db.transaction('rw', db.pages, db.comments, db.health, async () => {
    await db.pages.bulkPut(pages);
    await db.comments.bulkPut(comments);
    await mergeDuplicatePages(db, now);
    // Due times follow the backup's own settings, which take effect below.
    await refreshAllConversations(db.comments, db.pages, withDefaults(settings), rules.timeZone);
  });
  // Settings live in extension storage, outside the transaction: written only once the data is in.
  await settingsItem.setValue(withDefaults(settings));
  return { ok: true, value: { pages: pages.length, comments: comments.length } };
}

/** A picture address from a file is kept only if it is on the platform's own picture hosts. */
function safePage({ avatarUrl, ...page }: ManagedPage): ManagedPage {
  const avatar = safeAvatarUrl(avatarUrl, page.platform);
  return avatar ? { ...page, avatarUrl: avatar } : page;
}

function safeComment(c: StoredComment): StoredComment {
  return {
    ...c,
    permalink: safePlatformUrl(c.permalink, c.platform),
    postUrl: safePlatformUrl(c.postUrl, c.platform),
    authorUrl: safePlatformUrl(c.authorUrl, c.platform),
  };
}

/*
 * A large backup comes in parts (the settings page reads the file in pieces):
 * `import-start`, then `import-chunk`s whose comments are checked and staged
 * in `meta` under `import:` keys, not yet imported, then `import-commit`,
 * which moves every staged comment into place in one transaction, or
 * `import-cancel`. A bad chunk, a commit missing chunks, a full disk or a
 * closed settings page leave the user's data as it was; what was staged is
 * dropped by the cancel, or by the next import's start.
 */
const STAGED = 'import:';
const stagedHead = (id: string) => `${STAGED}${id}`;
const stagedChunkPrefix = (id: string) => `${STAGED}${id}:chunk:`;

async function dropStaged(db: ReplyRadarDb): Promise<void> {
  await db.meta.where('key').startsWith(STAGED).delete();
}

async function importStart(db: ReplyRadarDb): Promise<CommandResult<{ importId: string }>> {
  const importId = crypto.randomUUID();
  await db.transaction('rw', db.meta, async () => {
    await dropStaged(db);
    await db.meta.put({ key: stagedHead(importId), value: { comments: 0 } });
  });
  return { ok: true, value: { importId } };
}

async function importChunk(db: ReplyRadarDb, importId: string, first: number, raw: readonly unknown[]): Promise<CommandResult> {
  const comments: StoredComment[] = [];
  for (const [i, value] of raw.entries()) {
    const parsed = commentSchema.safeParse(value);
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path.map(String).join('.') || '—';
      return { ok: false, error: t('backup.damagedComment', { number: formatNumber(first + i + 1), field }) };
    }
    comments.push(safeComment(parsed.data as StoredComment));
  }
  return db.transaction('rw', db.meta, async () => {
    if (!(await db.meta.get(stagedHead(importId)))) return { ok: false, error: t('errors.importInterrupted') };
    // Keys sort as the file does: the chunk's position, zero-padded.
    await db.meta.put({ key: `${stagedChunkPrefix(importId)}${String(first).padStart(12, '0')}`, value: comments });
    return { ok: true };
  });
}

class ImportInterrupted extends Error {}

async function importCommit(
  db: ReplyRadarDb,
  message: Extract<CommandMessage, { type: 'import-commit' }>,
  now: number,
  rules: Rules,
): Promise<CommandResult<{ pages: number; comments: number }>> {
  const settingsParsed = settingsSchema.safeParse(message.settings);
  if (!settingsParsed.success) {
    return { ok: false, error: t('backup.damagedSettings', { field: settingsParsed.error.issues[0]?.path.map(String).join('.') || '—' }) };
  }
  const pages: ManagedPage[] = [];
  for (const [i, value] of message.pages.entries()) {
    const parsed = pageSchema.safeParse(value);
    if (!parsed.success) {
      return { ok: false, error: t('backup.damagedPage', { number: formatNumber(i + 1), field: parsed.error.issues[0]?.path.map(String).join('.') || '—' }) };
    }
    if (!safePlatformUrl(parsed.data.url, parsed.data.platform)) return { ok: false, error: t('errors.backupForeignPage') };
    pages.push(safePage(parsed.data as ManagedPage));
  }
  const settings = withDefaults(settingsParsed.data as Partial<Settings>);
  try {
    await db.transaction('rw', db.meta, db.pages, db.comments, db.health, async () => {
      if (!(await db.meta.get(stagedHead(message.importId)))) throw new ImportInterrupted();
      const chunkKeys = await db.meta.where('key').startsWith(stagedChunkPrefix(message.importId)).primaryKeys();
      let count = 0;
      await db.pages.bulkPut(pages);
      // One chunk in memory at a time; all of them in this one transaction.
      for (const key of chunkKeys) {
        const chunk = (await db.meta.get(key))?.value as StoredComment[] | undefined;
        if (!chunk) throw new ImportInterrupted();
        await db.comments.bulkPut(chunk);
        count += chunk.length;
      }
      // Fewer (or more) comments than the file held: a chunk went missing; nothing of it is kept.
      if (count !== message.comments) throw new ImportInterrupted();
      await dropStaged(db);
      // The backup's pages may be ones already tracked under another address: one record each.
      await mergeDuplicatePages(db, now);
      // Due times follow the backup's own settings, which take effect below.
      await refreshAllConversations(db.comments, db.pages, settings, rules.timeZone);
    });
  } catch (error) {
    // Whatever stopped it (a missing chunk, a full disk), the staged copy goes: it only takes room.
    await dropStaged(db).catch(() => undefined);
    if (!(error instanceof ImportInterrupted)) throw error;
    return { ok: false, error: t('errors.importInterrupted') };
  }
  // Settings live in extension storage, outside the transaction: written only once the data is in.
  await settingsItem.setValue(settings);
  return { ok: true, value: { pages: pages.length, comments: message.comments } };
}
